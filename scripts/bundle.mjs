// Bundles the extension client and the language server into single CommonJS files under dist/, which is all the
// .vsix carries besides the manifest, grammars and icons.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
  // the server finds its worker beside it; import.meta is only read in the unbundled (ESM) build
  build({
    ...common,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.cjs',
    define: { 'process.env.DOSSIER_WORKER_FILE': '"worker.cjs"' },
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({ ...common, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: 'dist/worker.cjs' }),
]);
