// The pausing helpers of the link stage: a sort cut into steps sorts like Array.prototype.sort, and draining steps
// gives their result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { drain, runFor, sortSteps } from '../../../../server/src/core/link/steps.js';

const byNumber = (a: number, b: number) => a - b;

test('sortSteps sorts like Array.prototype.sort, across run boundaries', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 20_000 }), (items) => {
      assert.deepEqual(drain(sortSteps(items, byNumber)), [...items].sort(byNumber));
    }),
    { numRuns: 60 },
  );
});

test('sortSteps pauses while sorting many items and leaves its input alone', () => {
  const items = Array.from({ length: 30_000 }, (_, i) => (i * 7919) % 30_011);
  const before = [...items];
  const steps = sortSteps(items, byNumber);
  let pauses = 0;
  for (let r = runFor(steps, 0); !r.done; r = runFor(steps, 0)) pauses++;
  assert.ok(pauses > 10, `${pauses} pauses`);
  assert.deepEqual(items, before);
});
