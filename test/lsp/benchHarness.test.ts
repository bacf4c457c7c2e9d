// Smoke test of the benchmark harness (bench/run.ts) at N = 200: it generates the corpus, measures the real server
// over JSON-RPC, the baseline and the peer, prints the table and rewrites only its own section of the results file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const HARNESS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/run.js');
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const DIST = `p50 ${NUMBER} ms, p95 ${NUMBER} ms, p99 ${NUMBER} ms`;

/** Every row the table must have, with the shape of its result. */
const ROWS: [label: string, result: string][] = [
  ['Corpus', `200 generated articles, ${NUMBER} MB \\(seed 1\\)`],
  ['Cold index (until the index is ready)', `${NUMBER} s = ${NUMBER} MB/s`],
  ['Raw baseline (read + one regex pass, same run)', `${NUMBER} s = ${NUMBER} MB/s; cold index is ${NUMBER}×`],
  ['Peer: vscode-markdown-languageservice link index (first references, in-process)', `${NUMBER} s for 201 files = ${NUMBER} MB/s; Dossier's cold index is ${NUMBER}× its time`],
  ['Peer: references afterwards (20)', DIST],
  [
    'Peak RSS of the server: cold / warm, once started / after the requests below up to the full relinks / after everything below but the whole events tree',
    `${NUMBER} MiB / ${NUMBER} MiB / ${NUMBER} MiB / ${NUMBER} MiB`,
  ],
  ['Warm start (cache) until the index is ready', `${NUMBER} s`],
  ['Time to first hover after start (cold / warm)', `${NUMBER} s / ${NUMBER} s`],
  ['Hover (20 requests at mention positions)', DIST],
  ['Definition (20)', DIST],
  ['References (20)', DIST],
  ['References to the most mentioned entity', `whole answer p50 ${NUMBER} ms; as partial results: first chunk p50 ${NUMBER} ms, last p50 ${NUMBER} ms`],
  ['Edit to a note until hover reflects it (20)', DIST],
  ['Edit naming a new official', DIST],
  ["… until the note's hover shows the new official (a provisional card, from the note alone)", DIST],
  ['… a hover in another document while the relink runs', DIST],
  ['… until it shows the linked card (the relink has landed)', DIST],
  ['Events view opened', DIST],
  ['`dossier/events`, whole tree (10)', `${DIST}; peak RSS afterwards ${NUMBER} MiB`],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function assertTable(text: string): void {
  for (const [label, result] of ROWS) {
    const row = new RegExp(`^\\| ${escape(label)}[^|]* \\| ${result} \\|$`, 'm');
    assert.match(text, row, `the row "${label}"`);
  }
}

test('the harness at N = 200 measures every row, prints the table and rewrites only its own section', { timeout: 120_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  const results = path.join(dir, 'results.md');
  const other = '## 10,000 articles\n\nAn earlier run, kept as it is.\n';
  fs.writeFileSync(results, `# Benchmark results\n\n${other}`);
  const run = () => promisify(execFile)(process.execPath, [HARNESS, '--size', '200', '--requests', '20', '--corpus-root', dir, '--results', results]);
  try {
    const first = await run();
    assertTable(first.stdout);
    await run();
    const written = fs.readFileSync(results, 'utf8');
    assertTable(written);
    assert.equal(written.split('## 200 articles').length - 1, 1, 'a second run replaces its section');
    assert.ok(written.includes(other), 'the other size keeps its section');
    assert.equal(fs.existsSync(path.join(dir, '200-seed1', 'notes', 'bench-note.md')), false, 'the note it edits is removed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
