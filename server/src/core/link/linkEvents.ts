// Turns local events into corpus events: participants become entity ids, and reports of the same event in several
// documents (compatible dates, one participant set within the other) become one event with all their sources.
// A month-only date ("in April") is compatible with any day of that month, and the more precise date is kept.
import type { CorpusEvent, DocAnalysis, LocalEvent } from '../types.js';
import type { LinkTables } from './tables.js';
import { slug, uniqueId } from './slug.js';

const KIND_LABEL: Record<string, string> = {
  talks: 'Talks',
  meeting: 'Meeting',
  visit: 'Visit',
  call: 'Phone call',
  signing: 'Signing',
  'press conference': 'Press conference',
  forum: 'Forum',
};

function participantIds(t: LinkTables, doc: DocAnalysis, e: LocalEvent): string[] {
  const ids = new Set<string>();
  for (const p of e.participants) {
    const id = 'person' in p ? t.personOf.get(doc.uri)?.[p.person] : t.candidateOf.get(doc.uri)?.[p.candidate];
    if (id && t.entities.get(id)?.kind === 'person') ids.add(id);
  }
  return [...ids].sort();
}

export function eventTitle(t: LinkTables, kind: string, participants: string[], place: string | null): string {
  const names = participants.map((id) => t.entities.get(id)?.name ?? id);
  const who = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${KIND_LABEL[kind] ?? kind}: ${who}${place ? ` in ${place}` : ''}`;
}

const within = (a: string[], b: string[]) => a.every((x) => b.includes(x));
const datesFit = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export interface EventsLink {
  events: CorpusEvent[];
  /** uri → local event index → the corpus event it became part of (null when it had no known participant) */
  eventOf: Map<string, (CorpusEvent | null)[]>;
}

export function linkEvents(docs: DocAnalysis[], t: LinkTables): EventsLink {
  const merged: CorpusEvent[] = [];
  const eventOf = new Map<string, (CorpusEvent | null)[]>();
  // Two reports merge only when one's participants are all in the other's, so they share a participant: indexing
  // by year and participant finds every candidate without scanning the whole year (quadratic at 100k documents).
  const byYearPerson = new Map<string, CorpusEvent[]>();
  const order = new Map<CorpusEvent, number>();
  const file = (event: CorpusEvent, person: string) => {
    const key = `${event.date!.slice(0, 4)}|${person}`;
    (byYearPerson.get(key) ?? byYearPerson.set(key, []).get(key)!).push(event);
  };
  for (const doc of docs) {
    const into: (CorpusEvent | null)[] = doc.events.map(() => null);
    eventOf.set(doc.uri, into);
    doc.events.forEach((e, n) => {
      const participants = participantIds(t, doc, e);
      if (participants.length === 0) return;
      const topics = [...new Set(e.names.map((i) => t.nameOf.get(doc.uri)?.[i]).filter((x): x is string => !!x))];
      const sources = e.sources.map((span, i) => ({ uri: doc.uri, span, excerpt: e.excerpts[i] ?? '' }));
      const same = e.date
        ? [...new Set(participants.flatMap((p) => byYearPerson.get(`${e.date!.slice(0, 4)}|${p}`) ?? []))]
            .sort((x, y) => order.get(x)! - order.get(y)!)
            .find((o) => datesFit(o.date!, e.date!) && (within(participants, o.participants) || within(o.participants, participants)))
        : undefined;
      if (same) {
        for (const p of participants) {
          if (same.participants.includes(p)) continue;
          same.participants.push(p);
          file(same, p);
        }
        for (const x of topics) if (!same.topics.includes(x)) same.topics.push(x);
        if (e.date!.length > same.date!.length) same.date = e.date;
        same.place ??= e.place;
        same.sources.push(...sources);
        into[n] = same;
        return;
      }
      const event: CorpusEvent = { id: e.date ? '' : `event:undated:${slug(doc.uri)}:${n}`, kind: e.kind, title: '', date: e.date, place: e.place, participants, topics, sources };
      order.set(event, merged.length);
      merged.push(event);
      into[n] = event;
      if (e.date) for (const p of participants) file(event, p);
    });
  }
  const taken = new Set<string>();
  for (const e of merged) {
    e.participants.sort();
    e.title = eventTitle(t, e.kind, e.participants, e.place);
    e.id = e.id || uniqueId(`event:${e.date}:${e.participants.map((p) => p.replace(/^person:/, '')).join('+')}`, taken);
  }
  return { events: merged, eventOf };
}
