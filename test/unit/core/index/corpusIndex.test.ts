import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, memoized, memoizedRecent } from '../../../../server/src/core/index/corpusIndex.js';

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
