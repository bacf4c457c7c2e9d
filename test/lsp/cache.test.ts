// The persisted index over LSP: a second start takes its analyses from the cache and answers the same; a
// corrupted cache is discarded and the answers stay right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLES, startServer } from './client.js';
import { smallDisk } from '../helpers/fullDisk.js';

/** A request's answer, or a failure after `ms`: a server that never answers must fail the test, not hang it. */
function within<T>(ms: number, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

async function run(cacheDir: string): Promise<{ exported: unknown; entities: unknown; log: string }> {
  const server = await startServer(SAMPLES, { initializationOptions: { cacheDir } });
  try {
    await within(60_000, server.indexed);
    const exported = await within(20_000, server.connection.sendRequest('dossier/export'));
    const entities = await within(20_000, server.connection.sendRequest('dossier/entities'));
    return { exported, entities, log: server.logs.join('\n') };
  } finally {
    await server.stop();
  }
}

test('a warm start uses the cache, and a corrupt cache is discarded without changing any answer', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-cache-'));
  const cold = await run(cacheDir);
  assert.match(cold.log, /indexed \d+ documents \(0 analyses from the cache\)/);
  const warm = await run(cacheDir);
  const n = Number(/indexed (\d+) documents \((\d+) analyses from the cache\)/.exec(warm.log)?.[2]);
  assert.ok(n >= 17, warm.log);
  assert.deepEqual(warm.exported, cold.exported);
  for (const f of fs.readdirSync(cacheDir, { recursive: true, withFileTypes: true })) if (f.isFile()) fs.writeFileSync(path.join(f.parentPath, f.name), 'garbage');
  const repaired = await run(cacheDir);
  assert.match(repaired.log, /\(0 analyses from the cache\)/);
  assert.deepEqual(repaired.exported, cold.exported);
});

test('cache entries of the wrong shape are analysed again: every request answers as after a cold start', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-cache-'));
  const cold = await run(cacheDir);
  for (const f of fs.readdirSync(cacheDir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const entry = JSON.parse(fs.readFileSync(path.join(f.parentPath, f.name), 'utf8'));
    fs.writeFileSync(path.join(f.parentPath, f.name), JSON.stringify({ ...entry, analysis: { ...entry.analysis, persons: [{}] } }));
  }
  const repaired = await run(cacheDir);
  assert.match(repaired.log, /\(0 analyses from the cache\)/);
  assert.deepEqual(repaired.entities, cold.entities);
  assert.deepEqual(repaired.exported, cold.exported);
});

test('a full disk under the cache folder is told once, in the output and as a warning, and every answer is as without a cache', async (t) => {
  const disk = smallDisk(8);
  if (typeof disk === 'string') return t.skip(disk);
  try {
    const plain = await run(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-cache-')));
    const server = await startServer(SAMPLES, { initializationOptions: { cacheDir: disk.dir } });
    let exported: unknown;
    try {
      await within(60_000, server.indexed);
      exported = await within(20_000, server.connection.sendRequest('dossier/export'));
    } finally {
      // shutdown waits for the cache writes, so what they had to say has arrived when it returns
      await server.stop();
    }
    assert.deepEqual(exported, plain.exported);
    assert.equal(server.logs.filter((l) => /disk is full/.test(l)).length, 1, server.logs.join('\n'));
    const shown = server.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0], /^Dossier cannot write its cache in .*: the disk is full\./);
  } finally {
    disk.unmount();
  }
});
