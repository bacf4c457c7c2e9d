// Smoke test of the benchmark corpus generator at N = 200: deterministic, realistic in size and mix, and its
// manifest points at real mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../bench/generator.js';
import { indexPaths } from '../../../server/src/core/pipeline.js';
import { mentionsIn } from '../../../server/src/core/index/corpusIndex.js';
import { pathToFileURL } from 'node:url';

test('the generator writes the same corpus for the same seed, about 3 KB an article, a third raw pages', async () => {
  const a = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-gen-'));
  const b = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-gen-'));
  const first = generateCorpus(a, 200, 7);
  const second = generateCorpus(b, 200, 7);
  assert.equal(first.bytes, second.bytes);
  assert.deepEqual(first.manifest, second.manifest);
  assert.equal(fs.readFileSync(path.join(a, '000/000124.md'), 'utf8'), fs.readFileSync(path.join(b, '000/000124.md'), 'utf8'));
  const avg = first.bytes / first.files;
  assert.ok(avg > 2000 && avg < 4500, `average ${avg.toFixed(0)} bytes`);
  const names = fs.readdirSync(path.join(a, '000'));
  assert.equal(names.filter((n) => n.endsWith('.txt')).length, 67);

  const run = await indexPaths([a]);
  assert.equal(run.index.documents.size, 200);
  const onMention = first.manifest.filter((m) => {
    const uri = pathToFileURL(path.join(a, m.file)).href;
    const doc = run.index.documents.get(uri)!;
    const offset = doc.lineStarts[m.line] + m.character;
    return mentionsIn(run.index, uri).some((x) => x.span[0] <= offset && offset < x.span[1]);
  });
  assert.ok(onMention.length / first.manifest.length > 0.95, `${onMention.length} of ${first.manifest.length} manifest positions are mentions`);
  assert.ok(run.index.events.length >= 150);
});
