// Live updates over LSP: edits in the editor and changes on disk reach the index, and after any sequence of edits
// the index equals a fresh full index of the same texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLES, copyOfSamples, positionOf, startServer, uriOf } from './client.js';
import { EDIT_DEBOUNCE_MS } from '../../server/src/lsp/server.js';
import { readCorpus } from '../../server/src/core/load/walk.js';
import { analyzeDocument } from '../../server/src/core/analyzeDocument.js';
import { buildIndex } from '../../server/src/core/index/corpusIndex.js';
import { exportIndex } from '../../server/src/core/index/exportJson.js';

type Hover = { contents: { value: string } } | null;

test('an edit in a note changes what hover returns', async () => {
  const dir = copyOfSamples();
  const server = await startServer(dir);
  try {
    await server.indexed;
    const note = path.join(dir, 'notes/weekly-2024-05.md');
    const { uri, text } = await server.open(note);
    const at = (t: string) => ({ textDocument: { uri }, position: positionOf(t, 'Overchuk') });
    const before = (await server.connection.sendRequest('textDocument/hover', at(text))) as Hover;
    assert.match(before!.contents.value, /^\*\*Alexei Overchuk\*\*/);
    const edited = text.replace('Next: Overchuk is', 'Next: Finnish President Alexander Stubb, not Overchuk, is');
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const started = performance.now();
    const after = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(edited, 'Alexander Stubb') })) as Hover;
    const ms = performance.now() - started;
    assert.match(after!.contents.value, /^\*\*Alexander Stubb\*\* · Finland\n\n\[Show the mention\][^\n]*\n\nPresident/);
    console.log(`edit → updated hover: ${ms.toFixed(1)} ms`);
  } finally {
    await server.stop();
  }
});

test('opening a document whose text the index holds changes no answer: the first hover after didOpen is the index\'s', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-open-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Talks\n\nChilean Foreign Minister Ana Varga met reporters in Lima.\n');
  fs.writeFileSync(path.join(dir, 'b.txt'), 'More talks\n\nVarga flew to Quito. Varga spoke there.\n');
  fs.writeFileSync(path.join(dir, 'note.md'), '# Note\n\nAsk Varga.\n');
  const server = await startServer(dir);
  try {
    await server.indexed;
    const { uri, text } = await server.open(path.join(dir, 'b.txt'));
    const card = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Varga') })) as Hover;
    assert.match(card!.contents.value, /4 mentions in 3 documents/);
    assert.doesNotMatch(card!.contents.value, /New in this document/);
  } finally {
    await server.stop();
  }
});

test('opening a note unchanged changes nothing: hover counts and definition asked at once are the index\'s, and no relink follows', async () => {
  const server = await startServer(SAMPLES);
  try {
    await server.indexed;
    const note = path.join(SAMPLES, 'notes/china-russia-watch.md');
    const text = fs.readFileSync(note, 'utf8');
    const uri = uriOf(note);
    const ask = async () => {
      const card = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Xi and Putin') })) as Hover;
      const def = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'BRI') })) as { uri: string }[];
      return { counts: card!.contents.value.match(/\d+ mentions? in \d+ documents?/)?.[0], definition: def[0]?.uri };
    };
    const closed = await ask();
    assert.equal(closed.definition, uriOf(path.join(SAMPLES, 'notes/entities/belt-and-road-initiative.md')));
    const changes = () => server.notifications.filter((n) => n.method === 'dossier/indexChanged').length;
    const before = changes();
    await server.open(note);
    assert.deepEqual(await ask(), closed, 'the first answers after didOpen');
    await new Promise((r) => setTimeout(r, EDIT_DEBOUNCE_MS * 3));
    assert.deepEqual(await ask(), closed);
    assert.equal(changes(), before, 'the index changed after opening an unchanged document');
  } finally {
    await server.stop();
  }
});

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

test('after a sequence of incremental edits the index equals a fresh full index of the same texts', async () => {
  const dir = copyOfSamples();
  const server = await startServer(dir);
  try {
    await server.indexed;
    const files = ['notes/china-russia-watch.md', 'corpus/2024-04-09-lavrov-in-beijing.txt'].map((f) => path.join(dir, f));
    const texts = new Map<string, string>();
    for (const f of files) texts.set(f, (await server.open(f)).text);
    const random = lcg(42);
    const inserts = [' Premier Li Qiang', ' BRI', 'Lavrov ', ' the SCO', '\n', 'Chinese Foreign Minister Wang Yi met Russian President Vladimir Putin on Monday. ', ' 🙂 '];
    for (let step = 0; step < 60; step++) {
      const f = files[Math.floor(random() * files.length)];
      const text = texts.get(f)!;
      const at = Math.floor(random() * (text.length + 1));
      const del = random() < 0.4 ? Math.min(text.length - at, Math.floor(random() * 12)) : 0;
      const ins = random() < 0.7 ? inserts[Math.floor(random() * inserts.length)] : '';
      const pos = (o: number) => positionOf(text.slice(0, o) + '\u0000', '\u0000', 0, 0);
      const next = text.slice(0, at) + ins + text.slice(at + del);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uriOf(f), version: step + 2 },
        contentChanges: [{ range: { start: pos(at), end: pos(at + del) }, text: ins }],
      });
      texts.set(f, next);
    }
    const live = await server.connection.sendRequest('dossier/export');
    const disk = await readCorpus([dir]);
    const fresh = exportIndex(buildIndex(disk.sources.map((s) => {
      const edited = [...texts].find(([f]) => uriOf(f) === s.uri);
      return analyzeDocument({ uri: s.uri, text: edited ? edited[1] : s.text });
    })));
    assert.deepEqual(live, fresh);
  } finally {
    await server.stop();
  }
});

test('files created, changed and deleted on disk update the index', async () => {
  const dir = copyOfSamples();
  const server = await startServer(dir);
  try {
    await server.indexed;
    const doomed = path.join(dir, 'corpus/2024-04-09-lavrov-in-beijing.txt');
    const note = path.join(dir, 'notes/china-russia-watch.md');
    const { uri, text } = await server.open(note);
    const refs = async () =>
      (await server.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: positionOf(text, 'Lavrov keeps'), context: { includeDeclaration: true } })) as { uri: string }[];
    assert.ok((await refs()).some((l) => l.uri === uriOf(doomed)));
    fs.rmSync(doomed);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(doomed), type: 3 }] });
    assert.ok(!(await refs()).some((l) => l.uri === uriOf(doomed)));

    const created = path.join(dir, 'corpus/new-article.txt');
    fs.writeFileSync(created, 'Ministers meet\n2025-01-15\n\nFinnish President Alexander Stubb held talks with Lavrov in Geneva on Wednesday.');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 1 }] });
    assert.ok((await refs()).some((l) => l.uri === uriOf(created)));
    const status = (await server.connection.sendRequest('dossier/status')) as { people: number };
    assert.ok(status.people >= 11);

    fs.writeFileSync(created, 'Nothing about anyone.');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 2 }] });
    assert.ok(!(await refs()).some((l) => l.uri === uriOf(created)));
  } finally {
    await server.stop();
  }
});
