// The per-document half of the pipeline: clean and extract one text, with no knowledge of any other document.
// Its result is plain data, so it can be cached by content hash and computed in a worker.
import type { DocAnalysis, SourceText, Span } from './types.js';
import { readFrontMatter } from './load/frontMatter.js';
import { applyMask, maskNoise } from './clean/noise.js';
import { isMarkdownUri, markdownNoise } from './clean/markdown.js';
import { computeLineStarts } from './text/positions.js';
import { overlapsAny, spanSet } from './text/spanSet.js';
import { documentInfo } from './extract/documentInfo.js';
import { buildContext } from './extract/context.js';
import { extractPeople } from './extract/people.js';
import { extractNames } from './extract/names.js';
import { extractCandidates } from './extract/candidates.js';
import { extractEvents } from './extract/events.js';
import { pushAll } from './pushAll.js';

export interface CleanedText {
  /** Front matter and Markdown syntax masked: what dates and datelines are read from. */
  body: string;
  /** Page furniture masked too: what names and events are read from. */
  content: string;
}

/**
 * How a uri's text is read: Markdown has its code, link targets and HTML masked, plain text not. It is all the analysis
 * takes from the uri, so the cache keys analyses by it (cache/analysisCache.ts).
 */
export function readingOf(uri: string): 'markdown' | 'plain' {
  return isMarkdownUri(uri) ? 'markdown' : 'plain';
}

/** Cleans a text: front matter, Markdown syntax and page furniture become spaces, offsets unchanged. */
export function cleanText(uri: string, text: string, frontMatterSpan: Span | null): CleanedText {
  const structural: Span[] = [];
  if (frontMatterSpan) structural.push(frontMatterSpan);
  const markdown = readingOf(uri) === 'markdown';
  if (markdown) pushAll(structural, markdownNoise(text));
  const body = applyMask(text, structural);
  return { body, content: maskNoise(body).content };
}

/** Analyses one document: `analyzeDocument`, or in tests one that fails on the documents they choose. */
export type Analyzer = (source: SourceText) => DocAnalysis;

export function analyzeDocument(source: SourceText): DocAnalysis {
  const { uri, text } = source;
  const fm = readFrontMatter(text);
  const { body, content } = cleanText(uri, text, fm.frontMatter?.span ?? null);
  const info = documentInfo(body, content, fm.frontMatter);
  const ctx = buildContext(content, readingOf(uri) === 'markdown');
  const people = extractPeople(ctx, info.dateline?.place ?? null);
  const byPeople = spanSet(people.claimed);
  const names = extractNames(ctx, (span) => overlapsAny(byPeople, span));
  // a dateline's place is a place even when the vocabulary does not list it
  const notCandidates = [...people.claimed, ...names.claimed, ...(info.dateline ? [info.dateline.placeSpan] : [])];
  const candidates = [...people.unresolved, ...extractCandidates(ctx, notCandidates)];
  candidates.sort((a, b) => a.start - b.start);
  const events = extractEvents(ctx, people.persons, names.names, candidates, info.anchorDate, info.dateline?.place ?? null);
  return {
    uri,
    title: info.title,
    published: info.published,
    anchorDate: info.anchorDate,
    frontMatter: fm.frontMatter,
    lineStarts: computeLineStarts(text),
    length: text.length,
    persons: people.persons,
    names: names.names,
    candidates,
    events,
    diagnostics: fm.diagnostics,
  };
}

/**
 * The analysis, or when the analyzer throws, an empty one of the same text with an error diagnostic that says so:
 * one document the analyzer fails on must not stop the others from being indexed and answered.
 */
export function analyzeOrReport(source: SourceText, analyze: Analyzer = analyzeDocument): DocAnalysis {
  try {
    return analyze(source);
  } catch (err) {
    return failedAnalysis(source, err);
  }
}

function failedAnalysis(source: SourceText, err: unknown): DocAnalysis {
  const { uri, text } = source;
  const failure = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
  const firstLine = text.search(/\r|\n/);
  return {
    uri,
    title: null,
    published: null,
    anchorDate: null,
    frontMatter: null,
    lineStarts: computeLineStarts(text),
    length: text.length,
    persons: [],
    names: [],
    candidates: [],
    events: [],
    diagnostics: [
      {
        span: [0, firstLine < 0 ? text.length : firstLine],
        severity: 'error',
        message: `Dossier could not analyse this document (${failure}), so it shows no people, names or events from it; the other documents are indexed.`,
      },
    ],
    failure,
  };
}
