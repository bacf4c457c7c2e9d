// The index's own helpers: the recent-values memo and the order of mention tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildIndex, memoized, memoizedRecent, sortTable } from '../../../../server/src/core/index/corpusIndex.js';

test('memoizedRecent keeps only the most recently used values under a prefix, and leaves other keys alone', () => {
  const index = buildIndex([]);
  let computed = 0;
  const get = (id: string) => memoizedRecent(index, 'locations', id, 2, () => (computed++, [id]));
  memoized(index, 'global', () => 'kept');
  get('a');
  get('b');
  assert.deepEqual(get('a'), ['a']);
  assert.equal(computed, 2, 'a hit is not recomputed');
  get('c');
  assert.deepEqual([...index.memo.keys()].sort(), ['global', 'locations:a', 'locations:c'], 'b was the least recently used');
  get('b');
  assert.equal(computed, 4, 'an evicted value is computed again');
});

test('sortTable orders rows by start, then end, then id (fast-check)', () => {
  const row = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 4 }), id: fc.constantFrom('person:a', 'person:b', 'initiative:c') });
  fc.assert(
    fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
      const table = { starts: Int32Array.from(rows, (r) => r.start), ends: Int32Array.from(rows, (r) => r.start + r.length), ids: rows.map((r) => r.id) };
      const expected = rows
        .map((r) => [r.start, r.start + r.length, r.id] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
      const sorted = sortTable(table);
      assert.deepEqual(
        Array.from(sorted.ids, (id, i) => [sorted.starts[i], sorted.ends[i], id]),
        expected.map((r) => [...r]),
      );
    }),
  );
});
