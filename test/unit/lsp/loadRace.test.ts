// Issue 19, the first-load race: a file changed or deleted after the loader read it, with the change reported while
// its analysis was still on the way (in a worker, or in the cache's read), must keep the change. The stand-ins for
// the pool and the cache do what the server does when the editor reports the change at that moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { documentOf } from '../../../server/src/core/index/corpusIndex.js';
import type { AnalysisCache } from '../../../server/src/core/cache/analysisCache.js';
import type { DocAnalysis } from '../../../server/src/core/types.js';
import { createLiveIndex, type LiveIndex } from '../../../server/src/lsp/liveIndex.js';
import { loadWorkspace } from '../../../server/src/lsp/loadWorkspace.js';
import type { AnalysisPool } from '../../../server/src/lsp/analysisPool.js';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings.js';

const NEW_TEXT = '# Changed\n\nChancellor Olaf Scholz spoke.';

/** A workspace of `n` notes, with the one that changes and the one that is deleted in the middle. */
function workspace(n: number): { dir: string; changed: string; deleted: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-race-'));
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `note-${String(i).padStart(4, '0')}.md`), `# Note ${i}\n\nPremier Li Qiang spoke.`);
  const at = (i: number) => path.join(dir, `note-${String(i).padStart(4, '0')}.md`);
  return { dir, changed: at(Math.floor(n / 3)), deleted: at(Math.floor(n / 2)) };
}

/** What the server does on a watched-file change: read the file again, or drop it when it is gone. */
function changeOnDisk(live: LiveIndex, file: string, deleteIt: boolean): void {
  const uri = pathToFileURL(file).href;
  if (deleteIt) {
    fs.rmSync(file);
    live.remove(uri);
  } else {
    fs.writeFileSync(file, NEW_TEXT);
    live.set(uri, NEW_TEXT);
  }
}

const quiet = { begin() {}, progress() {}, problem() {}, note() {}, end() {} };

async function checkChangesKept(live: LiveIndex, changed: string, deleted: string): Promise<void> {
  const index = await live.linked();
  assert.equal(documentOf(index, pathToFileURL(changed).href)?.length, NEW_TEXT.length, 'the changed file keeps its new text');
  assert.equal(live.analysis(pathToFileURL(changed).href)?.length, NEW_TEXT.length);
  assert.equal(live.has(pathToFileURL(deleted).href), false, 'the deleted file is not in the index');
  assert.equal(documentOf(index, pathToFileURL(deleted).href), undefined);
}

test("a worker's result for a file changed or deleted since it was read is dropped", async () => {
  // the pool starts at 2,000 files
  const { dir, changed, deleted } = workspace(2000);
  const live = createLiveIndex(() => {}, 1_000_000);
  const pool: AnalysisPool = {
    size: 2,
    fallbacks: 0,
    analyze(uri, text) {
      // the change is reported while the worker still has the old text
      if (uri === pathToFileURL(changed).href) changeOnDisk(live, changed, false);
      if (uri === pathToFileURL(deleted).href) changeOnDisk(live, deleted, true);
      return new Promise<DocAnalysis>((resolve) => setImmediate(() => resolve(analyzeDocument({ uri, text }))));
    },
    close: async () => {},
  };
  try {
    await loadWorkspace([dir], DEFAULT_SETTINGS, live, quiet, { isCancelled: () => false, isOpen: () => false, pool: () => pool });
    await checkChangesKept(live, changed, deleted);
  } finally {
    live.dispose();
  }
});

test("a cached analysis for a file changed or deleted while the cache was read is dropped", async () => {
  const { dir, changed, deleted } = workspace(20);
  const live = createLiveIndex(() => {}, 1_000_000);
  const cache: AnalysisCache = {
    async get(uri, text) {
      if (uri === pathToFileURL(changed).href) changeOnDisk(live, changed, false);
      if (uri === pathToFileURL(deleted).href) changeOnDisk(live, deleted, true);
      return analyzeDocument({ uri, text });
    },
    put() {},
    flush: async () => {},
    stats: { hits: 0, misses: 0, discarded: 0, writes: 0 },
  };
  try {
    await loadWorkspace([dir], DEFAULT_SETTINGS, live, quiet, { isCancelled: () => false, isOpen: () => false, cache });
    await checkChangesKept(live, changed, deleted);
  } finally {
    live.dispose();
  }
});
