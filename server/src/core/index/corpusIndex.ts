// The index every feature reads: documents, entities, events, and each document's mentions sorted by offset so
// the entity at a position is a binary search away.
import type { CorpusEvent, DocAnalysis, Entity, Span } from '../types.js';
import { linkCorpus } from '../link/linkCorpus.js';
import type { LinkTables } from '../link/tables.js';
import { countDocument, emptyStats, type EntityStats } from './entityStats.js';

export interface IndexedMention {
  span: Span;
  entityId: string;
}

export interface CorpusIndex {
  documents: Map<string, DocAnalysis>;
  entities: Map<string, Entity>;
  events: CorpusEvent[];
  eventOf: Map<string, (CorpusEvent | null)[]>;
  /** uri → mentions in the document, sorted by start offset. */
  mentionsByUri: Map<string, IndexedMention[]>;
  tables: LinkTables;
  /** Per-entity counts for cards, kept in step with `mentionsByUri`. */
  stats: EntityStats;
  /**
   * Values derived from the index for features. Keys are either global (unchanged by a patch, since a patch keeps
   * the set of entities and events) or are `<what>:<entity id>` and are dropped when that entity is patched.
   */
  memo: Map<string, unknown>;
}

export function memoized<T>(index: CorpusIndex, key: string, compute: () => T): T {
  if (index.memo.has(key)) return index.memo.get(key) as T;
  const value = compute();
  index.memo.set(key, value);
  return value;
}

/**
 * Like `memoized` for `<prefix>:<id>` keys, but only the `keep` most recently used values under the prefix stay: for
 * large values asked for many ids, such as an entity's locations (tens of thousands of objects for a popular one).
 */
export function memoizedRecent<T>(index: CorpusIndex, prefix: string, id: string, keep: number, compute: () => T): T {
  const key = `${prefix}:${id}`;
  if (index.memo.has(key)) {
    const value = index.memo.get(key) as T;
    index.memo.delete(key);
    index.memo.set(key, value);
    return value;
  }
  const value = compute();
  index.memo.set(key, value);
  const same = [...index.memo.keys()].filter((k) => k.startsWith(`${prefix}:`));
  for (const old of same.slice(0, Math.max(0, same.length - keep))) index.memo.delete(old);
  return value;
}

const byPosition = (a: IndexedMention, b: IndexedMention) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.entityId < b.entityId ? -1 : 1);

export function buildIndex(analyses: Iterable<DocAnalysis>): CorpusIndex {
  const linked = linkCorpus(analyses);
  const mentionsByUri = new Map<string, IndexedMention[]>();
  for (const e of linked.entities.values()) {
    for (const m of e.mentions) {
      const list = mentionsByUri.get(m.uri) ?? mentionsByUri.set(m.uri, []).get(m.uri)!;
      list.push({ span: m.span, entityId: e.id });
    }
  }
  const stats = emptyStats();
  const kindOf = (id: string) => linked.entities.get(id)?.kind;
  for (const list of mentionsByUri.values()) {
    list.sort(byPosition);
    countDocument(stats, list, kindOf, 1);
  }
  return { ...linked, mentionsByUri, stats, memo: new Map() };
}

/** One document's mentions, from the entities that mention it, sorted as `buildIndex` sorts them. */
export function indexMentionsOf(uri: string, entities: Iterable<Entity>): IndexedMention[] {
  const list: IndexedMention[] = [];
  for (const e of entities) for (const m of e.mentions) if (m.uri === uri) list.push({ span: m.span, entityId: e.id });
  return list.sort(byPosition);
}

/** The mention that covers the offset (end inclusive, so a cursor just after a name still finds it). */
export function mentionAt(index: CorpusIndex, uri: string, offset: number): IndexedMention | null {
  const list = index.mentionsByUri.get(uri);
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  let found: IndexedMention | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span[0] <= offset) {
      if (offset <= list[mid].span[1]) found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
