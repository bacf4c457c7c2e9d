// The benchmark: a generated corpus of N articles, the real server over JSON-RPC (a child process), and a plain
// read-and-regex baseline in the same run. Writes bench/results.md and prints the same table.
//   npm run bench -- --size 10k [--requests 1000] [--seed 1] [--corpus-root DIR] [--results FILE]
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ManifestEntry } from './generator.js';
import { articleFiles, benchCorpus, ROOT as root } from './corpusDir.js';
import { startServer, uriOf, type TestServer } from '../test/lsp/client.js';
import { numberOption, stringOption } from './args.js';
import { PROVISIONAL_NOTICE } from '../server/src/features/cards.js';
import { ProgressType } from 'vscode-languageserver-protocol';
import { runPeer } from './peer.js';
import { percentile as pct } from '../test/helpers/percentile.js';

const sizeArg = process.argv[process.argv.indexOf('--size') + 1] ?? '1k';
const size = process.argv.includes('--size') ? Number(sizeArg.replace(/k$/i, '000')) : 1000;
const requests = numberOption('requests', 1000);
const seed = numberOption('seed', 1);
const corpusRoot = stringOption('corpus-root', path.join(root, 'bench/corpus'));
const resultsFile = stringOption('results', path.join(root, 'bench/results.md'));
if (!Number.isFinite(size) || size <= 0) throw new Error('--size needs a count such as 1k, 10k or 100k');

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const dist = (xs: number[]) => `p50 ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}, p99 ${ms(pct(xs, 99))}`;

/** The regex floor: read every file and find capitalized name sequences, in plain Node. */
function baseline(dir: string): number {
  const t = performance.now();
  let found = 0;
  for (const file of articleFiles(dir)) found += fs.readFileSync(file, 'utf8').match(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)?.length ?? 0;
  if (found === 0) throw new Error('the baseline found no names');
  return (performance.now() - t) / 1000;
}

/** The process's peak resident size (VmHWM, in kB) in MiB. */
function peakRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function startAndTime(dir: string, cacheDir: string, probe: ManifestEntry): Promise<{ server: TestServer; indexed: number; firstHover: number }> {
  const t0 = performance.now();
  const server = await startServer(dir, { initializationOptions: { cacheDir } });
  let firstHover = 0;
  const hoverProbe = (async () => {
    for (;;) {
      const h = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, probe.file)) }, position: { line: probe.line, character: probe.character + 1 } });
      if (h) {
        firstHover = (performance.now() - t0) / 1000;
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await server.indexed;
  const indexed = (performance.now() - t0) / 1000;
  await hoverProbe;
  return { server, indexed, firstHover };
}

interface Loc {
  uri: string;
  range: { start: { line: number; character: number } };
}

/**
 * Find-references on the entity with the most mentions, whole and as partial results: the time until the first
 * chunk arrives and until the last.
 */
async function popularReferences(server: TestServer): Promise<{ name: string; mentions: number; whole: number[]; first: number[]; last: number[] }> {
  const entities = (await server.connection.sendRequest('dossier/entities')) as { id: string; name: string; mentions: number }[];
  const top = entities.sort((a, b) => b.mentions - a.mentions)[0];
  const [site] = (await server.connection.sendRequest('dossier/mentions', { entity: top.id })) as Loc[];
  const params = { textDocument: { uri: site.uri }, position: site.range.start, context: { includeDeclaration: true } };
  const out = { name: top.name, mentions: top.mentions, whole: [] as number[], first: [] as number[], last: [] as number[] };
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    await server.connection.sendRequest('textDocument/references', params);
    out.whole.push(performance.now() - t);
    const token = `bench-${i}`;
    let first = 0;
    const listener = server.connection.onProgress(new ProgressType<Loc[]>(), token, () => {
      first ||= performance.now() - t;
    });
    t = performance.now();
    await server.connection.sendRequest('textDocument/references', { ...params, partialResultToken: token });
    out.last.push(performance.now() - t);
    out.first.push(first);
    listener.dispose();
  }
  return out;
}

