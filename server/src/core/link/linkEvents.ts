// Turns local events into corpus events: participants become entity ids, and reports of the same event in several
// documents (same date, one participant set within the other) become one event with all their sources.
import type { CorpusEvent, DocAnalysis, LocalEvent } from '../types.js';
import type { LinkTables } from './tables.js';
import { slug } from './slug.js';

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

export function linkEvents(docs: DocAnalysis[], t: LinkTables): CorpusEvent[] {
  const merged: CorpusEvent[] = [];
  const byDate = new Map<string, CorpusEvent[]>();
  for (const doc of docs) {
    doc.events.forEach((e, n) => {
      const participants = participantIds(t, doc, e);
      if (participants.length === 0) return;
      const topics = [...new Set(e.names.map((i) => t.nameOf.get(doc.uri)?.[i]).filter((x): x is string => !!x))];
      const sources = e.sources.map((span) => ({ uri: doc.uri, span }));
      const same = e.date ? byDate.get(e.date)?.find((o) => within(participants, o.participants) || within(o.participants, participants)) : undefined;
      if (same) {
        for (const p of participants) if (!same.participants.includes(p)) same.participants.push(p);
        for (const x of topics) if (!same.topics.includes(x)) same.topics.push(x);
        same.place ??= e.place;
        same.sources.push(...sources);
        return;
      }
      const id = e.date ? `event:${e.date}:${participants.map((p) => p.replace(/^person:/, '')).join('+')}` : `event:undated:${slug(doc.uri)}:${n}`;
      const event: CorpusEvent = { id, kind: e.kind, title: '', date: e.date, place: e.place, participants, topics, sources };
      merged.push(event);
      if (e.date) (byDate.get(e.date) ?? byDate.set(e.date, []).get(e.date)!).push(event);
    });
  }
  for (const e of merged) {
    e.participants.sort();
    e.title = eventTitle(t, e.kind, e.participants, e.place);
  }
  return merged;
}
