// When the server collects its garbage: at once, without --expose-gc on the command line, and once after a quiet time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepHeapTight, quietCollector } from '../../../server/src/lsp/heapPolicy.js';

test('keepHeapTight collects the garbage left behind at once, without --expose-gc on the command line', () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test runs without --expose-gc');
  // about 40 MB held in the old generation, as a load's parsed analyses are, then released
  let held: number[][] | null = Array.from({ length: 2000 }, (_, i) => new Array<number>(2500).fill(i + 0.5));
  const before = process.memoryUsage().heapUsed;
  assert.equal(held.length, 2000);
  held = null;
  keepHeapTight();
  const freed = before - process.memoryUsage().heapUsed;
  assert.ok(freed > 30e6, `expected over 30 MB freed, got ${(freed / 1e6).toFixed(1)} MB`);
  // a second load's call collects again and does not throw
  keepHeapTight();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('quietCollector collects once, after the server has been left alone for the quiet time', async () => {
  let collections = 0;
  const heap = quietCollector(60, () => collections++);
  heap.busy();
  await sleep(100);
  assert.equal(collections, 0, 'nothing was due');
  heap.due();
  for (let i = 0; i < 4; i++) {
    await sleep(30);
    heap.busy();
  }
  assert.equal(collections, 0, 'requests every 30 ms keep putting it off');
  await sleep(120);
  assert.equal(collections, 1, 'collected once the requests stopped');
  heap.busy();
  await sleep(120);
  assert.equal(collections, 1, 'not again until something is due');
  heap.due();
  heap.dispose();
  await sleep(120);
  assert.equal(collections, 1, 'dispose cancels a pending collection');
});
