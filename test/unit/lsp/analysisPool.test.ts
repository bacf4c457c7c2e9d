// The worker threads of the first load: the same analyses as the main thread, and a fallback when they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AnalysisPool, createAnalysisPool } from '../../../server/src/lsp/analysisPool.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';

const DOCS = [
  ['file:///a.txt', 'Talks\n2024-05-16\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.'],
  ['file:///b.md', '---\ntitle: Note\n---\n# Note\n\nLavrov and the BRI again.'],
  ['file:///c.txt', ''],
] as const;

/** Runs the documents through the pool, checks the analyses against the main thread's, then closes it. */
async function checkPool(pool: AnalysisPool, expect: { size?: number; fallbacks: number }): Promise<void> {
  try {
    if (expect.size !== undefined) assert.equal(pool.size, expect.size);
    const got = await Promise.all(DOCS.map(([uri, text]) => pool.analyze(uri, text)));
    assert.deepEqual(got, DOCS.map(([uri, text]) => analyzeDocument({ uri, text })));
    assert.equal(pool.fallbacks, expect.fallbacks, 'documents analysed on the main thread instead');
  } finally {
    await pool.close();
  }
}

test('worker threads give the same analyses as the main thread', async () => {
  await checkPool(createAnalysisPool(2), { size: 2, fallbacks: 0 });
});

test('when workers cannot start, documents are analysed on the main thread instead', async () => {
  await checkPool(createAnalysisPool(2, '/nonexistent/dossier-worker.js'), { fallbacks: DOCS.length });
});

test('the bundled worker the .vsix ships speaks the same protocol and gives the same analyses', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-worker-'));
  try {
    const script = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../scripts/bundle.mjs')).href;
    const { bundleServer } = (await import(script)) as { bundleServer: (dir: string) => Promise<string> };
    await bundleServer(out);
    await checkPool(createAnalysisPool(1, path.join(out, 'worker.cjs')), { size: 1, fallbacks: 0 });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
