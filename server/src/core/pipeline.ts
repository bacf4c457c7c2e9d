// The whole pipeline for a set of paths: load → clean → extract (per document) → link → index.
import type { DocAnalysis, SourceText } from './types.js';
import { analyzeDocument } from './analyzeDocument.js';
import { buildIndex, type CorpusIndex } from './index/corpusIndex.js';
import { readCorpus, type ReadOptions, type ReadProblem } from './load/walk.js';

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

export async function indexPaths(paths: string[], options: ReadOptions & { onAnalyze?: (done: number, total: number) => void } = {}): Promise<IndexRun> {
  const read = await readCorpus(paths, options);
  const analyses = analyzeAll(read.sources, options.onAnalyze);
  const bytes = read.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  return { index: buildIndex(analyses), problems: read.problems, warnings: read.warnings, bytes };
}
