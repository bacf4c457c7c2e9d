// The `dossier/events` request behind the Events view: events grouped by year, then month, then event (or first
// by person or initiative), filtered by entity and date range, with undated events in their own group at the end.
// A few events of one entity (filtered to it, or in its group) are listed as they are, without year and month.
import { type CorpusIndex, memoizedRecent, mentionTableOf } from '../core/index/corpusIndex.js';
import type { CorpusEvent, EntityKind, Location } from '../core/types.js';
import { toLocation } from './entityAt.js';

export interface EventsParams {
  groupBy?: 'date' | 'person' | 'initiative';
  entity?: string;
  from?: string;
  to?: string;
  /**
   * One level at a time, for a tree view that loads as it is expanded: groups come with `count` and no children;
   * ask again with `within` set to a group's id for what it holds. At 100,000 articles the whole tree is tens of MB.
   */
  lazy?: boolean;
  within?: string;
}

export interface EventEntity {
  id: string;
  name: string;
  kind: EntityKind | null;
}

export interface EventNode {
  type: 'event';
  id: string;
  date: string | null;
  title: string;
  kind: string;
  place: string | null;
  /** Each with where the event's sources name them: the mention nearest the first source sentence that does. */
  participants: (EventEntity & { location: Location | null })[];
  topics: EventEntity[];
  sources: (Location & { title: string | null; excerpt: string })[];
}

export interface GroupNode {
  type: 'group';
  id: string;
  label: string;
  /** The entity a person or initiative group stands for, and its kind. */
  entity?: string;
  entityKind?: EntityKind;
  /** How many events the group holds, at any depth. */
  count: number;
  /** Empty when the request was `lazy`. */
  children: (GroupNode | EventNode)[];
}

/** A group before rendering: its events are still the index's own. */
interface Group {
  id: string;
  label: string;
  entity?: string;
  entityKind?: EntityKind;
  count: number;
  children: (Group | CorpusEvent)[];
}

/** The top of the tree: groups, or for a few events of one entity the events themselves. */
type Level = (Group | CorpusEvent)[];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const UNDATED = 'Undated';

function inRange(e: CorpusEvent, p: EventsParams): boolean {
  if (!e.date) return !p.from && !p.to;
  if (p.from && e.date.slice(0, p.from.length) < p.from) return false;
  if (p.to && e.date.slice(0, p.to.length) > p.to) return false;
  return true;
}

/** The entity's mention in the event's sources: in the first source document that names it, the nearest its sentence. */
function mentionInSources(index: CorpusIndex, e: CorpusEvent, id: string): Location | null {
  for (const s of e.sources) {
    const t = mentionTableOf(index, s.uri);
    if (!t) continue;
    let best = -1;
    const distance = (i: number) => (t.ends[i] < s.span[0] ? s.span[0] - t.ends[i] : t.starts[i] > s.span[1] ? t.starts[i] - s.span[1] : 0);
    for (let i = 0; i < t.ids.length; i++) if (t.ids[i] === id && (best < 0 || distance(i) < distance(best))) best = i;
    if (best >= 0) return toLocation(index, { uri: s.uri, span: [t.starts[best], t.ends[best]] });
  }
  return null;
}

function eventNode(index: CorpusIndex, e: CorpusEvent): EventNode {
  const named = (id: string): EventEntity => ({ id, name: index.entities.get(id)?.name ?? id, kind: index.entities.get(id)?.kind ?? null });
  return {
    type: 'event',
    id: e.id,
    date: e.date,
    title: e.title,
    kind: e.kind,
    place: e.place,
    participants: e.participants.map((id) => ({ ...named(id), location: mentionInSources(index, e, id) })),
    topics: e.topics.map(named),
    sources: e.sources.flatMap((s) => {
      const location = toLocation(index, s);
      return location ? [{ ...location, title: index.documents.get(s.uri)?.title ?? null, excerpt: s.excerpt }] : [];
    }),
  };
}

/** Up to this many events of one entity are listed as they are, newest first, with no year and month above them. */
export const FLAT_AT_MOST = 10;

const newestFirst = (list: CorpusEvent[]) => list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));

/** An entity's events: by date when there are many, else the events themselves, each labelled with its date. */
function ofEntity(events: CorpusEvent[], prefix: string): (Group | CorpusEvent)[] {
  return events.length <= FLAT_AT_MOST ? newestFirst(events) : byDate(events, prefix);
}

