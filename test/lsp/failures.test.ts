// Issue 19 over LSP: a relink that fails is reported and does not leave the server stuck. The failure is real: a
// cache entry damaged in a way its shape check lets through (a person with no fields), which the link throws on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../../server/src/core/analyzeDocument.js';
import { cacheKey, openCache } from '../../server/src/core/cache/analysisCache.js';
import type { DocAnalysis } from '../../server/src/core/types.js';
import { startServer, uriOf } from './client.js';

function within<T>(p: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

test('a relink that fails on a damaged cache entry ends the load, answers status with the reason, and recovers once the file is deleted', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-fail-'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-fail-cache-'));
  fs.writeFileSync(path.join(dir, 'good.md'), '# Good\n\nPremier Li Qiang met Chancellor Olaf Scholz in Berlin.\n');
  const bad = path.join(dir, 'bad.md');
  const badText = '# Bad\n\nPresident Emmanuel Macron spoke.\n';
  fs.writeFileSync(bad, badText);
  const cache = await openCache(cacheDir);
  const analysis = analyzeDocument({ uri: pathToFileURL(bad).href, text: badText });
  cache.put({ ...analysis, persons: [{} as DocAnalysis['persons'][number]] }, cacheKey(badText));
  await cache.flush();

  const server = await startServer(dir, { initializationOptions: { cacheDir } });
  try {
    await within(server.indexed, 'the progress of the first load');
    await assert.rejects(within(server.connection.sendRequest('dossier/status'), 'dossier/status'), /could not link the documents \(TypeError/);
    assert.match(server.logs.join('\n'), /could not link the documents \(TypeError/);
    // other requests answer, from the index as it was before the failed link
    await within(server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, 'good.md')) }, position: { line: 2, character: 10 } }), 'hover');

    fs.rmSync(bad);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(bad), type: 3 }] });
    const status = (await within(server.connection.sendRequest('dossier/status'), 'dossier/status after the delete')) as { documents: number; people: number };
    assert.equal(status.documents, 1);
    const exported = (await within(server.connection.sendRequest('dossier/export'), 'dossier/export')) as { entities: { name: string }[] };
    assert.ok(exported.entities.some((e) => e.name === 'Li Qiang'));
    assert.equal(server.process.exitCode, null);
  } finally {
    await server.stop();
  }
});
