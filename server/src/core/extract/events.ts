// Finds events in one document: a sentence with an event trigger ("held talks", "signed", "state visit") and at
// least one official. Date and place come from the sentence, or from the event or sentence it continues; several
// sentences about the same event (same date, overlapping participants) become one event with every source kept.
import type { Candidate, LocalEvent, LocalName, LocalPerson, Participant, Span } from '../types.js';
import { spansOf } from '../text/spanList.js';
import { type DocContext, hitsIn, sentenceAt, sentenceText } from './context.js';
import { lowerBound } from '../text/lowerBound.js';
import { resolveSentenceTime } from './temporal.js';
import { parseYMD } from './dateFormats.js';
import eventsData from '../../../data/events.json' with { type: 'json' };

const SPEECH = eventsData.speechVerbs.join('|');
const FRAME_AFTER = new RegExp(`^\\s+(?:also\\s+|then\\s+|later\\s+)?(?:${SPEECH})\\b`);
const FRAME_BEFORE = new RegExp(`\\b(?:${SPEECH})\\s+$`);

interface SentenceFacts {
  persons: number[];
  candidates: number[];
  date: string | null;
  sameDay: boolean;
  place: string | null;
}

const PLACE_LEAD = /\b(in|at|to)\s+(?:the\s+)?$/;
/** How far after a trigger "in <Country>" still says where the event was, not what it was about ("the war in Ukraine"). */
const COUNTRY_REACH = 60;
const PRONOUN_BEFORE = /\b(?:he|she|it|who|which|that|also|one)\s+$/i;
const HABITUAL = new RegExp(`\\b(?:${eventsData.habitual.join('|')})\\b`, 'i');
const PLURAL_REFERENCE = /\b(?:the two|both)\s+(leaders|presidents|heads of state|ministers|foreign ministers|prime ministers|premiers)\b/i;

function placeIn(ctx: DocContext, start: number, end: number, kind: string | null): string | null {
  let city: string | null = null;
  let country: string | null = null;
  let destination: string | null = null;
  const triggers = hitsIn(ctx, start, end).filter((h) => h.kind === 'trigger');
  for (const h of hitsIn(ctx, start, end)) {
    if (h.kind !== 'city' && h.kind !== 'country') continue;
    const lead = PLACE_LEAD.exec(ctx.content.slice(Math.max(start, h.start - 12), h.start));
    if (!lead) continue;
    if (lead[1] === 'to') destination ??= h.value;
    else if (h.kind === 'city') city ??= h.value;
    else if (triggers.some((t) => t.end <= h.start && h.start - t.end <= COUNTRY_REACH)) country ??= h.value;
  }
  if (kind === 'visit') return city ?? destination ?? country;
  return city ?? country ?? destination;
}

/** Which persons, candidates and names each sentence mentions, found in one pass over the mentions. */
interface SentenceIndex {
  persons: Set<number>[];
  personMentions: { person: number; span: Span }[][];
  candidates: number[][];
  names: Set<number>[];
  /** Every person mention, by start offset. */
  allMentions: { person: number; span: Span }[];
}

function indexSentences(ctx: DocContext, persons: LocalPerson[], candidates: Candidate[], names: LocalName[]): SentenceIndex {
  const n = ctx.sentences.length;
  const out: SentenceIndex = {
    persons: Array.from({ length: n }, () => new Set<number>()),
    personMentions: Array.from({ length: n }, () => []),
    candidates: Array.from({ length: n }, () => []),
    names: Array.from({ length: n }, () => new Set<number>()),
    allMentions: [],
  };
  const sentenceOf = (span: Span) => {
    const i = sentenceAt(ctx, span[0]);
    return i >= 0 && span[1] <= ctx.sentences[i].end ? i : -1;
  };
  persons.forEach((p, person) => {
    for (const span of spansOf(p.mentions)) {
      out.allMentions.push({ person, span });
      const i = sentenceOf(span);
      if (i < 0) continue;
      out.persons[i].add(person);
      out.personMentions[i].push({ person, span });
    }
  });
  out.allMentions.sort((x, y) => x.span[0] - y.span[0]);
  candidates.forEach((c, idx) => {
    const i = c.shape === 'name' ? sentenceOf([c.start, c.end]) : -1;
    if (i >= 0) out.candidates[i].push(idx);
  });
  names.forEach((nm, idx) => {
    for (const span of spansOf(nm.mentions)) {
      const i = sentenceOf(span);
      if (i >= 0) out.names[i].add(idx);
    }
  });
  return out;
}