/** Year, then month, then events, newest first; undated events last in a group of their own. */
function byDate(events: CorpusEvent[], prefix: string): Group[] {
  const years = new Map<string, Map<string, CorpusEvent[]>>();
  const undated: CorpusEvent[] = [];
  for (const e of events) {
    if (!e.date) {
      undated.push(e);
      continue;
    }
    const y = e.date.slice(0, 4);
    const m = e.date.length >= 7 ? e.date.slice(5, 7) : '';
    const months = years.get(y) ?? years.set(y, new Map()).get(y)!;
    (months.get(m) ?? months.set(m, []).get(m)!).push(e);
  }
  const sorted = newestFirst;
  const out: Group[] = [...years.keys()].sort().reverse().map((y) => {
    const months: Group[] = [...years.get(y)!.keys()].sort().reverse().map((m) => {
      const list = sorted(years.get(y)!.get(m)!);
      return { id: `${prefix}${y}-${m || 'year'}`, label: m ? MONTHS[+m - 1] : `${y}, month unknown`, count: list.length, children: list };
    });
    return { id: `${prefix}${y}`, label: y, count: months.reduce((n, g) => n + g.count, 0), children: months };
  });
  if (undated.length > 0) out.push({ id: `${prefix}undated`, label: UNDATED, count: undated.length, children: sorted(undated) });
  return out;
}

function groups(index: CorpusIndex, params: EventsParams): (Group | CorpusEvent)[] {
  let events = index.events.filter((e) => inRange(e, params));
  if (params.entity) events = events.filter((e) => e.participants.includes(params.entity!) || e.topics.includes(params.entity!));
  const groupBy = params.groupBy ?? 'date';
  if (groupBy === 'date') return params.entity ? ofEntity(events, '') : byDate(events, '');
  const keyOf = (e: CorpusEvent) => (groupBy === 'person' ? e.participants : e.topics);
  const byEntity = new Map<string, CorpusEvent[]>();
  for (const e of events) for (const id of keyOf(e)) (byEntity.get(id) ?? byEntity.set(id, []).get(id)!).push(e);
  return [...byEntity.entries()]
    .map(([id, list]) => ({ id, name: index.entities.get(id)?.name ?? id, list }))
    .sort((a, b) => b.list.length - a.list.length || a.name.localeCompare(b.name))
    .map(({ id, name, list }) => ({ id: `${id}/`, label: name, entity: id, entityKind: index.entities.get(id)?.kind, count: list.length, children: ofEntity(list, `${id}/`) }));
}

const isGroup = (x: Group | CorpusEvent): x is Group => 'count' in x;

function render(index: CorpusIndex, x: Group | CorpusEvent, deep: boolean): GroupNode | EventNode {
  if (!isGroup(x)) return eventNode(index, x);
  const { id, label, entity, entityKind, count } = x;
  return { type: 'group', id, label, ...(entity ? { entity } : {}), ...(entityKind ? { entityKind } : {}), count, children: deep ? x.children.map((c) => render(index, c, true)) : [] };
}

function find(list: (Group | CorpusEvent)[], id: string): Group | null {
  for (const x of list) {
    if (!isGroup(x)) continue;
    if (x.id === id) return x;
    // group ids nest: a month's id starts with its year's, a person's groups with the person's
    const inner = id.startsWith(x.id) ? find(x.children, id) : null;
    if (inner) return inner;
  }
  return null;
}

/** Expanding a lazy tree asks for the same grouping once per node, so the last few groupings are kept. */
function groupsOf(index: CorpusIndex, params: EventsParams): Level {
  const { lazy: _lazy, within: _within, ...filters } = params;
  return memoizedRecent(index, 'eventGroups', JSON.stringify(filters), 4, () => groups(index, filters));
}

/** The whole tree. */
export function eventsTree(index: CorpusIndex, params: EventsParams): (GroupNode | EventNode)[] {
  return groupsOf(index, params).map((g) => render(index, g, true));
}

/** One level of the tree (`lazy`): the top groups, or what the group `within` holds. */
export function eventsLevel(index: CorpusIndex, params: EventsParams): (GroupNode | EventNode)[] {
  const top = groupsOf(index, params);
  const level = params.within === undefined ? top : (find(top, params.within)?.children ?? []);
  return level.map((x) => render(index, x, false));
}
