// The counts cards show, after a full index and after a patch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../server/src/core/analyzeDocument.js';
import { buildIndex, type CorpusIndex } from '../../../../server/src/core/index/corpusIndex.js';
import { patchDocument } from '../../../../server/src/core/index/patchDocument.js';
import { uriOf } from '../../../helpers/corpus.js';

const FILES: Record<string, string> = {
  'a.md': '---\ntitle: Forum\ndate: 2023-10-18\n---\nChinese President Xi Jinping opened the Belt and Road Initiative (BRI) forum. Russian President Vladimir Putin attended.',
  'b.md': '---\ntitle: Later\ndate: 2023-11-02\n---\nThe BRI turned ten. Premier Li Qiang spoke about the BRI.',
  'note.md': '# Note\n\nXi again.',
};

const analyse = (name: string, text = FILES[name]) => analyzeDocument({ uri: uriOf(name), text });
const idOf = (index: CorpusIndex, name: string) => [...index.entities.values()].find((e) => e.name === name)!.id;

test('documents per entity and people sharing documents with an initiative', () => {
  const index = buildIndex(Object.keys(FILES).map((n) => analyse(n)));
  const [xi, bri] = [idOf(index, 'Xi Jinping'), idOf(index, 'Belt and Road Initiative')];
  assert.equal(index.stats.documents.get(xi), 2);
  assert.equal(index.stats.documents.get(bri), 2);
  const shared = index.stats.sharedPeople.get(bri)!;
  assert.deepEqual([...shared].sort(), [[xi, 1], [idOf(index, 'Li Qiang'), 1], [idOf(index, 'Vladimir Putin'), 1]].sort());
  assert.equal(index.stats.sharedPeople.has(xi), false, 'only initiatives and organizations keep related people');
});

test('a patched document moves the counts as a fresh index would', () => {
  const index = buildIndex(Object.keys(FILES).map((n) => analyse(n)));
  const xi = idOf(index, 'Xi Jinping');
  const edited = analyse('note.md', '# Note\n\nNothing about anyone.');
  assert.ok(patchDocument(index, edited), 'an edit that only drops a resolved short name is patched');
  assert.equal(index.stats.documents.get(xi), 1);
  const fresh = buildIndex([analyse('a.md'), analyse('b.md'), edited]);
  assert.deepEqual(index.stats, fresh.stats);
});
