// The bundle's subset of world-countries (scripts/countryFields.mjs): it keeps every field the gazetteer reads, so
// the states built from it are those built from the whole package, and leaves out the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plugin } from 'esbuild';
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import pressData from '../../../server/data/countryPress.json' with { type: 'json' };
import { type FieldSelection, type PackageCountry, PACKAGE_COUNTRY_FIELDS, buildGazetteer } from '../../../server/src/core/extract/gazetteer.js';
import { bundledModule, importScript } from '../../helpers/scripts.js';

interface CountryFields {
  countryFields: (selection: FieldSelection<PackageCountry>) => Plugin;
  selectFields: <T>(value: T, selection: FieldSelection<T>) => Partial<T>;
}

/** The package's countries as a bundle built with the plugin carries them. */
async function bundledCountries(): Promise<PackageCountry[]> {
  const { countryFields } = await importScript<CountryFields>('countryFields.mjs');
  const source = "export { default as countries } from 'world-countries/countries.json';";
  return (await bundledModule<{ countries: PackageCountry[] }>(source, [countryFields(PACKAGE_COUNTRY_FIELDS)])).countries;
}

const full = worldCountries as unknown as PackageCountry[];

test('the countries the bundle keeps build the same states as the whole package', async () => {
  const kept = await bundledCountries();
  assert.equal(kept.length, full.length);
  assert.deepEqual(buildGazetteer(kept, pressData), buildGazetteer(full, pressData));
});

test('the bundle keeps only the fields the gazetteer reads', async () => {
  const kept = await bundledCountries();
  const fields = Object.keys(PACKAGE_COUNTRY_FIELDS);
  for (const c of kept) assert.deepEqual(Object.keys(c).filter((k) => !fields.includes(k)), [], c.cca2);
  assert.ok(kept.every((c) => Object.keys(c.demonyms ?? {}).every((k) => k === 'eng')));
  assert.ok(JSON.stringify(kept).length < JSON.stringify(full).length / 5);
});

test('a selection keeps a field whole or only the fields it names, and skips a field the record lacks', async () => {
  const { selectFields } = await importScript<CountryFields>('countryFields.mjs');
  // the fields a reader reads of records that carry more
  interface Read {
    a: string[];
    b?: { x: number };
    c: number;
  }
  const selection: FieldSelection<Read> = { a: true, b: { x: true }, c: true };
  const record = { a: ['p'], b: { x: 1, y: 2 }, c: 3, d: 4 };
  assert.deepEqual(selectFields<Read>(record, selection), { a: ['p'], b: { x: 1 }, c: 3 });
  assert.deepEqual(selectFields<Read>({ a: [], c: 0 }, selection), { a: [], c: 0 });
});
