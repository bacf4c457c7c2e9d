// The build scripts under scripts/ (plain .mjs, outside the TypeScript build), for the tests that run them.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scripts');

/** The module scripts/<file>, typed as the caller declares it. */
export async function importScript<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(SCRIPTS, file)).href)) as T;
}

/** The server bundled as the .vsix ships it (scripts/bundle.mjs), into `outDir`; returns the server's path. */
export async function bundleServer(outDir: string): Promise<string> {
  return (await importScript<{ bundleServer: (dir: string) => Promise<string> }>('bundle.mjs')).bundleServer(outDir);
}
