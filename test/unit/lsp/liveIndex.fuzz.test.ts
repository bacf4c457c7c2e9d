// After any sequence of edits (inserts and deletes at random UTF-16 positions, surrogate pairs included), the live
// index equals a fresh full index of the same texts, whether it patched or relinked, card counts included; also when
// every relink is cut into background slices that edits arrive between. Meanwhile every answer's positions come
// from the current texts, also while a relink runs and changed documents show provisional mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { buildIndex, type CorpusIndex, entityById, mentionsIn } from '../../../server/src/core/index/corpusIndex.js';
import type { Span } from '../../../server/src/core/types.js';
import { spansOf } from '../../../server/src/core/text/spanList.js';
import { exportIndex } from '../../../server/src/core/index/exportJson.js';
import { createLiveIndex, type RelinkSlices } from '../../../server/src/lsp/liveIndex.js';
import { articleText, edits, runs } from '../fuzz/generators.js';

const BASE = [
  'Talks\n2024-05-16\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday about the Belt and Road Initiative (BRI).',
  "Lavrov visits\n2024-04-09\n\nRussia's top diplomat Sergei Lavrov met Chinese Foreign Minister Wang Yi on Tuesday. Lavrov praised the BRI and the SCO.",
  '# Note\n\nXi and Putin again. Lavrov on the BRI. Premier Li Qiang.',
];
const URIS = ['file:///fuzz/a.txt', 'file:///fuzz/b.txt', 'file:///fuzz/note.md'];

/** Every mention the index shows lies inside a name, candidate or person mention of the document's current text. */
function assertCurrentPositions(index: CorpusIndex, texts: string[]): void {
  texts.forEach((text, i) => {
    const a = analyzeDocument({ uri: URIS[i], text });
    const spans: Span[] = [...a.persons.flatMap((p) => spansOf(p.mentions)), ...a.names.flatMap((n) => spansOf(n.mentions)), ...a.candidates.map((c): Span => [c.start, c.end])];
    for (const m of mentionsIn(index, URIS[i])) {
      assert.ok(entityById(index, m.entityId), `${m.entityId} is an entity, linked or provisional`);
      assert.ok(spans.some(([s, e]) => s <= m.span[0] && m.span[1] <= e), `${URIS[i]} ${m.span} is not a name in the current text`);
    }
  });
}

function equalsFreshAfterEdits(slices: RelinkSlices | undefined, numRuns: number) {
  return fc.assert(
    fc.asyncProperty(articleText, edits, async (extra, sequence) => {
      const texts = [BASE[0], BASE[1], `${BASE[2]}\n${extra}`];
      const live = createLiveIndex(() => {}, 1_000_000, slices);
      try {
        texts.forEach((t, i) => live.set(URIS[i], t));
        live.current();
        for (const e of sequence) {
          const t = texts[e.doc];
          const at = Math.floor(e.at * t.length);
          texts[e.doc] = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.deleteCount));
          live.update(URIS[e.doc], texts[e.doc], 1_000_000);
          if (e.deleteCount % 3 === 0) assertCurrentPositions(live.current(), texts);
          // let a background slice run now and then, so edits land both during and between relinks
          if (e.deleteCount % 2 === 0) await new Promise(setImmediate);
        }
        // a new document too: patched in when it introduces nothing, relinked when it does
        const added = `New note\n\n${extra}`;
        live.set('file:///fuzz/new.md', added);
        const fresh = buildIndex([...texts.map((text, i) => analyzeDocument({ uri: URIS[i], text })), analyzeDocument({ uri: 'file:///fuzz/new.md', text: added })]);
        const current = await live.linked();
        assert.deepEqual(exportIndex(current), exportIndex(fresh));
        assert.deepEqual(current.stats, fresh.stats);
      } finally {
        live.dispose();
      }
    }),
    { numRuns },
  );
}

test('the live index after random edits equals a fresh full index, and its positions always fit the current texts', () => equalsFreshAfterEdits(undefined, runs(1000)));

test('with relinks cut into the smallest slices, provisional positions fit the current texts and the end is a fresh full index', () =>
  equalsFreshAfterEdits({ wholeBelowMs: 0, firstMs: 0, sliceMs: 0 }, runs(300)));
