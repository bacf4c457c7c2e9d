// Finds events in one document: a sentence with an event trigger ("held talks", "signed", "state visit") and at
// least one official. Date and place come from the sentence, or from the event or sentence it continues; several
// sentences about the same event (same date, overlapping participants) become one event with every source kept.
import type { Candidate, LocalEvent, LocalName, LocalPerson, Participant, Span } from '../types.js';
import { type DocContext, hitsIn, sentenceText } from './context.js';
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

function inSentence(span: Span, s: { start: number; end: number }): boolean {
  return span[0] >= s.start && span[1] <= s.end;
}

/** "The two presidents held talks": the last two officials named before the sentence, with a fitting title. */
function pluralReference(persons: LocalPerson[], s: { start: number; end: number }, text: string): number[] {
  const m = PLURAL_REFERENCE.exec(text);
  if (!m) return [];
  const noun = m[1].toLowerCase();
  const fits = (p: LocalPerson) =>
    noun === 'leaders' || noun === 'heads of state' || p.titles.some((r) => r.title.toLowerCase().includes(noun.replace(/s$/, '').replace(/ministe$/, 'minister')));
  const before = persons
    .flatMap((p, idx) => p.mentions.filter((x) => x[1] <= s.start).map((x) => ({ idx, at: x[0], p })))
    .filter((x) => fits(x.p))
    .sort((a, b) => b.at - a.at);
  const out: number[] = [];
  for (const x of before) {
    if (!out.includes(x.idx)) out.push(x.idx);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out : [];
}

function factsOf(ctx: DocContext, persons: LocalPerson[], candidates: Candidate[], anchor: string | null): SentenceFacts[] {
  const anchorDate = parseYMD(anchor);
  return ctx.sentences.map((s, i) => {
    const text = sentenceText(ctx, i);
    const named = persons.map((p, idx) => (p.mentions.some((m) => inSentence(m, s)) ? idx : -1)).filter((x) => x >= 0);
    const who = [...new Set([...named, ...pluralReference(persons, s, text)])];
    const unresolved = candidates.map((c, idx) => (c.shape === 'name' && inSentence(c.span, s) ? idx : -1)).filter((x) => x >= 0);
    // Only a sentence that names someone can be an event or date one; the rest need no date.
    const time = who.length + unresolved.length > 0 ? resolveSentenceTime(text, anchorDate) : ({ kind: 'none' } as const);
    return {
      persons: who,
      candidates: unresolved,
      date: time.kind === 'date' ? time.value : null,
      sameDay: time.kind === 'sameDay',
      place: placeIn(ctx, s.start, s.end, null),
    };
  });
}

/**
 * The persons of a sentence who only report it: every mention of them sits in a reporting frame ("Putin said that
 * …", "… said Putin") whose clause, up to the next comma, holds no event trigger.
 */
function speakersOnly(ctx: DocContext, persons: LocalPerson[], ids: number[], s: { start: number; end: number }): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const mentions = persons[id].mentions.filter((m) => inSentence(m, s));
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

function shares(a: Participant[], b: Participant[]): boolean {
  return a.some((x) => b.some((y) => samePerson(x, y)));
}

function subsetOf(a: Participant[], b: Participant[]): boolean {
  return a.every((x) => b.some((y) => samePerson(x, y)));
}

export function extractEvents(
  ctx: DocContext,
  persons: LocalPerson[],
  names: LocalName[],
  candidates: Candidate[],
  anchor: string | null,
  datelinePlace: string | null,
): LocalEvent[] {
  const facts = factsOf(ctx, persons, candidates, anchor);
  const raw: (LocalEvent & { sentence: number })[] = [];
  ctx.sentences.forEach((s, i) => {
    const f = facts[i];
    if (f.persons.length === 0 && f.candidates.length === 0) return;
    const kind = triggerKind(ctx, s.start, s.end);
    if (!kind || HABITUAL.test(sentenceText(ctx, i))) return;
    const speakers = speakersOnly(ctx, persons, f.persons, s);
    // Unresolved names take part only where the document knows no official in the sentence: next to a known
    // official they are usually incidental ("expected a visit from X").
    const participants: Participant[] =
      f.persons.length > 0 ? f.persons.filter((p) => !speakers.has(p)).map((person) => ({ person })) : f.candidates.map((candidate) => ({ candidate }));
    let date = f.date;
    let place = placeIn(ctx, s.start, s.end, kind);
    const shared = (p: Participant[]) => shares(p, participants);
    if (!date && f.sameDay) date = [...raw].reverse().find((e) => e.date)?.date ?? null;
    if (!date) {
      // An undated sentence most often continues the report's main event, which the lead states first.
      const earlier = raw.find((e) => e.date && shared(e.participants));
      if (earlier) {
        date = earlier.date;
        place ??= earlier.place;
      }
    }
    if (!date) {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const g = facts[k];
        const ps: Participant[] = [...g.persons.map((person) => ({ person })), ...g.candidates.map((candidate) => ({ candidate }))];
        if (g.date && shared(ps)) {
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
      const lead = facts.findIndex((g, k) => k < i && g.date && shared([...g.persons.map((person) => ({ person }))]));
      if (lead >= 0) {
        date = facts[lead].date;
        place ??= facts[lead].place;
      }
    }
    const topics = names.map((n, idx) => (n.mentions.some((m) => inSentence(m, s)) ? idx : -1)).filter((x) => x >= 0);
    raw.push({ kind, date, place, participants, names: topics, sources: [[s.start, s.end]], excerpts: [sentenceText(ctx, i).replace(/\s+/g, ' ')], sentence: i });
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
  for (const e of raw) {
    const a = people(e.participants);
    const same = out.find((o) => o.date === e.date && (subsetOf(a, people(o.participants)) || subsetOf(people(o.participants), a)));
    if (!same) {
      out.push({ kind: e.kind, date: e.date, place: e.place, participants: [...e.participants], names: [...e.names], sources: [...e.sources], excerpts: [...e.excerpts] });
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
