// The CLI's pipeline (read, analyse, link): a document the analyzer fails on is reported with its diagnostic and
// the other documents are indexed, with the cache or without it (issue 19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { openCache } from '../../../server/src/core/cache/analysisCache.js';
import { documentOf } from '../../../server/src/core/index/corpusIndex.js';
import { indexPaths } from '../../../server/src/core/pipeline.js';
import type { DocAnalysis, SourceText } from '../../../server/src/core/types.js';

function failingAnalyzer(source: SourceText): DocAnalysis {
  if (source.text.includes('Unanalysable')) throw new RangeError('Maximum call stack size exceeded');
  return analyzeDocument(source);
}

for (const withCache of [false, true]) {
  test(`one document the analyzer fails on is reported and the rest indexed${withCache ? ', and the failure is not cached' : ''}`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pipeline-'));
    fs.writeFileSync(path.join(dir, 'a-bad.md'), '# Bad\n\nUnanalysable. President Emmanuel Macron spoke.');
    fs.writeFileSync(path.join(dir, 'b.md'), '# B\n\nPremier Li Qiang spoke.');
    const cache = withCache ? await openCache(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pipeline-cache-'))) : undefined;
    const run = await indexPaths([dir], { analyze: failingAnalyzer, cache });
    assert.equal(run.index.documents.size, 2);
    assert.deepEqual([...run.index.entities.values()].filter((e) => e.kind === 'person').map((e) => e.name), ['Li Qiang']);
    const bad = documentOf(run.index, pathToFileURL(path.join(dir, 'a-bad.md')).href);
    assert.match(bad?.diagnostics[0]?.message ?? '', /^Dossier could not analyse this document \(RangeError: Maximum call stack size exceeded\)/);
    if (cache) assert.equal(cache.stats.writes, 1);
  });
}
