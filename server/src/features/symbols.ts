// Symbols: workspace symbols are a fuzzy search over entity names and aliases; document symbols are the people,
// initiatives, organizations and events of one file, in a note under the note's own headings.
import { type CorpusIndex, documentOf, entityById, mentionsIn } from '../core/index/corpusIndex.js';
import type { EntityKind, Location, Position, Range } from '../core/types.js';
import { asciiFold } from '../core/text/fold.js';
import { computeLineStarts, offsetAt, rangeOf } from '../core/text/positions.js';
import { toLocation } from './entityAt.js';
import { firstListed } from '../core/link/mentionList.js';
import { noteHeadings } from './noteHeadings.js';
import { isMarkdownUri } from '../core/clean/markdown.js';

export type SymbolKind = EntityKind | 'event' | 'heading';

export interface WorkspaceSymbolResult {
  name: string;
  kind: SymbolKind;
  detail: string;
  location: Location;
}

export interface DocumentSymbolResult {
  name: string;
  kind: SymbolKind;
  detail: string;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbolResult[];
}

const MAX_RESULTS = 200;

/** A subsequence match scored by how compact and early it is; null when the query does not match. */
export function fuzzyScore(query: string, candidate: string): number | null {
  const q = asciiFold(query).toLowerCase().replace(/\s+/g, '');
  const c = asciiFold(candidate).toLowerCase();
  if (q === '') return 0;
  let score = 0;
  let at = -1;
  for (const ch of q) {
    const next = c.indexOf(ch, at + 1);
    if (next < 0) return null;
    score += next === at + 1 ? 0 : next - at;
    if (next === 0 || c[next - 1] === ' ') score -= 2;
    at = next;
  }
  return score;
}

export function workspaceSymbols(index: CorpusIndex, query: string): WorkspaceSymbolResult[] {
  const scored: { s: number; r: WorkspaceSymbolResult }[] = [];
  for (const e of index.entities.values()) {
    const site = e.definition ?? firstListed(e.mentions);
    const location = site && toLocation(index, site);
    if (!location) continue;
    const best = Math.min(...[e.name, ...e.aliases].map((n) => fuzzyScore(query, n) ?? Infinity));
    if (best === Infinity) continue;
    scored.push({ s: best, r: { name: e.name, kind: e.kind, detail: e.aliases.join(', '), location } });
  }
  return scored
    .sort((a, b) => a.s - b.s || a.r.name.localeCompare(b.r.name))
    .slice(0, MAX_RESULTS)
    .map((x) => x.r);
}

/**
 * The entities and events of a file, each at its first mention. Given a Markdown note's text, the note's headings
 * come first, as the outline's structure, each holding what its section mentions; what precedes every heading follows them.
 */
export function documentSymbols(index: CorpusIndex, uri: string, noteText?: string): DocumentSymbolResult[] {
  const doc = documentOf(index, uri);
  if (!doc) return [];
  const found = mentionedIn(index, uri, doc.lineStarts);
  if (noteText === undefined || !isMarkdownUri(uri)) return found;
  const headings = noteHeadings(noteText);
  if (headings.length === 0) return found;
  const lineStarts = computeLineStarts(noteText);
  const top: DocumentSymbolResult[] = [];
  const open: { level: number; symbol: DocumentSymbolResult }[] = [];
  for (const h of headings) {
    const symbol: DocumentSymbolResult = { name: h.title, kind: 'heading', detail: '', range: rangeOf(lineStarts, h.section), selectionRange: rangeOf(lineStarts, h.line), children: [] };
    while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop();
    (open.length > 0 ? open[open.length - 1].symbol.children! : top).push(symbol);
    open.push({ level: h.level, symbol });
  }
  const before: DocumentSymbolResult[] = [];
  for (const s of found) {
    const at = offsetOf(lineStarts, s.range.start);
    const holder = innermost(top, lineStarts, at);
    (holder ? holder.children! : before).push(s);
  }
  // a section's own names come where they are, before or between its subsections
  const inOrder = (list: DocumentSymbolResult[]): DocumentSymbolResult[] =>
    list.sort(byStart).map((x) => (x.children ? { ...x, children: inOrder(x.children) } : x));
  return [...inOrder(top), ...before];
}

function byStart(a: DocumentSymbolResult, b: DocumentSymbolResult): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** The deepest heading whose section holds `offset`. */
function innermost(symbols: DocumentSymbolResult[], lineStarts: readonly number[], offset: number): DocumentSymbolResult | null {
  for (const s of symbols) {
    if (s.kind !== 'heading' || offset < offsetOf(lineStarts, s.range.start) || offset > offsetOf(lineStarts, s.range.end)) continue;
    return innermost(s.children ?? [], lineStarts, offset) ?? s;
  }
  return null;
}

function offsetOf(lineStarts: readonly number[], p: Position): number {
  return offsetAt(lineStarts, Number.MAX_SAFE_INTEGER, p);
}

function mentionedIn(index: CorpusIndex, uri: string, lineStarts: readonly number[]): DocumentSymbolResult[] {
  const out: DocumentSymbolResult[] = [];
  const firstByEntity = new Map<string, [number, number]>();
  for (const m of mentionsIn(index, uri)) if (!firstByEntity.has(m.entityId)) firstByEntity.set(m.entityId, [m.span[0], m.span[1]]);
  for (const [id, span] of firstByEntity) {
    const e = entityById(index, id);
    if (!e) continue;
    const range = rangeOf(lineStarts, span);
    out.push({ name: e.name, kind: e.kind, detail: e.kind === 'person' ? (e.roles[e.roles.length - 1]?.title ?? 'person') : e.kind, range, selectionRange: range });
  }
  for (const ev of index.events) {
    const here = ev.sources.filter((s) => s.uri === uri);
    if (here.length === 0) continue;
    const range = rangeOf(lineStarts, here[0].span);
    out.push({ name: ev.title, kind: 'event', detail: ev.date ?? 'undated', range, selectionRange: range });
  }
  return out.sort(byStart);
}
