// What one document open in the editor can cost: the size limit that bounds files read from disk bounds it too, so
// an open document over it is told so and not analysed, and nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, uriOf, type TestServer } from './client.js';

type Diagnostics = { uri: string; diagnostics: { message: string; severity: number }[] };

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const lastDiagnostics = (server: TestServer, uri: string, after = 0): Diagnostics | undefined =>
  server.notifications
    .slice(after)
    .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as Diagnostics).uri === uri)
    .map((n) => n.params as Diagnostics)
    .at(-1);

const names = async (server: TestServer) => ((await server.connection.sendRequest('dossier/entities')) as { name: string }[]).map((e) => e.name);

test('an open document over maxFileSizeKB is told it is too large and is not analysed; the rest answers; shrunk, it is analysed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-limits-'));
  fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\nForeign Minister Tova Rendal spoke.\n');
  const server = await startServer(dir, { settings: { maxFileSizeKB: 64 } });
  try {
    await server.indexed;
    const uri = uriOf(path.join(dir, 'big.md'));
    const small = '# Big\n\nDefence Minister Marit Okonjo spoke.\n';
    const big = small + 'Talks went on. '.repeat(6000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: big } });
    const told = await until('a diagnostic on the open document', () => lastDiagnostics(server, uri));
    assert.equal(told.diagnostics.length, 1);
    assert.match(told.diagnostics[0].message, /^This document is 88 KB, over the 64 KB limit \(dossier\.maxFileSizeKB\): Dossier does not analyse it\.$/);
    const open = await names(server);
    assert.ok(!open.includes('Marit Okonjo') && open.includes('Tova Rendal'), open.join(', '));
    assert.equal(((await server.connection.sendRequest('dossier/status')) as { documents: number }).documents, 1);

    const before = server.notifications.length;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: small }] });
    await until('the document analysed once under the limit', async () => ((await names(server)).includes('Marit Okonjo') ? true : undefined));
    assert.deepEqual(lastDiagnostics(server, uri, before)?.diagnostics, []);

    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: big }] });
    await until('the analysis dropped once over the limit again', async () => ((await names(server)).includes('Marit Okonjo') ? undefined : true));
    assert.match(lastDiagnostics(server, uri)!.diagnostics[0].message, /over the 64 KB limit/);
  } finally {
    await server.stop();
  }
});
