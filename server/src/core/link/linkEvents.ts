// Turns local events into corpus events: participants become entity ids, and reports of the same event in several
// documents (compatible dates or a day apart in a compatible place, one participant set within the other, the same
// planned-ness, or a summit in the same city on the same day) become one event with all their sources; what one
// document keeps apart stays apart.
// A month-only date ("in April") is compatible with any day of that month, and the more precise date is kept.
import type { CorpusEvent, DocAnalysis, LocalEvent } from '../types.js';
import type { LinkTables } from './tables.js';
import { slug, uniqueId } from './slug.js';
import { pacer, type Steps } from './steps.js';
import { pushAll } from '../pushAll.js';

const KIND_LABEL: Record<string, string> = {
  talks: 'Talks',
  meeting: 'Meeting',
  visit: 'Visit',
  call: 'Phone call',
  signing: 'Signing',
  'press conference': 'Press conference',
  forum: 'Forum',
  summit: 'Summit',
};

function participantIds(t: LinkTables, doc: DocAnalysis, e: LocalEvent): string[] {
  const ids = new Set<string>();
  for (const p of e.participants) {
    const id = 'person' in p ? t.personOf.get(doc.uri)?.[p.person] : t.candidateOf.get(doc.uri)?.[p.candidate];
    if (id && t.entities.get(id)?.kind === 'person') ids.add(id);
  }
  return [...ids].sort();
}

export function eventTitle(t: LinkTables, kind: string, participants: string[], place: string | null, planned = false): string {
  const names = participants.map((id) => t.entities.get(id)?.name ?? id);
  const who = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const label = KIND_LABEL[kind] ?? kind;
  return `${planned ? `Planned ${label.toLowerCase()}` : label}: ${who}${place ? ` in ${place}` : ''}`;
}

/** A forum or a summit is a gathering of its own: the talks on its sidelines are another event. */
const GATHERINGS = new Set(['forum', 'summit']);
const kindsFit = (a: string, b: string): boolean => GATHERINGS.has(a) === GATHERINGS.has(b);
const within = (a: string[], b: string[]) => a.every((x) => b.includes(x));
/** One person, who is among the others. */
const lone = (a: string[], b: string[]) => a.length === 1 && within(a, b);
const datesFit = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** A report filed the next day, or across midnight in another time zone, may date the same talks a day apart. */
function neighbours(date: string): string[] {
  if (date.length !== 10) return [];
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return [-1, 1].map((d) => new Date(t + d * 86_400_000).toISOString().slice(0, 10));
}

/** A day apart, two reports are one event only where neither names another place. */
const placesFit = (a: string | null, b: string | null): boolean => !a || !b || a.toLowerCase() === b.toLowerCase();

export interface EventsLink {
  events: CorpusEvent[];
  /** uri → local event index → the corpus event it became part of (null when it had no known participant) */
  eventOf: Map<string, (CorpusEvent | null)[]>;
}

/** The prefixes of an ISO date that are dates themselves: 2024, 2024-05, 2024-05-16. */
const datePrefixes = (date: string) => [4, 7, 10].filter((n) => n <= date.length).map((n) => date.slice(0, n));

/**
 * Finds earlier reports a dated event can merge with. Two reports merge only when they share a participant and
 * one date starts with the other, so each event is filed under every (date prefix, participant) and its exact
 * (date, participant): a lookup reads a day's or a month's events, never a popular official's whole year, which
 * was quadratic at 100k documents.
 */
function eventFiles() {
  // person → date or date prefix → events; nested rather than keyed by a joined string, which a 100k link built
  // millions of times
  const under = new Map<string, Map<string, Set<CorpusEvent>>>();
  const at = new Map<string, Map<string, Set<CorpusEvent>>>();
  const add = (files: typeof under, person: string, date: string, event: CorpusEvent) => {
    const byDate = files.get(person) ?? files.set(person, new Map()).get(person)!;
    (byDate.get(date) ?? byDate.set(date, new Set()).get(date)!).add(event);
  };
  return {
    file(event: CorpusEvent, person: string): void {
      for (const prefix of datePrefixes(event.date!)) add(under, person, prefix, event);
      add(at, person, event.date!, event);
    },
    /** Every event filed for the person whose date starts with `date` or that `date` starts with, maybe more. */
    near(date: string, person: string): CorpusEvent[] {
      const out = [...(under.get(person)?.get(date) ?? [])];
      const exact = at.get(person);
      if (exact) for (const p of datePrefixes(date)) if (p !== date) pushAll(out, exact.get(p) ?? []);
      return out;
    },
  };
}

