// The evidence for the cache's store: the same analyses written to and read back from Dossier's sharded plain
// files and from one SQLite database (node:sqlite, built into Node 22.5+, so run this with a recent Node).
// Reading includes what a warm start does with an entry: hash the text, parse the JSON, check it, rebuild line
// starts. The check (validEntry.ts) is also timed alone, against analysing the same documents.
//   npm run build && <node 22.5+> out/bench/store.js [--docs 10000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { numberOption } from './args.js';
import { articleFiles, benchCorpus } from './corpusDir.js';
import { analyzeDocument } from '../server/src/core/analyzeDocument.js';
import { cacheKey, entryBody, openCache } from '../server/src/core/cache/analysisCache.js';
import { isStoredAnalysis } from '../server/src/core/cache/validEntry.js';
import { computeLineStarts } from '../server/src/core/text/positions.js';
import type { DocAnalysis } from '../server/src/core/types.js';

interface Statement {
  run(...values: unknown[]): unknown;
  get(...values: unknown[]): { body: string } | undefined;
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

const docs = numberOption('docs', 10_000);
const files = articleFiles(benchCorpus(docs, 1).dir);
const sources = files.map((f) => ({ uri: `file://${f}`, text: fs.readFileSync(f, 'utf8') }));
console.log(`analysing ${sources.length} documents once…`);
const seconds = (since: number) => (performance.now() - since) / 1000;
let t = performance.now();
const analyses: DocAnalysis[] = sources.map((s) => analyzeDocument(s));
const analyseTime = seconds(t);
const keys = sources.map((s) => cacheKey(s.uri, s.text));
const parsed = analyses.map((a, i) => JSON.parse(entryBody(a, keys[i])) as { analysis: unknown });
t = performance.now();
for (let i = 0; i < parsed.length; i++) if (!isStoredAnalysis(parsed[i].analysis, sources[i].text.length)) throw new Error('a fresh analysis failed the check');
const checkTime = seconds(t);

const sizeOf = (p: string): number => {
  const st = fs.statSync(p);
  return st.isDirectory() ? fs.readdirSync(p).reduce((n, e) => n + sizeOf(path.join(p, e)), 0) : st.size;
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-store-'));

// plain files, as the server uses them
t = performance.now();
const cache = await openCache(path.join(tmp, 'files'));
analyses.forEach((a, i) => cache.put(a, keys[i]));
await cache.flush();
const filesWrite = seconds(t);
t = performance.now();
for (const s of sources) if (!(await cache.get(s.uri, s.text))) throw new Error('a plain-file entry was not read back');
const filesRead = seconds(t);
const filesBytes = sizeOf(path.join(tmp, 'files'));

// one SQLite table, one transaction for the writes
const sqlite = (await import('node:sqlite' as string).catch(() => null)) as { DatabaseSync: new (file: string) => Database } | null;
let row = 'node:sqlite is not available in this Node';
if (sqlite) {
  const file = path.join(tmp, 'cache.sqlite');
  t = performance.now();
  const db = new sqlite.DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE entries (key TEXT PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT OR REPLACE INTO entries (key, body) VALUES (?, ?)');
  db.exec('BEGIN');
  analyses.forEach((a, i) => insert.run(keys[i], entryBody(a, keys[i])));
  db.exec('COMMIT');
  const sqliteWrite = seconds(t);
  const select = db.prepare('SELECT body FROM entries WHERE key = ?');
  t = performance.now();
  for (const s of sources) {
    const body = select.get(cacheKey(s.uri, s.text))?.body;
    if (!body) throw new Error('a SQLite entry was not read back');
    const entry = JSON.parse(body) as { analysis: object };
    if (!isStoredAnalysis(entry.analysis, s.text.length)) throw new Error('a SQLite entry failed the check');
    void { ...entry.analysis, uri: s.uri, lineStarts: computeLineStarts(s.text) };
  }
  const sqliteRead = seconds(t);
  db.close();
  row = `SQLite (node:sqlite): write ${sqliteWrite.toFixed(2)} s, read ${sqliteRead.toFixed(2)} s, ${(sizeOf(file) / 1e6).toFixed(1)} MB`;
}
console.log(`Node ${process.version}, ${sources.length} documents`);
console.log(`plain files (sharded): write ${filesWrite.toFixed(2)} s, read ${filesRead.toFixed(2)} s, ${(filesBytes / 1e6).toFixed(1)} MB`);
console.log(row);
console.log(`checking entries: ${(checkTime * 1e6 / sources.length).toFixed(1)} µs each, analysing: ${(analyseTime * 1e6 / sources.length).toFixed(0)} µs each (${((checkTime / analyseTime) * 100).toFixed(2)}%)`);
fs.rmSync(tmp, { recursive: true, force: true });
