// The index every feature reads: documents, entities, events, and each document's mentions sorted by offset so
// the entity at a position is a binary search away. A document's mentions are kept as columns (typed arrays of
// offsets and a shared id string each), not one object per mention: 2 million mentions at 100k articles.
import type { CorpusEvent, DocAnalysis, Entity, Span } from '../types.js';
import { linkCorpusSteps } from '../link/linkCorpus.js';
import { drain, pacer, mentionUnits, type Steps } from '../link/steps.js';
import { mentionCount, runEnd, runOf } from '../link/mentionList.js';
import type { LinkTables } from '../link/tables.js';
import { countDocument, emptyStats, type EntityStats } from './entityStats.js';

export interface IndexedMention {
  span: Span;
  entityId: string;
}

/** One document's mentions as columns, in `byPosition` order: mention i is [starts[i], ends[i]) naming ids[i]. */
export interface MentionTable {
  starts: Int32Array;
  ends: Int32Array;
  ids: string[];
}

/**
 * What a withheld document shows until the relink lands: its new text's analysis, its mentions, and the entities
 * only it names so far (see provisional.ts).
 */
export interface Provisional {
  analysis: DocAnalysis;
  table: MentionTable;
  entities: ReadonlyMap<string, Entity>;
}

/** The withheld documents' provisional answers, each worked out when first asked. */
export interface ProvisionalViews {
  /** Undefined for a document that is gone. */
  of(uri: string): Provisional | undefined;
  /** A provisional entity by id, among the views worked out so far: only they can have handed out its id. */
  entity(id: string): Entity | undefined;
}

