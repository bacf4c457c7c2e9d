// Go to definition and declaration, find references and document highlights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition, declaration } from '../../../server/src/features/definition.js';
import { documentHighlights, referenceChunk, references } from '../../../server/src/features/references.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { patchDocument } from '../../../server/src/core/index/patchDocument.js';
import { type CorpusIndex, mentionsIn } from '../../../server/src/core/index/corpusIndex.js';
import type { Location } from '../../../server/src/core/types.js';
import { featureCorpus, NOTE } from './fixture.js';
import { uriOf } from '../../helpers/corpus.js';

const at = (text: string, needle: string) => text.indexOf(needle) + 1;

test('definition of an acronym lands on its defining mention in the earliest document', () => {
  const c = featureCorpus();
  const [loc] = definition(c.index, NOTE, at(c.texts.get(NOTE)!, 'BRI'));
  assert.equal(loc.uri, uriOf('talks.md'));
  const line = c.texts.get(uriOf('talks.md'))!.split('\n')[loc.range.start.line];
  assert.equal(line.slice(loc.range.start.character, loc.range.end.character), 'Belt and Road Initiative');
});

test('definition and declaration differ when an entity note exists', () => {
  const c = featureCorpus({ 'bri.md': '---\nentity: Belt and Road Initiative\n---\n# BRI\n' });
  const offset = at(c.texts.get(NOTE)!, 'BRI');
  assert.equal(definition(c.index, NOTE, offset)[0].uri, uriOf('bri.md'));
  assert.equal(declaration(c.index, NOTE, offset)[0].uri, uriOf('talks.md'));
});

test('declaration on an entity note\'s aliases line lands on the first article mention; outside the front matter, nothing', () => {
  const note = '---\nentity: Belt and Road Initiative\naliases: [One Belt One Road]\n---\n# About it\n\nLending and building.\n';
  const c = featureCorpus({ 'bri.md': note });
  const [loc] = declaration(c.index, uriOf('bri.md'), at(note, 'One Belt'));
  assert.equal(loc.uri, uriOf('talks.md'));
  assert.equal(declaration(c.index, uriOf('bri.md'), at(note, 'entity:'))[0].uri, uriOf('talks.md'));
  assert.deepEqual(declaration(c.index, uriOf('bri.md'), at(note, 'Lending')), []);
  // any other file's front matter names no entity of its own
  assert.deepEqual(declaration(c.index, uriOf('talks.md'), at(c.texts.get(uriOf('talks.md'))!, 'title:')), []);
});

test('references honour includeDeclaration; highlights stay in the file', () => {
  const c = featureCorpus();
  const offset = at(c.texts.get(NOTE)!, 'BRI');
  const all = references(c.index, NOTE, offset, true);
  assert.equal(all.length, 4);
  assert.equal(references(c.index, NOTE, offset, false).length, 3);
  assert.equal(documentHighlights(c.index, uriOf('talks.md'), at(c.texts.get(uriOf('talks.md'))!, 'BRI')).length, 2);
});

test('with an entity note, leaving out the declaration leaves out the note\'s own mention', () => {
  const c = featureCorpus({ 'bri.md': '---\nentity: Belt and Road Initiative\n---\n# Belt and Road Initiative\n' });
  const offset = at(c.texts.get(NOTE)!, 'BRI');
  const all = references(c.index, NOTE, offset, true);
  const rest = references(c.index, NOTE, offset, false);
  assert.equal(rest.length, all.length - 1);
  assert.ok(!rest.some((l) => l.uri === uriOf('bri.md')));
});

test('no entity under the cursor: empty answers', () => {
  const c = featureCorpus();
  assert.deepEqual(definition(c.index, NOTE, 0), []);
  assert.deepEqual(references(c.index, NOTE, 0, true), []);
});

/** Every chunk from the first on, asked with `before` run ahead of each request. */
function allChunks(index: CorpusIndex, id: string, includeDeclaration: boolean, size: number, before = () => {}): Location[][] {
  const out: Location[][] = [];
  let after: string | null = null;
  for (let chunk; (before(), (chunk = referenceChunk(index, id, after, includeDeclaration, size))); after = chunk.through) out.push(chunk.locations);
  return out;
}

test('references in chunks: whole documents, the same locations as the full answer, declaration honoured', () => {
  for (const withNote of [false, true]) {
    const c = featureCorpus(withNote ? { 'bri.md': '---\nentity: Belt and Road Initiative\n---\n# Belt and Road Initiative\n' } : {});
    const offset = at(c.texts.get(NOTE)!, 'BRI');
    const id = mentionsIn(c.index, NOTE).find((m) => m.span[0] <= offset && offset <= m.span[1])!.entityId;
    for (const include of [true, false]) {
      const chunks = allChunks(c.index, id, include, 1);
      assert.deepEqual(chunks.flat(), references(c.index, NOTE, offset, include), `note ${withNote}, includeDeclaration ${include}`);
      const uris = chunks.map((ch) => new Set(ch.map((l) => l.uri)));
      assert.ok(uris.every((set) => set.size <= 1), 'a chunk of size 1 still holds one whole document');
    }
  }
});

test('chunks asked across an edit fit together: each document once, with its positions at the time', () => {
  const c = featureCorpus();
  const id = mentionsIn(c.index, NOTE).find((m) => c.texts.get(NOTE)!.slice(m.span[0], m.span[1]) === 'BRI')!.entityId;
  let asked = 0;
  const edited = '# Note\n\nMore lines first.\n\nXi and Putin again. Lavrov on the BRI.\n';
  const chunks = allChunks(c.index, id, true, 1, () => {
    if (asked++ === 1) assert.ok(patchDocument(c.index, analyzeDocument({ uri: NOTE, text: edited })));
  });
  assert.deepEqual(chunks.flat(), references(c.index, NOTE, edited.indexOf('BRI') + 1, true));
});
