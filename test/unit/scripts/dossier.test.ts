// `npm run dossier` (scripts/dossier.mjs) runs the built CLI as it is, and refuses a build that is missing or stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCRIPT = path.resolve(here, '../../../../scripts/dossier.mjs');
type StaleBuild = (base: string) => string | null;
const load = async (): Promise<StaleBuild> => ((await import(pathToFileURL(SCRIPT).href)) as { staleBuild: StaleBuild }).staleBuild;

/** A checkout with one source and, unless `built` is false, its build written `age` seconds after it. */
function checkout(built: boolean, age: number): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-build-'));
  const write = (rel: string, at: number) => {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), '');
    fs.utimesSync(path.join(base, rel), at, at);
  };
  const now = Date.now() / 1000;
  write('server/src/cli/main.ts', now);
  write('server/data/words.json', now);
  if (built) {
    write('out/server/src/cli/main.js', now + age);
    write('out/server/data/words.json', now + age);
  }
  return base;
}

test('a build newer than every source is run as it is', async () => {
  const staleBuild = await load();
  const base = checkout(true, 10);
  try {
    assert.equal(staleBuild(base), null);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
});

test('a missing build or a source changed since the build is refused with one line naming the fix', async () => {
  const staleBuild = await load();
  for (const base of [checkout(false, 0), checkout(true, -10)]) {
    try {
      const problem = staleBuild(base) ?? '';
      assert.match(problem, /^dossier: .*; run `npm run build` first$/);
      assert.doesNotMatch(problem, /\n/);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  }
});

test('npm run dossier runs the CLI of the current build without compiling', () => {
  const r = spawnSync(process.execPath, [SCRIPT, 'help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Usage:\n {2}dossier index/);
});
