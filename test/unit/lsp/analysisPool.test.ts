import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysisPool } from '../../../server/src/lsp/analysisPool.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';

const DOCS = [
  ['file:///a.txt', 'Talks\n2024-05-16\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.'],
  ['file:///b.md', '---\ntitle: Note\n---\n# Note\n\nLavrov and the BRI again.'],
  ['file:///c.txt', ''],
] as const;

test('worker threads give the same analyses as the main thread', async () => {
  const pool = createAnalysisPool(2);
  try {
    assert.equal(pool.size, 2);
    const got = await Promise.all(DOCS.map(([uri, text]) => pool.analyze(uri, text)));
    assert.deepEqual(got, DOCS.map(([uri, text]) => analyzeDocument({ uri, text })));
  } finally {
    await pool.close();
  }
});

test('when workers cannot start, documents are analysed on the main thread instead', async () => {
  const pool = createAnalysisPool(2, '/nonexistent/dossier-worker.js');
  try {
    const got = await Promise.all(DOCS.map(([uri, text]) => pool.analyze(uri, text)));
    assert.deepEqual(got, DOCS.map(([uri, text]) => analyzeDocument({ uri, text })));
  } finally {
    await pool.close();
  }
});
