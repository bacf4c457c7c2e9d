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
  // enough files that the load spans many progress reports on a fast machine too
  const total = 3000;
  fs.writeFileSync(path.join(dir, 'a000.txt'), ARTICLE);
  for (let i = 1; i < total; i++) fs.writeFileSync(path.join(dir, `b${String(i).padStart(4, '0')}.txt`), `Report ${i}\n\nVarga spoke to reporters on day ${i}.\n`);
  const server = await startServer(dir);
  try {
    const uri = uriOf(path.join(dir, 'a000.txt'));
    const ask = async () => ((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'Ana Varga') })) as Hover)?.contents.value;
    await until('the first batch read', () => states(server).find((s) => s.indexing && s.indexing.done > 0 && s.indexing.done < total));
    // Ask until the load is over. A card is known to be answered during the load when the server reported a state
    // still loading after the answer came (states arrive in the order they are sent, after the answer).
    const answers: { card: string; seen: number }[] = [];
    while (!states(server).some((s) => s.indexing === null)) {
      const card = await ask();
      if (card) answers.push({ card, seen: server.notifications.length });
    }
    const loadingAfter = (seen: number) => server.notifications.slice(seen).some((n) => n.method === 'dossier/indexChanged' && (n.params as State).indexing !== null);
    const during = answers.filter((a) => loadingAfter(a.seen));
    assert.ok(during.length > 0, `no card was answered during the load (${answers.length} answered)`);
    for (const { card } of during) assert.match(card, new RegExp(`\\*Still indexing: [\\d,]+ of ${total.toLocaleString('en-US')} files\\. Counts and links may grow\\.\\*`));
    await server.indexed;
    await server.connection.sendRequest('dossier/status');
    const after = await ask();
    assert.doesNotMatch(after!, /Still indexing/);
    assert.match(after!, new RegExp(`${total.toLocaleString('en-US')} mentions in ${total.toLocaleString('en-US')} documents`));
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
