// Symbols: workspace symbols are a fuzzy search over entity names and aliases; document symbols are the people,
// initiatives, organizations and events of one file.
import { type CorpusIndex, documentOf, entityById, mentionsIn } from '../core/index/corpusIndex.js';
import type { EntityKind, Location, Range } from '../core/types.js';
import { asciiFold } from '../core/text/fold.js';
import { rangeOf } from '../core/text/positions.js';
import { toLocation } from './entityAt.js';
import { firstListed } from '../core/link/mentionList.js';

export type SymbolKind = EntityKind | 'event';

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

export function documentSymbols(index: CorpusIndex, uri: string): DocumentSymbolResult[] {
  const doc = documentOf(index, uri);
  if (!doc) return [];
  const out: DocumentSymbolResult[] = [];
  const firstByEntity = new Map<string, [number, number]>();
  for (const m of mentionsIn(index, uri)) if (!firstByEntity.has(m.entityId)) firstByEntity.set(m.entityId, [m.span[0], m.span[1]]);
  for (const [id, span] of firstByEntity) {
    const e = entityById(index, id);
    if (!e) continue;
    const range = rangeOf(doc.lineStarts, span);
    out.push({ name: e.name, kind: e.kind, detail: e.kind === 'person' ? (e.roles[e.roles.length - 1]?.title ?? 'person') : e.kind, range, selectionRange: range });
  }
  for (const ev of index.events) {
    const here = ev.sources.filter((s) => s.uri === uri);
    if (here.length === 0) continue;
    const range = rangeOf(doc.lineStarts, here[0].span);
    out.push({ name: ev.title, kind: 'event', detail: ev.date ?? 'undated', range, selectionRange: range });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