/** "The two presidents held talks": the last two officials named before the sentence, with a fitting title. */
function pluralReference(persons: LocalPerson[], index: SentenceIndex, s: { start: number }, text: string): number[] {
  const m = PLURAL_REFERENCE.exec(text);
  if (!m) return [];
  const noun = m[1].toLowerCase();
  const fits = (p: LocalPerson) =>
    noun === 'leaders' || noun === 'heads of state' || p.titles.some((r) => r.title.toLowerCase().includes(noun.replace(/s$/, '').replace(/ministe$/, 'minister')));
  const out: number[] = [];
  for (let k = lowerBound(index.allMentions, (x) => x.span[0] < s.start) - 1; k >= 0 && out.length < 2; k--) {
    const x = index.allMentions[k];
    if (x.span[1] <= s.start && fits(persons[x.person]) && !out.includes(x.person)) out.push(x.person);
  }
  return out.length === 2 ? out : [];
}

function factsOf(ctx: DocContext, persons: LocalPerson[], index: SentenceIndex, anchor: string | null): SentenceFacts[] {
  const anchorDate = parseYMD(anchor);
  return ctx.sentences.map((s, i) => {
    const text = sentenceText(ctx, i);
    const who = [...new Set([...index.persons[i], ...pluralReference(persons, index, s, text)])];
    const unresolved = index.candidates[i];
    // Only a sentence that names someone can be an event or date one; the rest need no date or place.
    const named = who.length + unresolved.length > 0;
    const time = named ? resolveSentenceTime(text, anchorDate) : ({ kind: 'none' } as const);
    return {
      persons: who,
      candidates: unresolved,
      date: time.kind === 'date' ? time.value : null,
      sameDay: time.kind === 'sameDay',
      place: named ? placeIn(ctx, s.start, s.end, null) : null,
    };
  });
}

/**
 * The persons of a sentence who only report it: every mention of them sits in a reporting frame ("Putin said that
 * …", "… said Putin") whose clause, up to the next comma, holds no event trigger.
 */
function speakersOnly(ctx: DocContext, here: { person: number; span: Span }[], ids: number[], s: { start: number; end: number }): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const mentions = here.filter((m) => m.person === id).map((m) => m.span);
    const allFrames = mentions.every((m) => {
      const after = ctx.content.slice(m[1], Math.min(s.end, m[1] + 40));
      const before = ctx.content.slice(Math.max(s.start, m[0] - 30), m[0]);
      if (!FRAME_AFTER.test(after) && !FRAME_BEFORE.test(before)) return false;
      const clauseEnd = ctx.content.slice(m[1], s.end).search(/[,;]/);
      return triggerKind(ctx, m[0], clauseEnd < 0 ? s.end : m[1] + clauseEnd) === null;
    });
    if (mentions.length > 0 && allFrames) out.add(id);
  }
  return out.size < ids.length ? out : new Set();
}

function triggerKind(ctx: DocContext, start: number, end: number): string | null {
  let best: number | null = null;
  for (const h of hitsIn(ctx, start, end)) {
    if (h.kind !== 'trigger') continue;
    // "he talks about", "who visits": a verb in the present, not a report of an event
    if (/s$/.test(ctx.content.slice(h.start, h.end)) && PRONOUN_BEFORE.test(ctx.content.slice(Math.max(0, h.start - 12), h.start))) continue;
    const rank = ctx.vocab.eventKinds.indexOf(h.value);
    if (best === null || rank < best) best = rank;
  }
  return best === null ? null : ctx.vocab.eventKinds[best];
}

const samePerson = (a: Participant, b: Participant) =>
  ('person' in a && 'person' in b && a.person === b.person) || ('candidate' in a && 'candidate' in b && a.candidate === b.candidate);

function subsetOf(a: Participant[], b: Participant[]): boolean {
  return a.every((x) => b.some((y) => samePerson(x, y)));
}

const key = (p: Participant) => ('person' in p ? `p${p.person}` : `c${p.candidate}`);

