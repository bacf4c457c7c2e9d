// The `dossier/events` request behind the Events view: events grouped by year, then month, then event (or first
// by person or initiative), filtered by entity and date range, with undated events in their own group at the end.
import type { CorpusIndex } from '../core/index/corpusIndex.js';
import type { CorpusEvent, Location } from '../core/types.js';
import { toLocation } from './entityAt.js';

export interface EventsParams {
  groupBy?: 'date' | 'person' | 'initiative';
  entity?: string;
  from?: string;
  to?: string;
}

export interface EventNode {
  type: 'event';
  id: string;
  date: string | null;
  title: string;
  kind: string;
  place: string | null;
  participants: { id: string; name: string }[];
  topics: { id: string; name: string }[];
  sources: (Location & { title: string | null; excerpt: string })[];
}

export interface GroupNode {
  type: 'group';
  id: string;
  label: string;
  /** The entity a person or initiative group stands for. */
  entity?: string;
  children: (GroupNode | EventNode)[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const UNDATED = 'Undated';

function inRange(e: CorpusEvent, p: EventsParams): boolean {
  if (!e.date) return !p.from && !p.to;
  if (p.from && e.date.slice(0, p.from.length) < p.from) return false;
  if (p.to && e.date.slice(0, p.to.length) > p.to) return false;
  return true;
}

function eventNode(index: CorpusIndex, e: CorpusEvent): EventNode {
  const named = (id: string) => ({ id, name: index.entities.get(id)?.name ?? id });
  return {
    type: 'event',
    id: e.id,
    date: e.date,
    title: e.title,
    kind: e.kind,
    place: e.place,
    participants: e.participants.map(named),
    topics: e.topics.map(named),
    sources: e.sources.map((s) => ({ ...toLocation(index, s), title: index.documents.get(s.uri)?.title ?? null, excerpt: s.excerpt })),
  };
}

/** Year, then month, then events, newest first; undated events last in a group of their own. */
export function byDate(index: CorpusIndex, events: CorpusEvent[], prefix: string): GroupNode[] {
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
  const sortEvents = (list: CorpusEvent[]) => list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title)).map((e) => eventNode(index, e));
  const out: GroupNode[] = [...years.keys()].sort().reverse().map((y) => ({
    type: 'group' as const,
    id: `${prefix}${y}`,
    label: y,
    children: [...years.get(y)!.keys()].sort().reverse().map((m) => ({
      type: 'group' as const,
      id: `${prefix}${y}-${m || 'year'}`,
      label: m ? MONTHS[+m - 1] : `${y}, month unknown`,
      children: sortEvents(years.get(y)!.get(m)!),
    })),
  }));
  if (undated.length > 0) out.push({ type: 'group', id: `${prefix}undated`, label: UNDATED, children: sortEvents(undated) });
  return out;
}

export function eventsTree(index: CorpusIndex, params: EventsParams): GroupNode[] {
  let events = index.events.filter((e) => inRange(e, params));
  if (params.entity) events = events.filter((e) => e.participants.includes(params.entity!) || e.topics.includes(params.entity!));
  const groupBy = params.groupBy ?? 'date';
  if (groupBy === 'date') return byDate(index, events, '');
  const keyOf = (e: CorpusEvent) => (groupBy === 'person' ? e.participants : e.topics);
  const groups = new Map<string, CorpusEvent[]>();
  for (const e of events) for (const id of keyOf(e)) (groups.get(id) ?? groups.set(id, []).get(id)!).push(e);
  return [...groups.entries()]
    .map(([id, list]) => ({ id, name: index.entities.get(id)?.name ?? id, list }))
    .sort((a, b) => b.list.length - a.list.length || a.name.localeCompare(b.name))
    .map(({ id, name, list }) => ({ type: 'group' as const, id: `${id}/`, label: name, entity: id, children: byDate(index, list, `${id}/`) }));
}