/** Where and when a summit met, day-precise: its reports are one event whoever each names. */
function summitKey(e: LocalEvent): string | null {
  return e.kind === 'summit' && e.date && e.date.length === 10 && e.place ? `${e.date}|${e.place}` : null;
}

export function* linkEvents(docs: DocAnalysis[], t: LinkTables): Steps<EventsLink> {
  const merged: CorpusEvent[] = [];
  const eventOf = new Map<string, (CorpusEvent | null)[]>();
  const files = eventFiles();
  const order = new Map<CorpusEvent, number>();
  // a summit is one gathering in a city on a day, however its reports differ in who they name
  const summits = new Map<string, CorpusEvent[]>();
  const pace = pacer();
  for (const doc of docs) {
    if (pace()) yield;
    const into: (CorpusEvent | null)[] = doc.events.map(() => null);
    eventOf.set(doc.uri, into);
    // what the document kept apart stays apart: two meetings of one trip are two events
    const mine = new Set<CorpusEvent>();
    // the document's own people in each of its events: what it kept apart only by spelling one person two ways
    // ("Katherine Varga" in the headline, "Kate Varga" in the text) it could not tell apart
    const localPeople = new Map<CorpusEvent, Set<number>>();
    doc.events.forEach((e, n) => {
      const participants = participantIds(t, doc, e);
      if (participants.length === 0) return;
      const own = e.participants.flatMap((p) => ('person' in p ? [p.person] : []));
      const topics = [...new Set(e.names.map((i) => t.nameOf.get(doc.uri)?.[i]).filter((x): x is string => !!x))];
      const sources = e.sources.map((span, i) => ({ uri: doc.uri, span, excerpt: e.excerpts[i] ?? '' }));
      const gathering = summitKey(e);
      const sameSummit = (gathering ? summits.get(gathering) ?? [] : []).filter((o) => !mine.has(o) && !o.planned === !e.planned);
      const fits = e.date
        ? [...new Set(participants.flatMap((p) => [e.date!, ...neighbours(e.date!)].flatMap((d) => files.near(d, p))))]
            .sort((x, y) => order.get(x)! - order.get(y)!)
            .filter(
              (o) =>
                !mine.has(o) &&
                !o.planned === !e.planned &&
                kindsFit(o.kind, e.kind) &&
                (datesFit(o.date!, e.date!) || (neighbours(e.date!).includes(o.date!) && placesFit(o.place, e.place))) &&
                (within(participants, o.participants) || within(o.participants, participants)),
            )
        : [];
      pushAll(fits, sameSummit.filter((o) => !fits.includes(o)));
      const spelledApart = e.date
        ? [...mine].find((o) => o.date === e.date && !o.planned === !e.planned && kindsFit(o.kind, e.kind) && (lone(participants, o.participants) || lone(o.participants, participants)) && !own.some((p) => localPeople.get(o)?.has(p)))
        : undefined;
      if (spelledApart) fits.unshift(spelledApart);
      // a report of the same day before one a day apart
      const same = fits.find((o) => datesFit(o.date!, e.date!)) ?? fits[0];
      if (same) {
        for (const p of participants) if (!same.participants.includes(p)) same.participants.push(p);
        for (const x of topics) if (!same.topics.includes(x)) same.topics.push(x);
        if (e.date!.length > same.date!.length) same.date = e.date;
        same.place ??= e.place;
        pushAll(same.sources, sources);
        // filed again under its new participants and its date, if this report made it more precise
        for (const p of same.participants) files.file(same, p);
        into[n] = same;
        mine.add(same);
        for (const p of own) (localPeople.get(same) ?? localPeople.set(same, new Set()).get(same)!).add(p);
        return;
      }
      const event: CorpusEvent = { id: e.date ? '' : `event:undated:${slug(doc.uri)}:${n}`, kind: e.kind, title: '', date: e.date, place: e.place, participants, topics, sources };
      if (e.planned) event.planned = true;
      if (gathering) summits.set(gathering, [...(summits.get(gathering) ?? []), event]);
      order.set(event, merged.length);
      merged.push(event);
      into[n] = event;
      mine.add(event);
      localPeople.set(event, new Set(own));
      if (e.date) for (const p of participants) files.file(event, p);
    });
  }
  const taken = new Set<string>();
  for (const e of merged) {
    if (pace()) yield;
    e.participants.sort();
    e.title = eventTitle(t, e.kind, e.participants, e.place, e.planned);
    e.id = e.id || uniqueId(`event:${e.date}:${e.participants.map((p) => p.replace(/^person:/, '')).join('+')}`, taken);
  }
  return { events: merged, eventOf };
}
