// Reads every corpus file of the workspace folders into the live index, a batch at a time so the server keeps
// answering requests in between, and reports progress as files done out of total.
import { readOne } from '../core/load/walk.js';
import { fileUri, shownPath, type FilePath } from '../core/load/filePath.js';
import { listCorpusFiles } from './corpusFiles.js';
import type { LiveIndex } from './liveIndex.js';
import type { Settings } from './settings.js';
import { cacheKey, type AnalysisCache } from '../core/cache/analysisCache.js';
import type { DocAnalysis } from '../core/types.js';
import type { AnalysisPool } from './analysisPool.js';
import { pushAll } from '../core/pushAll.js';

export interface LoadReport {
  begin(total: number): void;
  progress(done: number, total: number): void;
  problem(path: string, message: string): void;
  note(message: string): void;
  end(): void;
}

const BATCH = 25;
/**
 * Below this many files, starting workers (each loads the language model) and copying analyses between threads
 * costs more than it saves: measured slower at 1,000 generated articles, twice as fast at 10,000.
 */
const POOL_THRESHOLD = 2000;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LoadOptions {
  isCancelled: () => boolean;
  /** Analyses kept from an earlier start; new ones are added to it. */
  cache?: AnalysisCache | null;
  /** Starts worker threads for a workspace large enough to pay for them. */
  pool?: () => AnalysisPool;
  /** An open editor's text is newer than the disk, so an open document is not read. */
  isOpen: (uri: string) => boolean;
}

export interface Loaded {
  uris: string[];
  /** Writes the new analyses to the cache; run it once the index is ready, so the first answers come sooner. */
  persist(): Promise<void>;
}

export async function loadWorkspace(folders: string[], settings: Settings, live: LiveIndex, report: LoadReport, options: LoadOptions): Promise<Loaded> {
  const files: FilePath[] = [];
  for (const folder of folders) {
    const listing = await listCorpusFiles(folder, settings);
    pushAll(files, listing.files);
    for (const p of listing.problems) report.problem(p.path, p.message);
  }
  report.begin(files.length);
  const uris: string[] = [];
  const maxBytes = settings.maxFileSizeKB * 1024;
  const toStore: { analysis: DocAnalysis; key: string }[] = [];
  const pool = options.pool && files.length >= POOL_THRESHOLD ? options.pool() : null;
  if (pool) report.note(`Dossier is analysing ${files.length} files with ${pool.size} worker threads.`);
  const inFlight = new Set<Promise<void>>();
  const accept = (uri: string, text: string, readAt: number, analysis: DocAnalysis | undefined, fromCache: boolean) => {
    // the editor's text is newer than the disk: a document opened meanwhile keeps it
    if (options.isOpen(uri)) return;
    // and a change reported since the file was read is newer than this text: the live index drops it
    const a = live.load(uri, text, analysis, readAt);
    // a failed analysis is not kept: the next start, or the next analyzer, may well succeed
    if (a && !a.failure && !fromCache && options.cache) toStore.push({ analysis: a, key: cacheKey(uri, text) });
  };
  for (let i = 0; i < files.length; i++) {
    if (options.isCancelled()) break;
    const uri = fileUri(files[i]);
    uris.push(uri);
    const readAt = live.mark();
    const r = readOne(files[i], maxBytes);
    if (r.problem) report.problem(shownPath(files[i]), r.problem);
    if (r.warning) report.problem(shownPath(files[i]), r.warning);
    if (r.source && !options.isOpen(uri)) {
      const text = r.source.text;
      const cached = (await options.cache?.get(uri, text)) ?? undefined;
      if (cached || !pool) accept(uri, text, readAt, cached, !!cached);
      else {
        const job: Promise<void> = pool.analyze(uri, text).then((a) => {
          inFlight.delete(job);
          accept(uri, text, readAt, a, false);
        });
        inFlight.add(job);
        if (inFlight.size >= pool.size * 4) await Promise.race(inFlight);
      }
    }
    if ((i + 1) % BATCH === 0 || i === files.length - 1) {
      report.progress(i + 1, files.length);
      await yieldToRequests();
    }
  }
  await Promise.all(inFlight);
  if (pool && pool.fallbacks > 0) report.note(`Dossier analysed ${pool.fallbacks} of the files on the main thread, because a worker thread failed or could not start.`);
  await pool?.close();
  report.end();
  return {
    uris,
    async persist() {
      for (const { analysis, key } of toStore.splice(0)) options.cache?.put(analysis, key);
      await options.cache?.flush();
    },
  };
}
