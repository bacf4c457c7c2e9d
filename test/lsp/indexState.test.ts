// What the server says of its index over LSP: an empty workspace is reported as indexed with nothing in it, a card
// answered while the workspace is read says so, and a client that shows the state itself gets no second progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { positionOf, startServer, uriOf, type TestServer } from './client.js';

type State = { documents: number; people: number; indexing: { done: number; total: number | null } | null };
type Hover = { contents: { value: string } } | null;

const states = (server: TestServer) => server.notifications.filter((n) => n.method === 'dossier/indexChanged').map((n) => n.params as State);

async function until<T>(what: string, get: () => T | undefined | null | false, ms = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ARTICLE = 'Talks\n\nChilean Foreign Minister Ana Varga met reporters in Lima on Monday.\n';

test('an empty folder is reported indexed with no documents, and a file added later is indexed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-empty-'));
  const server = await startServer(dir);
  try {
    const ready = await until('a ready state', () => states(server).find((s) => s.indexing === null));
    assert.equal(ready.documents, 0);
    assert.deepEqual(await server.connection.sendRequest('dossier/state'), ready, 'the state is there on request too');
    const file = path.join(dir, 'first.txt');
    fs.writeFileSync(file, ARTICLE);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    await server.connection.sendRequest('dossier/status');
    const added = await until('the added file', () => states(server).find((s) => s.documents === 1));
    assert.equal(added.people, 1);
    assert.equal(added.indexing, null);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a card answered while the workspace is still read says how far indexing has come; once read, it does not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-loading-'));
  const total = 800;
  fs.writeFileSync(path.join(dir, 'a000.txt'), ARTICLE);
  for (let i = 1; i < total; i++) fs.writeFileSync(path.join(dir, `b${String(i).padStart(3, '0')}.txt`), `Report ${i}\n\nVarga spoke to reporters on day ${i}.\n`);
  const server = await startServer(dir);
  try {
    await until('the first batch read', () => states(server).find((s) => s.indexing && s.indexing.done > 0 && s.indexing.done < total));
    const uri = uriOf(path.join(dir, 'a000.txt'));
    const during = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'Ana Varga') })) as Hover;
    assert.match(during!.contents.value, new RegExp(`\\*Still indexing: [\\d,]+ of ${total} files\\. Counts and links may grow\\.\\*`));
    await server.indexed;
    await server.connection.sendRequest('dossier/status');
    const after = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'Ana Varga') })) as Hover;
    assert.doesNotMatch(after!.contents.value, /Still indexing/);
    assert.match(after!.contents.value, new RegExp(`${total} mentions in ${total} documents`));
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a client that shows the index state itself gets no work-done progress, and the state ends ready', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-state-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  const server = await startServer(dir, { initializationOptions: { showsIndexState: true } });
  let progressCreated = false;
  server.connection.onRequest('window/workDoneProgress/create', () => {
    progressCreated = true;
    return null;
  });
  try {
    const ready = await until('a ready state', () => states(server).find((s) => s.indexing === null));
    assert.equal(ready.documents, 1);
    assert.ok(states(server).some((s) => s.indexing?.total === 1), 'the reading was reported with its total');
    assert.equal(progressCreated, false);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