async function latencies(server: TestServer, dir: string, manifest: ManifestEntry[], method: string, extra: object = {}): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < requests; i++) {
    const m = manifest[(i * 7919) % manifest.length];
    const t = performance.now();
    await server.connection.sendRequest(method, { textDocument: { uri: uriOf(path.join(dir, m.file)) }, position: { line: m.line, character: m.character + 1 }, ...extra });
    out.push(performance.now() - t);
  }
  return out;
}

const { dir, bytes, manifest } = benchCorpus(size, seed, corpusRoot);
const mb = bytes / 1e6;
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-cache-'));
const probe = manifest[0];
const baseSeconds = baseline(dir);

const cold = await startAndTime(dir, cacheDir, probe);
const coldRss = peakRssMiB(cold.server.process.pid!);
await cold.server.stop();

const warm = await startAndTime(dir, cacheDir, probe);
const server = warm.server;
const warmStartRss = peakRssMiB(server.process.pid!);
const hover = await latencies(server, dir, manifest, 'textDocument/hover');
const definition = await latencies(server, dir, manifest, 'textDocument/definition');
const references = await latencies(server, dir, manifest, 'textDocument/references', { context: { includeDeclaration: true } });
const popular = await popularReferences(server);
const note = path.join(dir, 'notes', 'bench-note.md');
const family = manifest[1].text;
const { uri } = await server.open(note, `# Note\n\n${family} again.\n`);
const edits: number[] = [];
for (let i = 0; i < 20; i++) {
  const text = `# Note\n\n${family} again.\nEdit ${i}: ${family} said more.\n`;
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
  const t = performance.now();
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: `Edit ${i}: `.length + 1 } });
  edits.push(performance.now() - t);
}
const beforeRelinksRss = peakRssMiB(server.process.pid!);
// an edit that names someone new: other documents may now resolve to them, so the corpus is relinked, in slices
// between requests; measured: the first answer on the note (a hover on a name the index knows, which answers
// provisionally), the time until the note's hover shows the new person (a provisional card, from the note alone),
// a hover elsewhere meanwhile, and the time until the note shows the linked card
const newcomer = { first: [] as number[], knownAnswered: 0, elsewhere: [] as number[], shown: [] as number[], linked: [] as number[] };
const NEW_NAMES = ['Kettleby', 'Marrowind', 'Ashcombe'];
for (const [i, newName] of NEW_NAMES.entries()) {
  const text = `# Note\n\nForeign Minister Zorvan ${newName} of Norway spoke.\n${family} agreed.\n`;
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 100 + i }, contentChanges: [{ text }] });
  const t = performance.now();
  type Hover = { contents: { value: string } } | null;
  const knownHover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } })) as Hover;
  newcomer.first.push(performance.now() - t);
  if (knownHover) newcomer.knownAnswered++;
  const hoverNote = () => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 20 } }) as Promise<Hover>;
  let h = await hoverNote();
  const waitFor = async (shows: (card: string) => boolean) => {
    for (let polls = 0; !shows(h?.contents.value ?? ''); polls++) {
      if (polls > 6000) throw new Error('the hover never showed the person the edit added');
      await new Promise((r) => setTimeout(r, 10));
      h = await hoverNote();
    }
    return performance.now() - t;
  };
  newcomer.shown.push(await waitFor((card) => card.includes(newName)));
  const other = manifest[(i * 104729) % manifest.length];
  const e = performance.now();
  await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, other.file)) }, position: { line: other.line, character: other.character + 1 } });
  newcomer.elsewhere.push(performance.now() - e);
  newcomer.linked.push(await waitFor((card) => card.includes(newName) && !card.includes(PROVISIONAL_NOTICE)));
}
// the Events view loads one level at a time: the years, then the newest year's months, then the newest month
const lazyEvents: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  const [year] = (await server.connection.sendRequest('dossier/events', { groupBy: 'date', lazy: true })) as { id: string }[];
  const [month] = (await server.connection.sendRequest('dossier/events', { groupBy: 'date', lazy: true, within: year.id })) as { id: string }[];
  await server.connection.sendRequest('dossier/events', { groupBy: 'date', lazy: true, within: month.id });
  lazyEvents.push(performance.now() - t);
}
const warmRss = peakRssMiB(server.process.pid!);
const events: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  await server.connection.sendRequest('dossier/events', { groupBy: 'date' });
  events.push(performance.now() - t);
}
const wholeTreeRss = peakRssMiB(server.process.pid!);
await server.stop();
fs.rmSync(cacheDir, { recursive: true, force: true });
fs.rmSync(note, { force: true });

