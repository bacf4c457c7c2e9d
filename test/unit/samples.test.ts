// The sample corpus end to end: what a new user sees first must hold together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexPaths } from '../../server/src/core/pipeline.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples');
const run = await indexPaths([SAMPLES]);
const entities = [...run.index.entities.values()];
const named = (n: string) => entities.find((e) => e.name === n)!;
const inNotes = (n: string) => named(n).mentions.uris.filter((uri) => uri.includes('/notes/')).length;

test('samples index without problems', () => {
  assert.deepEqual(run.problems, []);
  assert.ok(run.index.documents.size >= 17);
});

test('short names in notes resolve to the right people', () => {
  for (const n of ['Xi Jinping', 'Vladimir Putin', 'Sergey Lavrov', 'Wang Yi', 'Alexei Overchuk', 'Li Qiang', 'Li Keqiang']) assert.ok(inNotes(n) >= 1, n);
});

test('acronyms in notes resolve to the entities articles define', () => {
  for (const n of ['Belt and Road Initiative', 'Eurasian Economic Union', 'Shanghai Cooperation Organization', 'Global Security Initiative', 'BRICS']) assert.ok(inNotes(n) >= 1, n);
});

test('entity notes are the definition sites they claim', () => {
  assert.match(named('Belt and Road Initiative').definition!.uri, /notes\/entities\/belt-and-road-initiative\.md$/);
  assert.match(named('Sergey Lavrov').definition!.uri, /notes\/entities\/sergey-lavrov\.md$/);
});

test('every dated sample event has participants and a source', () => {
  assert.ok(run.index.events.length >= 12);
  for (const e of run.index.events) {
    assert.ok(e.participants.length > 0 && e.sources.length > 0, e.title);
  }
});
