// Near V8's heap limit the server warns once, in words the user can act on, instead of dying without a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heapWarning, watchHeap } from '../../../server/src/lsp/heapWatch.js';

const MB = 1048576;

test('a heap well under its limit gives no warning; one near it says how much of the limit is used and what to do', () => {
  assert.equal(heapWarning({ used_heap_size: 1000 * MB, heap_size_limit: 2048 * MB }), null);
  assert.equal(
    heapWarning({ used_heap_size: 1900 * MB, heap_size_limit: 2048 * MB }),
    'Dossier is using 1,900 MB of its 2,048 MB memory limit and may stop. Leave very large files out (dossier.corpus.exclude) or lower dossier.maxFileSizeKB.',
  );
});

test('the watch warns once, however long the heap stays near its limit', async (t) => {
  t.mock.timers.enable({ apis: ['setInterval'] });
  const warnings: string[] = [];
  let used = 100 * MB;
  const stop = watchHeap((m) => warnings.push(m), () => ({ used_heap_size: used, heap_size_limit: 1000 * MB }));
  t.mock.timers.tick(5000);
  assert.deepEqual(warnings, []);
  used = 950 * MB;
  t.mock.timers.tick(5000);
  t.mock.timers.tick(5000);
  t.mock.timers.tick(5000);
  assert.equal(warnings.length, 1);
  stop();
});
