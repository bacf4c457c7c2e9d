// Completion as the editor asks for it while the user types: a list cut short says so, so the client asks again
// with the longer prefix instead of filtering a list that may lack the name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { positionOf, startServer } from './client.js';

type List = { isIncomplete: boolean; items: { label: string }[] };

test('a completion list cut at its limit is marked incomplete; a whole one is not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-completion-'));
  // 110 invented people whose first names all begin "Ma": more than one list holds
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const word = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'aeiou'[Math.floor(random() * 5)] : 'bdfgklmnprstvz'[Math.floor(random() * 14)])).join('');
  const people = Array.from({ length: 110 }, () => `Ma${word(4)} ${word(7).replace(/^./, (x) => x.toUpperCase())}`);
  fs.writeFileSync(path.join(dir, 'cabinet.txt'), `Cabinet\n2024-03-05\n\n${people.map((n, i) => `Finance Minister ${n} spoke on day ${i + 1}.`).join(' ')}\n`);
  const note = path.join(dir, 'note.md');
  fs.writeFileSync(note, `# Calls\n\nCall Ma\n\nCall ${people[0]}\n`);
  const server = await startServer(dir);
  try {
    await server.indexed;
    const { uri, text } = await server.open(note);
    const complete = async (after: string) =>
      (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionOf(text, after, 0, after.length) })) as List;
    const short = await complete('Call Ma');
    assert.equal(short.items.length, 100);
    assert.equal(short.isIncomplete, true);
    const longer = await complete(`Call ${people[0]}`);
    assert.deepEqual(longer.items.map((i) => i.label), [people[0]]);
    assert.equal(longer.isIncomplete, false);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
