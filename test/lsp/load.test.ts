// Load: 200 edits a second to an open note for 10 seconds while hovers keep coming. The server stays responsive,
// its memory returns to where it started, and the final index matches the final text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { copyOfSamples, positionOf, startServer, uriOf } from './client.js';
import { readCorpus } from '../../server/src/core/load/walk.js';
import { analyzeDocument } from '../../server/src/core/analyzeDocument.js';
import { buildIndex } from '../../server/src/core/index/corpusIndex.js';
import { exportIndex } from '../../server/src/core/index/exportJson.js';
import { percentile as pct } from '../helpers/percentile.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const EDITS_PER_SECOND = 200;

test(`${EDITS_PER_SECOND} edits a second for ${SECONDS} s with hovers: responsive, memory back to baseline, final index right`, async () => {
  const dir = copyOfSamples();
  const server = await startServer(dir, { nodeFlags: ['--expose-gc'] });
  try {
    await server.indexed;
    const note = path.join(dir, 'notes/weekly-2024-05.md');
    const { uri, text: original } = await server.open(note);
    const hoverAt = positionOf(original, 'Putin chose');
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
    const baseline = (await server.connection.sendRequest('dossier/memory')) as { heapUsed: number };

    let text = original;
    let version = 1;
    const latencies: number[] = [];
    const empty: number[] = [];
    const started = Date.now();
    const typed = ' Lavrov met Wang on Monday. BRI.';
    let k = 0;
    const hovers: Promise<void>[] = [];
    // a fixed number of edits, paced at the target rate: on a busy machine sending may take longer, but the server
    // always gets every edit, and what is asserted is what it does with them
    for (let sent = 0; sent < EDITS_PER_SECOND * SECONDS; sent++) {
      const tick = Date.now();
      // type and delete at the end of the note, so the hover position stays put
      text = k % typed.length === 0 && k > 0 ? original : text + typed[k % typed.length];
      k++;
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
      if (k % 10 === 0) {
        const t = performance.now();
        hovers.push(
          (server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt }) as Promise<{ contents: { value: string } } | null>).then((h) => {
            latencies.push(performance.now() - t);
            if (!h || !/Vladimir Putin/.test(h.contents.value)) empty.push(performance.now() - t);
          }),
        );
      }
      const wait = 1000 / EDITS_PER_SECOND - (Date.now() - tick);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    await Promise.all(hovers);
    const edits = version - 1;
    const seconds = (Date.now() - started) / 1000;
    assert.deepEqual(empty, [], 'a hover came back without the card');

    const live = await server.connection.sendRequest('dossier/export');
    const disk = await readCorpus([dir]);
    const fresh = exportIndex(buildIndex(disk.sources.map((s) => analyzeDocument({ uri: s.uri, text: s.uri === uriOf(note) ? text : s.text }))));
    assert.deepEqual(live, fresh, 'the final index does not match the final text');

    const after = (await server.connection.sendRequest('dossier/memory')) as { heapUsed: number };
    const p50 = pct(latencies, 50);
    const p99 = pct(latencies, 99);
    console.log(`${edits} edits in ${seconds.toFixed(1)} s, ${latencies.length} hovers: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; heap ${(baseline.heapUsed / 1e6).toFixed(1)} MB before, ${(after.heapUsed / 1e6).toFixed(1)} MB after`);
    assert.ok(p99 < 1000, `hover p99 ${p99.toFixed(1)} ms under load`);
    assert.ok(after.heapUsed < baseline.heapUsed * 1.5 + 5e6, `heap grew from ${baseline.heapUsed} to ${after.heapUsed}`);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