export function extractEvents(
  ctx: DocContext,
  persons: LocalPerson[],
  names: LocalName[],
  candidates: Candidate[],
  anchor: string | null,
  datelinePlace: string | null,
): LocalEvent[] {
  const index = indexSentences(ctx, persons, candidates, names);
  const facts = factsOf(ctx, persons, index, anchor);
  // the first dated sentence naming each person: the lead that dates the rest of the report
  const leadOf = new Map<number, number>();
  facts.forEach((f, i) => {
    if (f.date) for (const p of f.persons) if (!leadOf.has(p)) leadOf.set(p, i);
  });
  const raw: (LocalEvent & { sentence: number })[] = [];
  const firstDatedEvent = new Map<string, LocalEvent & { sentence: number }>();
  let lastDated: string | null = null;
  ctx.sentences.forEach((s, i) => {
    const f = facts[i];
    if (f.persons.length === 0 && f.candidates.length === 0) return;
    const kind = triggerKind(ctx, s.start, s.end);
    if (!kind || HABITUAL.test(sentenceText(ctx, i))) return;
    const speakers = speakersOnly(ctx, index.personMentions[i], f.persons, s);
    // Unresolved names take part only where the document knows no official in the sentence: next to a known
    // official they are usually incidental ("expected a visit from X").
    const participants: Participant[] =
      f.persons.length > 0 ? f.persons.filter((p) => !speakers.has(p)).map((person) => ({ person })) : f.candidates.map((candidate) => ({ candidate }));
    let date = f.date;
    let place = placeIn(ctx, s.start, s.end, kind);
    if (!date && f.sameDay) date = lastDated;
    if (!date) {
      // An undated sentence most often continues the report's main event, which the lead states first.
      const earlier = participants
        .map((p) => firstDatedEvent.get(key(p)))
        .filter((e) => e !== undefined)
        .sort((a, b) => a.sentence - b.sentence)[0];
      if (earlier) {
        date = earlier.date;
        place ??= earlier.place;
      }
    }
    if (!date) {
      const mine = new Set(participants.map(key));
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const g = facts[k];
        if (g.date && [...g.persons.map((p) => `p${p}`), ...g.candidates.map((c) => `c${c}`)].some((x) => mine.has(x))) {
          date = g.date;
          place ??= g.place;
          break;
        }
      }
    }
    // A report filed from a city on the day of the event most likely describes an event there (calls excepted).
    if (!place && date && date === anchor && kind !== 'call') place = datelinePlace;
    if (!date) {
      // The lead sentence dates the whole report: the first dated sentence that names one of the participants.
      const lead = participants
        .flatMap((p) => ('person' in p && leadOf.has(p.person) ? [leadOf.get(p.person)!] : []))
        .filter((k) => k < i)
        .sort((a, b) => a - b)[0];
      if (lead !== undefined) {
        date = facts[lead].date;
        place ??= facts[lead].place;
      }
    }
    const excerpt = sentenceText(ctx, i).replace(/\s+/g, ' ');
    const event = { kind, date, place, participants, names: [...index.names[i]].sort((a, b) => a - b), sources: [[s.start, s.end] as Span], excerpts: [excerpt], sentence: i };
    raw.push(event);
    if (date) {
      lastDated = date;
      for (const p of participants) if (!firstDatedEvent.has(key(p))) firstDatedEvent.set(key(p), event);
    }
  });
  return mergeEvents(ctx, raw);
}

/** Unresolved candidates may be anything, so events are compared on the officials the document knows. */
function people(ps: Participant[]): Participant[] {
  const known = ps.filter((p) => 'person' in p);
  return known.length > 0 ? known : ps;
}

function mergeEvents(ctx: DocContext, raw: LocalEvent[]): LocalEvent[] {
  const out: LocalEvent[] = [];
  const byDate = new Map<string | null, LocalEvent[]>();
  for (const e of raw) {
    const a = people(e.participants);
    const sameDate = byDate.get(e.date) ?? byDate.set(e.date, []).get(e.date)!;
    const same = sameDate.find((o) => subsetOf(a, people(o.participants)) || subsetOf(people(o.participants), a));
    if (!same) {
      const copy = { kind: e.kind, date: e.date, place: e.place, participants: [...e.participants], names: [...e.names], sources: [...e.sources], excerpts: [...e.excerpts] };
      out.push(copy);
      sameDate.push(copy);
      continue;
    }
    for (const p of e.participants) if (!same.participants.some((q) => samePerson(p, q))) same.participants.push(p);
    for (const n of e.names) if (!same.names.includes(n)) same.names.push(n);
    same.place = morePrecisePlace(ctx, same.place, e.place);
    same.sources.push(...e.sources);
    same.excerpts.push(...e.excerpts);
  }
  return out;
}

/** A city says more than a country; otherwise the first place stands. */
function morePrecisePlace(ctx: DocContext, current: string | null, other: string | null): string | null {
  if (!current) return other;
  if (other && ctx.vocab.countryOf.has(current) && !ctx.vocab.countryOf.has(other)) return other;
  return current;
}
