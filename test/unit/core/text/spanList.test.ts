// Span lists: packed spans give back what they were made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../../../../server/src/core/types.js';
import { spanCount, spanListOf, spansOf } from '../../../../server/src/core/text/spanList.js';
import { analyze } from '../../../helpers/corpus.js';

test('a span list gives back the spans it was made from, in order', () => {
  const span = fc.tuple(fc.nat(1_000_000), fc.nat(1_000)).map(([s, n]): Span => [s, s + n]);
  fc.assert(
    fc.property(fc.array(span, { maxLength: 50 }), (spans) => {
      const list = spanListOf(spans);
      assert.equal(spanCount(list), spans.length);
      assert.deepEqual(spansOf(list), spans);
    }),
  );
});

test("an analysis keeps a person's and a name's mentions as flat lists of offsets, sorted by start", () => {
  const text = '# Talks\n\nForeign Minister Wang Yi met officials of the Shanghai Cooperation Organization (SCO). Wang said the SCO would meet again.\n';
  const a = analyze(text, 'flat.md');
  const wang = a.persons.find((p) => p.name === 'Wang Yi')!;
  const sco = a.names.find((n) => n.acronym === 'SCO')!;
  for (const list of [wang.mentions, sco.mentions]) {
    assert.ok(list.every((x) => typeof x === 'number'));
    const starts = spansOf(list).map((s) => s[0]);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  }
  assert.deepEqual(spansOf(wang.mentions).map(([s, e]) => text.slice(s, e)), ['Wang Yi', 'Wang']);
  assert.deepEqual(spansOf(sco.mentions).map(([s, e]) => text.slice(s, e)), ['Shanghai Cooperation Organization', 'SCO', 'SCO']);
});
