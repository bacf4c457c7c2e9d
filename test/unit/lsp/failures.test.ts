// Issue 19: one document the analyzer fails on, or a relink that throws, must not stop the rest. The failing
// document gets a diagnostic, everything else is indexed and answered, the first load ends and writes its cache,
// and a failed relink answers whoever waits for it and lands once the document that broke it is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { documentOf } from '../../../server/src/core/index/corpusIndex.js';
import { openCache } from '../../../server/src/core/cache/analysisCache.js';
import type { DocAnalysis, SourceText } from '../../../server/src/core/types.js';
import { createLiveIndex, type RelinkSlices } from '../../../server/src/lsp/liveIndex.js';
import { loadWorkspace, type LoadReport } from '../../../server/src/lsp/loadWorkspace.js';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings.js';

const GOOD = 'file:///t/good.md';
const BAD = 'file:///t/bad.md';
const GOOD_TEXT = '# Good\n\nPremier Li Qiang met Chancellor Olaf Scholz in Berlin.';
/** The analyzer throws on any text with this word, as it would on an input that overflows the stack. */
const TRIGGER = 'Unanalysable';

function failingAnalyzer(source: SourceText): DocAnalysis {
  if (source.text.includes(TRIGGER)) throw new RangeError('Maximum call stack size exceeded');
  return analyzeDocument(source);
}

function people(index: { entities: Map<string, { kind: string; name: string }> }): string[] {
  return [...index.entities.values()].filter((e) => e.kind === 'person').map((e) => e.name).sort();
}

/** A promise that fails the test instead of hanging it when `p` never settles. */
function within<T>(p: Promise<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

test('an open document whose analysis fails gets a diagnostic, and later requests still answer', async () => {
  const analysed: DocAnalysis[] = [];
  const live = createLiveIndex((a) => analysed.push(a), 1_000_000, undefined, { analyze: failingAnalyzer });
  try {
    live.set(GOOD, GOOD_TEXT);
    live.update(BAD, `# Bad\n\n${TRIGGER} text. President Emmanuel Macron spoke.`, 1_000_000);
    for (let i = 0; i < 2; i++) {
      const index = live.current();
      assert.deepEqual(people(index), ['Li Qiang', 'Olaf Scholz'], `request ${i + 1}`);
    }
    const failed = documentOf(live.current(), BAD);
    assert.ok(failed, 'the failing document is in the index, without entities');
    assert.match(failed.diagnostics[0]?.message ?? '', /could not analyse this document \(RangeError: Maximum call stack size exceeded\).*other documents are indexed/);
    assert.ok(analysed.some((a) => a.uri === BAD && a.failure), 'the failure is reported to the listener, which shows it');
    assert.deepEqual(people(await within(live.linked())), ['Li Qiang', 'Olaf Scholz']);
  } finally {
    live.dispose();
  }
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-fail-'));
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  return dir;
}

function recorder(): LoadReport & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    begin: (total) => lines.push(`begin ${total}`),
    progress: (done, total) => lines.push(`${done}/${total}`),
    problem: (file, message) => lines.push(`${path.basename(file)}: ${message}`),
    note: (message) => lines.push(message),
    end: () => lines.push('end'),
  };
}

test('the first load goes on past a document whose analysis fails, even the first one, ends, and writes its cache', async () => {
  const dir = folder({
    'a-bad.md': `# Bad\n\n${TRIGGER} text. President Emmanuel Macron spoke.`,
    'b.md': '# B\n\nPremier Li Qiang spoke.',
    'c.md': '# C\n\nChancellor Olaf Scholz spoke.',
  });
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-fail-cache-'));
  const cache = await openCache(cacheDir);
  const live = createLiveIndex(() => {}, 1_000_000, undefined, { analyze: failingAnalyzer });
  const report = recorder();
  try {
    const loaded = await loadWorkspace([dir], DEFAULT_SETTINGS, live, report, { isCancelled: () => false, isOpen: () => false, cache });
    assert.equal(report.lines.at(-1), 'end', 'progress ends');
    const index = await within(live.linked());
    assert.equal(index.documents.size, 3);
    assert.deepEqual(people(index), ['Li Qiang', 'Olaf Scholz']);
    const bad = pathToFileURL(path.join(dir, 'a-bad.md')).href;
    assert.match(documentOf(index, bad)?.diagnostics[0]?.message ?? '', /could not analyse this document/);
    await loaded.persist();
    assert.equal(cache.stats.writes, 2, 'the analyses that worked are cached, the failure is not');
  } finally {
    live.dispose();
  }
});

/** A cache entry whose shape passes the cache's check but whose person has no fields: the link throws on it. */
function damaged(uri: string, text: string): DocAnalysis {
  const a = analyzeDocument({ uri, text });
  return { ...a, persons: [{} as DocAnalysis['persons'][number]] };
}

const SMALLEST: RelinkSlices = { wholeBelowMs: 0, firstMs: 0, sliceMs: 0 };

for (const [name, slices] of [['on the request', undefined], ['in background slices', SMALLEST]] as const) {
  test(`a relink that fails ${name} answers its waiters and the next change relinks`, async () => {
    const problems: string[] = [];
    const live = createLiveIndex(() => {}, 1_000_000, slices, { onProblem: (m) => problems.push(m) });
    try {
      live.set(GOOD, GOOD_TEXT);
      for (let i = 0; i < 300; i++) live.set(`file:///t/filler-${i}.md`, `# Filler ${i}\n\nPremier Li Qiang spoke.`);
      await within(live.linked());
      live.load(BAD, 'Premier Li Qiang spoke.', damaged(BAD, 'Premier Li Qiang spoke.'));
      await assert.rejects(within(Promise.resolve().then(() => live.linked())), /could not link the documents \(TypeError/);
      assert.match(problems.join('\n'), /could not link the documents \(TypeError.*\)/);
      assert.deepEqual(people(live.current()), ['Li Qiang', 'Olaf Scholz'], 'requests answer from the index before the change');
      await assert.rejects(within(Promise.resolve().then(() => live.linked())), /could not link/, 'nothing changed since, so it has not linked');
      live.remove(BAD);
      const index = await within(live.linked());
      assert.equal(index.documents.size, 301);
      assert.equal(documentOf(index, BAD), undefined);
    } finally {
      live.dispose();
    }
  });
}
