// An entity's mention columns: sorted into one order whatever order they were added in, one mention per start,
// and a document's run replaced in place exactly as building the list again would give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../../../../server/src/core/types.js';
import { addMention, mentionObjects, noMentions, replaceRun, sortedMentionList } from '../../../../server/src/core/link/mentionList.js';

type Row = [uri: string, start: number, length: number];
const row = fc.tuple(fc.constantFrom('file:///a', 'file:///b', 'file:///B', 'file:///c/d'), fc.nat(40), fc.integer({ min: 1, max: 4 }));

function listOf(rows: Row[]) {
  const list = noMentions();
  for (const [uri, start, length] of rows) addMention(list, uri, [start, start + length]);
  return list;
}

/** The order spelled out: by uri in code units, then start, then end; of equal starts the shortest stays. */
function expected(rows: Row[]): string[] {
  const sorted = rows
    .map(([uri, start, length]) => ({ uri, start, end: start + length }))
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start || a.end - b.end));
  return sorted.filter((m, i) => i === 0 || m.uri !== sorted[i - 1].uri || m.start !== sorted[i - 1].start).map((m) => `${m.uri}@${m.start}-${m.end}`);
}

const shown = (list: ReturnType<typeof noMentions>) => mentionObjects(list).map((m) => `${m.uri}@${m.span[0]}-${m.span[1]}`);

test('sorted mention lists are in (uri, start, end) order with one mention per start, whatever the input order', () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
      assert.deepEqual(shown(sortedMentionList(listOf(rows))), expected(rows));
      assert.deepEqual(shown(sortedMentionList(listOf([...rows].reverse()))), expected(rows));
    }),
  );
});

test("replacing a document's run gives the list built from scratch with the new spans", () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 60 }), fc.constantFrom('file:///a', 'file:///b', 'file:///e'), fc.array(fc.nat(40), { maxLength: 6 }), (rows, uri, starts) => {
      const list = sortedMentionList(listOf(rows));
      const spans: Span[] = starts.map((s) => [s, s + 2]);
      replaceRun(list, uri, spans);
      const rebuilt = [...rows.filter(([u]) => u !== uri), ...starts.map((s): Row => [uri, s, 2])];
      assert.deepEqual(shown(list), expected(rebuilt));
    }),
  );
});
