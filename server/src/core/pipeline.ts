// The whole pipeline for a set of paths: load → clean → extract (per document) → link → index.
import type { DocAnalysis, SourceText } from './types.js';
import { analyzeDocument } from './analyzeDocument.js';
import { buildIndex, type CorpusIndex } from './index/corpusIndex.js';
import { readCorpus, type ReadOptions, type ReadProblem } from './load/walk.js';
import { cacheKey, type AnalysisCache } from './cache/analysisCache.js';

export interface IndexRun {
  index: CorpusIndex;
  problems: ReadProblem[];
  warnings: ReadProblem[];
  bytes: number;
}

export function analyzeAll(sources: SourceText[], onProgress?: (done: number, total: number) => void): DocAnalysis[] {
  return sources.map((s, i) => {
    const a = analyzeDocument(s);
    onProgress?.(i + 1, sources.length);
    return a;
  });
}

/** Analyses what the cache does not already hold, and stores the new analyses in it. */
export async function analyzeWithCache(sources: SourceText[], cache: AnalysisCache, onProgress?: (done: number, total: number) => void): Promise<DocAnalysis[]> {
  const out: DocAnalysis[] = [];
  for (const s of sources) {
    let a = await cache.get(s.uri, s.text);
    if (!a) {
      a = analyzeDocument(s);
      cache.put(a, cacheKey(s.uri, s.text));
    }
    out.push(a);
    onProgress?.(out.length, sources.length);
  }
  await cache.flush();
  return out;
}

export async function indexPaths(
  paths: string[],
  options: ReadOptions & { onAnalyze?: (done: number, total: number) => void; cache?: AnalysisCache } = {},
): Promise<IndexRun> {
  const read = await readCorpus(paths, options);
  const analyses = options.cache ? await analyzeWithCache(read.sources, options.cache, options.onAnalyze) : analyzeAll(read.sources, options.onAnalyze);
  const bytes = read.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  return { index: buildIndex(analyses), problems: read.problems, warnings: read.warnings, bytes };
}
