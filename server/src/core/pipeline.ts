// The whole pipeline for a set of paths: load → clean → extract (per document) → link → index.
import type { DocAnalysis, SourceText } from './types.js';
import { analyzeDocument, analyzeOrReport, type Analyzer } from './analyzeDocument.js';
import { buildIndex, type CorpusIndex } from './index/corpusIndex.js';
import { readCorpus, type ReadOptions, type ReadProblem } from './load/walk.js';
import { cacheKey, type AnalysisCache } from './cache/analysisCache.js';

export interface IndexRun {
  index: CorpusIndex;
  problems: ReadProblem[];
  warnings: ReadProblem[];
  bytes: number;
}

export function analyzeAll(sources: SourceText[], onProgress?: (done: number, total: number) => void, analyze: Analyzer = analyzeDocument): DocAnalysis[] {
  return sources.map((s, i) => {
    const a = analyzeOrReport(s, analyze);
    onProgress?.(i + 1, sources.length);
    return a;
  });
}

/** Analyses what the cache does not already hold, and stores the new analyses in it. */
export async function analyzeWithCache(
  sources: SourceText[],
  cache: AnalysisCache,
  onProgress?: (done: number, total: number) => void,
  analyze: Analyzer = analyzeDocument,
): Promise<DocAnalysis[]> {
  const out: DocAnalysis[] = [];
  for (const s of sources) {
    let a = await cache.get(s.uri, s.text);
    if (!a) {
      a = analyzeOrReport(s, analyze);
      // a failure is not kept: the next run, or the next analyzer, may well succeed
      if (!a.failure) cache.put(a, cacheKey(s.uri, s.text));
    }
    out.push(a);
    onProgress?.(out.length, sources.length);
  }
  await cache.flush();
  return out;
}

export async function indexPaths(
  paths: string[],
  options: ReadOptions & { onAnalyze?: (done: number, total: number) => void; cache?: AnalysisCache; analyze?: Analyzer } = {},
): Promise<IndexRun> {
  const read = await readCorpus(paths, options);
  const analyses = options.cache
    ? await analyzeWithCache(read.sources, options.cache, options.onAnalyze, options.analyze)
    : analyzeAll(read.sources, options.onAnalyze, options.analyze);
  const bytes = read.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  return { index: buildIndex(analyses), problems: read.problems, warnings: read.warnings, bytes };
}
