// Latency of the real server over LSP on a large corpus: samples/ repeated to N articles in a temporary folder.
// Measures time until the index is ready, hover/definition/references at random mention positions (p50, p95,
// p99), and the time from an edit to a note until hover reflects it.
//   node out/bench/lspLatency.js [--docs 10000] [--requests 300]
import fs from 'node:fs';
import { numberOption } from './args.js';
import os from 'node:os';
import path from 'node:path';
import { SAMPLES, positionOf, startServer, uriOf } from '../test/lsp/client.js';
import { percentile as pct } from '../test/helpers/percentile.js';

const docs = numberOption('docs', 10_000);
const requests = numberOption('requests', 300);

function corpusOf(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  const files = fs.readdirSync(path.join(SAMPLES, 'corpus')).map((f) => [f, fs.readFileSync(path.join(SAMPLES, 'corpus', f), 'utf8')] as const);
  for (let i = 0; i < n; i++) {
    const [name, text] = files[i % files.length];
    const sub = path.join(dir, 'corpus', String(Math.floor(i / 1000)));
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${i}-${name}`), text);
  }
  fs.cpSync(path.join(SAMPLES, 'notes'), path.join(dir, 'notes'), { recursive: true });
  return dir;
}

const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(2)} ms, p95 ${pct(xs, 95).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms`;

const dir = corpusOf(docs);
const t0 = performance.now();
const server = await startServer(dir);
await server.indexed;
await server.connection.sendRequest('dossier/status');
const ready = (performance.now() - t0) / 1000;
const note = path.join(dir, 'notes/china-russia-watch.md');
const { uri, text } = await server.open(note);
const targets = ['Lavrov keeps', 'Xi and Putin', 'BRI', 'SCO', 'Li Qiang', 'EAEU'].map((n) => positionOf(text, n));
const timed = async (method: string, extra: object = {}) => {
  const out: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t = performance.now();
    await server.connection.sendRequest(method, { textDocument: { uri }, position: targets[i % targets.length], ...extra });
    out.push(performance.now() - t);
  }
  return out;
};
const hover = await timed('textDocument/hover');
const def = await timed('textDocument/definition');
const refs = await timed('textDocument/references', { context: { includeDeclaration: true } });
const edits: number[] = [];
for (let i = 0; i < 20; i++) {
  const edited = `${text}\nAdded line ${i}: Premier Li Qiang spoke.`;
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited }] });
  const t = performance.now();
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(edited, `Added line ${i}: Premier Li Qiang`, 0, `Added line ${i}: Premier `.length + 1) });
  edits.push(performance.now() - t);
}
console.log(`corpus: ${docs} articles + notes; index ready in ${ready.toFixed(1)} s`);
console.log(`hover:       ${fmt(hover)}`);
console.log(`definition:  ${fmt(def)}`);
console.log(`references:  ${fmt(refs)}`);
console.log(`edit → hover: ${fmt(edits)}`);
await server.stop();
fs.rmSync(dir, { recursive: true, force: true });
void uriOf;
