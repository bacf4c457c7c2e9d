// The `--json` export's shape, its independence from document order, and the entity at an offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../../server/src/core/analyzeDocument.js';
import { buildIndex, mentionAt } from '../../../../server/src/core/index/corpusIndex.js';
import { exportIndex } from '../../../../server/src/core/index/exportJson.js';
import { uriOf } from '../../../helpers/corpus.js';

const FILES: Record<string, string> = {
  'a.md': '---\ntitle: Talks\ndate: 2024-05-16\n---\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.\r\nXi praised the Belt and Road Initiative (BRI).',
  'b.txt': 'Background\n\nThe BRI has grown. Putin agreed.',
};

const analyses = () => Object.entries(FILES).map(([n, text]) => analyzeDocument({ uri: uriOf(n), text }));

test('the export has the documented shape and LSP ranges', () => {
  const out = exportIndex(buildIndex(analyses()));
  assert.equal(out.version, 1);
  assert.deepEqual(out.documents, [
    { uri: uriOf('a.md'), title: 'Talks', published: '2024-05-16' },
    { uri: uriOf('b.txt'), title: 'Background', published: null },
  ]);
  const xi = out.entities.find((e) => e.name === 'Xi Jinping')!;
  assert.deepEqual(Object.keys(xi), ['id', 'kind', 'name', 'aliases', 'country', 'roles', 'mentions', 'definition']);
  const line4 = FILES['a.md'].split('\n')[4];
  const at = line4.indexOf('Xi Jinping');
  assert.deepEqual(xi.mentions[0], { uri: uriOf('a.md'), range: { start: { line: 4, character: at }, end: { line: 4, character: at + 'Xi Jinping'.length } } });
  // the second line after a \r\n starts a new LSP line
  assert.deepEqual(xi.mentions[1].range.start, { line: 5, character: 0 });
  const ev = out.events[0];
  assert.deepEqual(Object.keys(ev), ['id', 'kind', 'title', 'date', 'place', 'participants', 'sources']);
  assert.equal(ev.title, 'Talks: Vladimir Putin and Xi Jinping in Beijing');
  assert.deepEqual(ev.participants, ['person:vladimir-putin', 'person:xi-jinping']);
});

test('linking is a function of the set of documents: their order does not change the index', () => {
  const forward = JSON.stringify(exportIndex(buildIndex(analyses())));
  const backward = JSON.stringify(exportIndex(buildIndex(analyses().reverse())));
  assert.equal(forward, backward);
});

test('the entity at an offset is found by binary search, end inclusive', () => {
  const index = buildIndex(analyses());
  const text = FILES['b.txt'];
  const at = text.indexOf('Putin');
  assert.equal(mentionAt(index, uriOf('b.txt'), at)?.entityId, 'person:vladimir-putin');
  assert.equal(mentionAt(index, uriOf('b.txt'), at + 'Putin'.length)?.entityId, 'person:vladimir-putin');
  assert.equal(mentionAt(index, uriOf('b.txt'), at - 2), null);
});
