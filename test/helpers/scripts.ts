// The build scripts under scripts/ (plain .mjs, outside the TypeScript build), for the tests that run them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The module scripts/<file>, typed as the caller declares it. */
export async function importScript<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(ROOT, 'scripts', file)).href)) as T;
}

/** The server bundled as the .vsix ships it (scripts/bundle.mjs), into `outDir`; returns the server's path. */
export async function bundleServer(outDir: string): Promise<string> {
  return (await importScript<{ bundleServer: (dir: string) => Promise<string> }>('bundle.mjs')).bundleServer(outDir);
}

/**
 * The exports of `source` (TypeScript, its imports resolved from the repository's root) as a bundle built with
 * `plugins` gives them.
 */
export async function bundledModule<T>(source: string, plugins: Plugin[]): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bundled-'));
  try {
    const outfile = path.join(dir, 'module.cjs');
    await build({ stdin: { contents: source, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', plugins });
    return createRequire(import.meta.url)(outfile) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
