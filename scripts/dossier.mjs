// `npm run dossier`: runs the CLI that `npm ci` (the `prepare` script) or `npm run build` compiled into out/, without
// compiling again. A build that is missing or older than its sources is refused, so old code never answers silently.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The sources the CLI is built from (tsconfig.json's server part), and where tsc writes each one. */
const SOURCES = [
  { dir: 'server/src', ext: '.ts', built: (rel) => rel.replace(/\.ts$/, '.js') },
  { dir: 'server/data', ext: '.json', built: (rel) => rel },
];
export const CLI = 'out/server/src/cli/main.js';

function* files(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Why the build under `base`/out cannot be run (one line), or null when every source has a newer build. */
export function staleBuild(base = root) {
  const fix = 'run `npm run build` first';
  if (!fs.existsSync(path.join(base, CLI))) return `dossier: ${CLI} is missing; ${fix}`;
  for (const { dir, ext, built } of SOURCES) {
    for (const src of files(path.join(base, dir))) {
      if (!src.endsWith(ext) || src.endsWith('.d.ts')) continue;
      const rel = path.relative(base, src);
      const out = path.join(base, 'out', built(rel));
      if (!fs.existsSync(out)) return `dossier: out/ has no build of ${rel}; ${fix}`;
      if (fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) return `dossier: ${rel} changed since the last build; ${fix}`;
    }
  }
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const problem = staleBuild();
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exitCode = 1;
  } else {
    // main.js reads process.argv.slice(2), which is the same here as when it is run directly
    await import(pathToFileURL(path.join(root, CLI)).href);
  }
}