export interface CorpusIndex {
  documents: Map<string, DocAnalysis>;
  entities: Map<string, Entity>;
  events: CorpusEvent[];
  eventOf: Map<string, (CorpusEvent | null)[]>;
  /** uri → mentions in the document, sorted by start offset. Read through `mentionTableOf`. */
  mentionsByUri: Map<string, MentionTable>;
  /**
   * Documents whose text changed after this index was linked: their mentions are withheld, since their offsets
   * belong to the older text (the live index sets this while a relink runs).
   */
  withheld?: ReadonlySet<string>;
  /** A withheld document's current analysis and its mentions resolved against this index (see provisional.ts). */
  provisional?: ProvisionalViews;
  tables: LinkTables;
  /** Per-entity counts for cards, kept in step with `mentionsByUri`. */
  stats: EntityStats;
  /**
   * Values derived from the index for features. Keys are either global (unchanged by a patch, since a patch keeps
   * the set of entities and events) or are `<what>:<entity id>` and are dropped when that entity is patched. Nothing
   * in it may be derived from `mentionsByUri`: the live index shares it with a view that hides some documents.
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

const EMPTY: MentionTable = { starts: new Int32Array(0), ends: new Int32Array(0), ids: [] };

/** Puts a table's rows in `byPosition` order: start, then end, then id. */
export function sortTable(t: MentionTable): MentionTable {
  const order = Array.from(t.ids, (_, i) => i).sort(
    (a, b) => t.starts[a] - t.starts[b] || t.ends[a] - t.ends[b] || (t.ids[a] < t.ids[b] ? -1 : 1),
  );
  return { starts: Int32Array.from(order, (i) => t.starts[i]), ends: Int32Array.from(order, (i) => t.ends[i]), ids: order.map((i) => t.ids[i]) };
}

/**
 * Every document's table, filled straight from the entities' mention lists without a temporary object each. A
 * list is sorted by uri, so each document's mentions of an entity are one run, and its table is looked up once.
 */
function* mentionTables(entities: readonly Entity[]): Steps<Map<string, MentionTable>> {
  const pace = pacer();
  const counts = new Map<string, number>();
  for (const e of entities) {
    if (pace(mentionUnits(mentionCount(e.mentions)))) yield;
    const uris = e.mentions.uris;
    for (let k = 0; k < uris.length; ) {
      const end = runEnd(uris, k);
      counts.set(uris[k], (counts.get(uris[k]) ?? 0) + end - k);
      k = end;
    }
  }
  // each document's table with how far it is filled, so a run costs one lookup
  const slots = new Map<string, { table: MentionTable; filled: number }>();
  for (const [uri, n] of counts) {
    if (pace()) yield;
    slots.set(uri, { table: { starts: new Int32Array(n), ends: new Int32Array(n), ids: new Array<string>(n) }, filled: 0 });
  }
  for (const e of entities) {
    if (pace(mentionUnits(mentionCount(e.mentions)))) yield;
    const { uris, starts, ends } = e.mentions;
    for (let k = 0; k < uris.length; ) {
      const end = runEnd(uris, k);
      const slot = slots.get(uris[k])!;
      const t = slot.table;
      for (; k < end; k++, slot.filled++) {
        t.starts[slot.filled] = starts[k];
        t.ends[slot.filled] = ends[k];
        t.ids[slot.filled] = e.id;
      }
    }
  }
  const tables = new Map<string, MentionTable>();
  for (const [uri, { table }] of slots) {
    if (pace()) yield;
    tables.set(uri, sortTable(table));
  }
  return tables;
}

export function buildIndex(analyses: Iterable<DocAnalysis>): CorpusIndex {
  return drain(buildIndexSteps(analyses));
}

/** `buildIndex` in steps that pause now and then (see steps.ts): the same index. */
export function* buildIndexSteps(analyses: Iterable<DocAnalysis>): Steps<CorpusIndex> {
  const linked = yield* linkCorpusSteps(analyses);
  const mentionsByUri = yield* mentionTables([...linked.entities.values()]);
  const stats = emptyStats();
  const kindOf = (id: string) => linked.entities.get(id)?.kind;
  const pace = pacer();
  for (const table of mentionsByUri.values()) {
    if (pace()) yield;
    countDocument(stats, table.ids, kindOf, 1);
  }
  return { ...linked, mentionsByUri, stats, memo: new Map() };
}

/** One document's table, from the entities that mention it, sorted as `buildIndex` sorts it. */
export function indexMentionsOf(uri: string, entities: Iterable<Entity>): MentionTable {
  const list: IndexedMention[] = [];
  for (const e of entities) {
    const { from, to } = runOf(e.mentions, uri);
    for (let i = from; i < to; i++) list.push({ span: [e.mentions.starts[i], e.mentions.ends[i]], entityId: e.id });
  }
  return tableOf(list);
}

/** A table of the mentions, sorted (the list too). */
export function tableOf(list: IndexedMention[]): MentionTable {
  list.sort(byPosition);
  return { starts: Int32Array.from(list, (m) => m.span[0]), ends: Int32Array.from(list, (m) => m.span[1]), ids: list.map((m) => m.entityId) };
}

/** A document's mentions as requests should see them: provisional ones while it is withheld. */
export function mentionTableOf(index: CorpusIndex, uri: string): MentionTable | undefined {
  return index.withheld?.has(uri) ? index.provisional?.of(uri)?.table : index.mentionsByUri.get(uri);
}

/**
 * A document's analysis as requests should see it: for a withheld document, the analysis of its new text (whose
 * line starts fit the positions the editor sends), or nothing.
 */
export function documentOf(index: CorpusIndex, uri: string): DocAnalysis | undefined {
  return index.withheld?.has(uri) ? index.provisional?.of(uri)?.analysis : index.documents.get(uri);
}

/** The entity an id names: a linked one, or a provisional one a withheld document names while a relink runs. */
export function entityById(index: CorpusIndex, id: string): Entity | undefined {
  return index.entities.get(id) ?? index.provisional?.entity(id);
}

/** A document's mentions as objects, in position order: for features that walk one document. */
export function mentionsIn(index: CorpusIndex, uri: string): IndexedMention[] {
  const t = mentionTableOf(index, uri) ?? EMPTY;
  return t.ids.map((entityId, i) => ({ span: [t.starts[i], t.ends[i]], entityId }));
}

/** The mention that covers the offset (end inclusive, so a cursor just after a name still finds it). */
export function mentionAt(index: CorpusIndex, uri: string, offset: number): IndexedMention | null {
  const t = mentionTableOf(index, uri);
  if (!t) return null;
  let lo = 0;
  let hi = t.ids.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.starts[mid] <= offset) {
      if (offset <= t.ends[mid]) found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : { span: [t.starts[found], t.ends[found]], entityId: t.ids[found] };
}
