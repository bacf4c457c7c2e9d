import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition, declaration } from '../../../server/src/features/definition.js';
import { documentHighlights, references } from '../../../server/src/features/references.js';
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