const peer = await runPeer(dir, Math.min(requests, 200));

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const rows: [string, string][] = [
  ['Corpus', `${size.toLocaleString('en')} generated articles, ${mb.toFixed(1)} MB (seed ${seed})`],
  ['Cold index (until the index is ready)', `${cold.indexed.toFixed(1)} s = ${(mb / cold.indexed).toFixed(2)} MB/s`],
  ['Raw baseline (read + one regex pass, same run)', `${baseSeconds.toFixed(2)} s = ${(mb / baseSeconds).toFixed(1)} MB/s; cold index is ${(cold.indexed / baseSeconds).toFixed(0)}×`],
  ['Peer: vscode-markdown-languageservice link index (first references, in-process)', `${peer.indexSeconds.toFixed(1)} s for ${peer.documents} files = ${(mb / peer.indexSeconds).toFixed(2)} MB/s; Dossier's cold index is ${(cold.indexed / peer.indexSeconds).toFixed(2)}× its time`],
  [`Peer: references afterwards (${peer.references.length})`, dist(peer.references)],
  [
    'Peak RSS of the server: cold / warm, once started / after the requests below up to the full relinks / after everything below but the whole events tree',
    [coldRss, warmStartRss, beforeRelinksRss, warmRss].map((mib) => `${mib.toFixed(0)} MiB`).join(' / '),
  ],
  ['Warm start (cache) until the index is ready', `${warm.indexed.toFixed(1)} s`],
  ['Time to first hover after start (cold / warm)', `${cold.firstHover.toFixed(2)} s / ${warm.firstHover.toFixed(2)} s`],
  [`Hover (${requests} requests at mention positions)`, dist(hover)],
  [`Definition (${requests})`, dist(definition)],
  [`References (${requests})`, dist(references)],
  [
    `References to the most mentioned entity (${popular.mentions.toLocaleString('en')} mentions, 5 requests)`,
    `whole answer p50 ${ms(pct(popular.whole, 50))}; as partial results: first chunk p50 ${ms(pct(popular.first, 50))}, last p50 ${ms(pct(popular.last, 50))}`,
  ],
  ['Edit to a note until hover reflects it (20)', dist(edits)],
  [
    `Edit naming a new official (a full relink, in background slices; 3): first answer on the note, a hover on a known name (answered ${newcomer.knownAnswered} of ${NEW_NAMES.length})`,
    dist(newcomer.first),
  ],
  ['… until the note\'s hover shows the new official (a provisional card, from the note alone)', dist(newcomer.shown)],
  ['… a hover in another document while the relink runs', dist(newcomer.elsewhere)],
  ['… until it shows the linked card (the relink has landed)', dist(newcomer.linked)],
  ['Events view opened: years, newest year, newest month (`dossier/events` lazy, 3 requests; 10 runs)', dist(lazyEvents)],
  ['`dossier/events`, whole tree (10)', `${dist(events)}; peak RSS afterwards ${wholeTreeRss.toFixed(0)} MiB`],
];
const table = [`| Measure | Result |`, `|---|---|`, ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
const header = `## ${size.toLocaleString('en')} articles\n\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Commit: ${commit}.\n`;
console.log(`${header}\n${table}\n`);
const previous = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '# Benchmark results\n\nWritten by `npm run bench`; each size keeps its latest run.\n';
const section = new RegExp(`## ${size.toLocaleString('en')} articles\\n[\\s\\S]*?(?=\\n## |$)`);
const updated = section.test(previous) ? previous.replace(section, `${header}\n${table}\n`) : `${previous.trimEnd()}\n\n${header}\n${table}\n`;
fs.writeFileSync(resultsFile, updated);
