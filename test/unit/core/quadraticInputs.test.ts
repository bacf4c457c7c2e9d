// Issue 19, "Quadratic inputs": each shape at a size that took many seconds (or threw) before its fix, with what the
// result must be. How the time grows is the sweep's to judge (npm run bench:sweep); these check the answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownNoise } from '../../../server/src/core/clean/markdown.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { buildIndex } from '../../../server/src/core/index/corpusIndex.js';
import { SHAPES, givenName } from '../../../bench/shapes.js';
import { analyze } from '../../helpers/corpus.js';

const shape = (prefix: string) => SHAPES.find((s) => s.name.startsWith(prefix))!;

test('link targets are masked up to their ")" and never across a line break', () => {
  const text = 'a [x](one) b ](two\n[y](three) ]( ](four) ](';
  assert.deepEqual(markdownNoise(text).map(([s, e]) => text.slice(s, e)), ['](one)', '](three)', ']( ](four)']);
});

test('200 KB of "](" with no ")" masks nothing (it took 9 s)', () => {
  assert.deepEqual(markdownNoise(']('.repeat(100_000)), []);
  const [doc] = shape('"]("').build(8);
  assert.equal(analyzeDocument(doc).length, doc.text.length);
});

test('"Alpha and Alpha and …" over 200 KB is no name (it took 8.5 s)', () => {
  const [doc] = shape('"Alpha and Alpha').build(8);
  assert.equal(analyzeDocument(doc).names.length, 0);
});

test('"Alpha of Alpha of …" over 50 KB no longer overflows the stack, and the complements are still read', () => {
  const [doc] = shape('"Alpha of Alpha').build(2);
  assert.equal(analyzeDocument(doc).names.length, 0);
  assert.deepEqual(analyze('He praised the Alpha of the Beta of the Gamma Council of the Delta Union.').names.map((n) => n.name), ['Gamma Council of the Delta Union']);
});

test('an acronym after a run of 100 KB still finds the tail it abbreviates (it took 18 s)', () => {
  const [doc] = shape('a long run').build(4);
  const names = analyzeDocument(doc).names;
  assert.equal(names.length, 1);
  assert.match(names[0].name, /^Alpha (?:Alpha )+Council$/);
  assert.equal(names[0].acronym, 'AC');
});

test('every one of 100,000 uses of a defined acronym is a mention, once (400 KB took 12 s)', () => {
  const uses = 100_000;
  const a = analyze('The Alpha Beta Council (ABC) said' + ' ABC'.repeat(uses));
  assert.equal(a.names.length, 1);
  // the name, its "(ABC)" and every later use
  assert.equal(a.names[0].mentions.length / 2, uses + 2);
});

test('"Li said." × 10,000 against 2,000 people named Li: each goes to the most mentioned (it took 16 s)', () => {
  const docs = shape('"Li said."').build(16).map(analyzeDocument);
  const index = buildIndex(docs);
  const said = index.documents.get('file:///sweep/said.txt')!;
  assert.equal(said.candidates.length, 10_000);
  const ids = new Set(index.tables.candidateOf.get(said.uri));
  assert.equal(ids.size, 1);
  const [id] = ids;
  assert.ok(id && index.entities.get(id)!.name.endsWith(' Li'));
  const people = [...index.entities.values()].filter((e) => e.kind === 'person');
  assert.ok(people.length > 1500, `${people.length} people`);
});

test('an entity note keeps each of its 40,000 aliases once', () => {
  const aliases = Array.from({ length: 40_000 }, (_, i) => `Alias ${givenName(i)} ${i}`);
  const note = `---\nentity: Alpha Beta Council\naliases:\n${[...aliases, ...aliases.slice(0, 10)].map((a) => `  - ${a}`).join('\n')}\n---\nA body.\n`;
  const index = buildIndex([analyzeDocument({ uri: 'file:///corpus/note.md', text: note })]);
  const e = [...index.entities.values()].find((x) => x.name === 'Alpha Beta Council')!;
  assert.equal(e.aliases.length, 40_000);
  assert.deepEqual(e.aliases, [...aliases].sort());
});
