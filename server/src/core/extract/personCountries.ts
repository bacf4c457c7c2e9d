// Whose state a person serves when no title writes it: the principal a delegation goes with ("A was joined by B"),
// the side a sentence names ("On the Ruritanian side, …"), a spouse's; failing those, the state an article's
// unqualified officials serve, by the press's custom of naming a foreign official's country and not the home one's.
import type { LocalRole, Span, StateClue } from '../types.js';
import { type DocContext, hitsIn, sentenceAt, sentenceSpan } from './context.js';
import type { VocabHit } from './vocabulary.js';
import { stateOfCity } from './cities.js';
import { stateOfHit, writtenCountry } from './states.js';
import { foldWord } from '../text/fold.js';
import orgData from '../../../data/organizations.json' with { type: 'json' };

/** What this stage reads and writes of a person while the document is read. */
export interface CountryPerson {
  tokens: string[];
  familyIndex: number;
  country: string | null;
  titles: LocalRole[];
  /** Sorted by start. */
  mentions: Span[];
  stateClue?: StateClue;
  homeCountry?: string;
}

interface Placed {
  person: number;
  span: Span;
}

const COMPANY = /\b(?:accompanied|joined|supported|flanked|assisted)\s+by\b|\bdelegation,?\s+(?:(?:that\s+|which\s+)?(?:was\s+)?(?:led|headed)\s+by|(?:that\s+|which\s+)?includ(?:ed|es|ing))\b/giu;
/** What every COMPANY phrase has: a cheap test first, since few sentences have one. */
const COMPANY_WORD = /\sby\b|delegation/i;
const ACCOMPANYING = /^\s*Accompanying\s/u;
const OWN_VISIT = /\b(?:his|her)\s+(?:[\p{L}-]+\s+)?(?:visit|trip|tour)\s+to\s+(?:the\s+)?$/u;
const VISIT_TO = /\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?$/u;
const RELATIVE = /,\s+(?:who|whom|which|where|while)\b/u;
const SIDE = /\b(?:On|From)\s+the\s+(\p{Lu}[\p{L}.]+)\s+side\b/u;
const MEETING = /\b(?:with|met|meets|meeting|talks|counterparts?|hosted|hosts|received|receives|welcomed|welcomes|visit(?:ed|s|ing)?)\b/iu;
const VISIT_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,4}?(?:visit|trip|travel|tour|arrival)\p{Ll}*\s+(?:to|in)\s+(?:the\s+)?$|^\s+(?:arrived|landed)\s+in\s+(?:the\s+)?$|^\s+to\s+(?:the\s+)?$/u;
const ORG_WORDS = new Set([...Object.keys(orgData.heads), ...orgData.weakHeads, ...orgData.acronymBodies.map((w) => w[0].toUpperCase() + w.slice(1))]);

/** The principal and the members of each "A was joined by B and C" in the sentence. */
function companies(ctx: DocContext, s: number, placed: Placed[]): { principal: StateClue; members: Placed[] }[] {
  const [start, end] = sentenceSpan(ctx, s);
  const text = ctx.content.slice(start, end);
  const triggers: { at: number; after: number; principal: StateClue | null; from: number }[] = [];
  const opening = ACCOMPANYING.exec(text);
  if (opening) {
    const verb = /\s(?:were|was)\s/u.exec(text.slice(opening[0].length));
    const first = firstAfter(ctx, placed, start + opening[0].length, start + opening[0].length + (verb?.index ?? 0));
    if (verb && first) triggers.push({ at: start, after: start + opening[0].length + verb.index + verb[0].length, principal: first.clue, from: first.from });
  }
  COMPANY.lastIndex = 0;
  for (let m = COMPANY_WORD.test(text) ? COMPANY.exec(text) : null; m; m = COMPANY.exec(text)) {
    const at = start + m.index;
    const last = lastBefore(ctx, placed, start, at);
    triggers.push({ at, after: at + m[0].length, principal: last?.clue ?? null, from: last?.from ?? at });
  }
  triggers.sort((a, b) => a.at - b.at);
  return triggers.flatMap((t, k) => {
    if (!t.principal) return [];
    const next = k + 1 < triggers.length ? triggers[k + 1].from : end;
    // "…, who were received by B": a relative clause turns to other people
    const clause = RELATIVE.exec(ctx.content.slice(t.after, next));
    const until = clause ? t.after + clause.index : next;
    return [{ principal: t.principal, members: placed.filter((p) => p.span[0] >= t.after && p.span[0] < until) }];
  });
}

/** The countries and demonyms written in [from, to). */
function statesIn(ctx: DocContext, from: number, to: number): VocabHit[] {
  return hitsIn(ctx, from, to).filter((h) => h.kind === 'demonym' || h.kind === 'country');
}

/** The person or the country written last before the offset, with no clause break after it. */
function lastBefore(ctx: DocContext, placed: Placed[], from: number, at: number): { clue: StateClue; from: number } | null {
  let best: { clue: StateClue; from: number; end: number } | null = null;
  for (const p of placed) if (p.span[1] <= at && p.span[0] >= from && (!best || p.span[1] > best.end)) best = { clue: { person: p.person }, from: p.span[0], end: p.span[1] };
  for (const h of statesIn(ctx, from, at)) if (h.end <= at && (!best || h.end > best.end)) best = { clue: { country: h.value }, from: h.start, end: h.end };
  if (!best) return null;
  const gap = ctx.content.slice(best.end, at);
  return gap.length <= 60 && !/[,;:()]/.test(gap) ? best : null;
}

/** The person or the country written first in [from, to). */
function firstAfter(ctx: DocContext, placed: Placed[], from: number, to: number): { clue: StateClue; from: number } | null {
  const person = placed.find((p) => p.span[0] >= from && p.span[0] < to);
  const hit = statesIn(ctx, from, to)[0];
  if (hit && (!person || hit.start < person.span[0])) return { clue: { country: hit.value }, from: hit.start };
  return person ? { clue: { person: person.person }, from: person.span[0] } : null;
}

/**
 * "During his visit to Ruritania, A met B and C": the people a visitor meets there serve the host state. The
 * visitor is the first person after the visit when none comes before it.
 */
function hosts(ctx: DocContext, s: number, here: Placed[]): { country: string; members: Placed[] } | null {
  const [start, end] = sentenceSpan(ctx, s);
  const visit = statesIn(ctx, start, end).find((h) => VISIT_TO.test(ctx.content.slice(Math.max(start, h.start - 30), h.start)));
  if (!visit) return null;
  const after = here.filter((x) => x.span[0] >= visit.end);
  const visitor = here.some((x) => x.span[1] <= visit.start) ? null : after[0]?.person;
  return { country: visit.value, members: after.filter((x) => x.person !== visitor) };
}

/** Someone whose every title is a family tie ("First Lady", "his wife"). */
export function familyOnly(ctx: DocContext, p: Pick<CountryPerson, 'titles'>): boolean {
  return p.titles.length > 0 && p.titles.every((r) => ctx.vocab.familyRoles.has(r.title.toLowerCase()));
}

/** A spouse's or child's state: the person whose family name they share, or the one named just before them. */
function familyClue(ctx: DocContext, persons: CountryPerson[], i: number, bySentence: Map<number, Placed[]>): StateClue | null {
  const p = persons[i];
  const parts = p.tokens[p.familyIndex].split('-').map(foldWord);
  const kin = persons.findIndex((q, k) => k !== i && !familyOnly(ctx, q) && parts.includes(foldWord(q.tokens[q.familyIndex])));
  if (kin >= 0) return { person: kin };
  const first = p.mentions[0];
  const s = sentenceAt(ctx, first[0]);
  if (s < 0) return null;
  const here = bySentence.get(s) ?? [];
  const before = here.filter((x) => x.person !== i && x.span[1] <= first[0] && !familyOnly(ctx, persons[x.person]));
  if (before.length > 0) return { person: before[before.length - 1].person };
  // "the Chinese President and his wife A": the spouse of an official named by a role
  const named = lastBefore(ctx, [], sentenceSpan(ctx, s)[0], first[0]);
  return named && 'country' in named.clue ? named.clue : null;
}

/** The state a place is in: its own name, its capital's, or a city's of the gazetteer. */
function stateOfPlace(ctx: DocContext, place: string): string | null {
  const state = ctx.vocab.countryOf.get(place) ?? stateOfCity(ctx.vocab, place);
  return state && ctx.vocab.countryOf.has(state) ? ctx.vocab.countryOf.get(state)! : null;
}

/** Someone with a title that is neither a family tie, an academic honorific ("Dr"), nor an international body's. */
function nationalOfficial(ctx: DocContext, p: CountryPerson): boolean {
  const offices = p.titles.filter((r) => !ctx.vocab.titleHonorifics.has(r.title));
  return offices.length > 0 && !familyOnly(ctx, p) && !p.titles.some((r) => internationalTitle(ctx, r.title));
}

/** A title that is an international body's ("head of the UN Centre", "President of the European Council"). */
function internationalTitle(ctx: DocContext, title: string): boolean {
  // an acronym that is no title's own abbreviation ("FM", "PM") names a body
  if ((title.match(/\b\p{Lu}{2,}\b/gu) ?? []).some((w) => !ctx.vocab.abbreviations.has(w))) return true;
  const m = /\b(?:of|at|to)\s+the\s+(.*)$/u.exec(title);
  return !!m && m[1].split(/\s+/).some((w) => ORG_WORDS.has(w));
}

function plainTitle(title: string): string {
  return title.toLowerCase().replace(/^(?:the\s+|former\s+|ex-)+/u, '');
}

const LIST_JOINER = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:[\p{L}'’.-]+\s+){0,4}$/u;

/**
 * The people a mention meets in its sentence: the one right before or after it across a meeting word ("A met
 * B"), and the rest of a list that begins there ("talks with B and C"); nobody later ("A met B; C said").
 */
function metInSentence(ctx: DocContext, here: Placed[], m: Span): Placed[] {
  const at = here.findIndex((x) => x.span[0] === m[0]);
  const out: Placed[] = [];
  const before = here[at - 1];
  if (before && ctx.content.slice(before.span[1], m[0]).length <= 80 && MEETING.test(ctx.content.slice(before.span[1], m[0]))) out.push(before);
  const after = here[at + 1];
  if (!after || ctx.content.slice(m[1], after.span[0]).length > 80 || !MEETING.test(ctx.content.slice(m[1], after.span[0]))) return out;
  out.push(after);
  for (let k = at + 2; k < here.length && LIST_JOINER.test(ctx.content.slice(here[k - 1].span[1], here[k].span[0])); k++) out.push(here[k]);
  return out;
}

/** Each office ("president") and the states whose holder of it the document names. */
function officeHolders(persons: CountryPerson[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of persons) {
    const c = writtenCountry(q);
    if (!c) continue;
    for (const r of q.titles) {
      const office = plainTitle(r.title);
      (out.get(office) ?? out.set(office, new Set()).get(office)!).add(c);
    }
  }
  return out;
}

/**
 * States a person does not serve: one whose official holds the same office here, one whose official the person
 * meets in a sentence.
 */
function foreignTo(ctx: DocContext, persons: CountryPerson[], i: number, bySentence: Map<number, Placed[]>, offices: Map<string, Set<string>>): Set<string> {
  const p = persons[i];
  const out = new Set<string>();
  for (const r of p.titles) for (const c of offices.get(plainTitle(r.title)) ?? []) out.add(c);
  for (const m of p.mentions) {
    const s = sentenceAt(ctx, m[0]);
    if (s < 0) continue;
    for (const x of metInSentence(ctx, bySentence.get(s) ?? [], m)) {
      const c = x.person !== i ? writtenCountry(persons[x.person]) : null;
      if (c) out.add(c);
    }
  }
  return out;
}

/**
 * The country and demonym hits that write someone's state before their name ("Bangladesh's Chief Adviser A",
 * "Thai Prime Minister B"): the press writes the state of a foreign official, seldom of a home one.
 */
function qualifierHits(ctx: DocContext, persons: CountryPerson[]): Set<VocabHit> {
  const out = new Set<VocabHit>();
  for (const p of persons) {
    const c = writtenCountry(p);
    if (!c) continue;
    for (const m of p.mentions) {
      for (const h of hitsIn(ctx, Math.max(0, m[0] - 60), m[0])) {
        if (h.value === c && (h.kind === 'country' || h.kind === 'demonym') && titleGap(ctx, ctx.content.slice(h.end, m[0]))) out.add(h);
      }
    }
  }
  return out;
}

/** States the document names only to qualify someone: no home to anyone it leaves unqualified. */
function onlyQualifying(ctx: DocContext, qualifiers: Set<VocabHit>): Set<string> {
  const out = new Set([...qualifiers].map((h) => h.value));
  for (const h of ctx.hits) if (!qualifiers.has(h) && stateOfHit(ctx.vocab, h)) out.delete(stateOfHit(ctx.vocab, h)!);
  return out;
}

/** Text between a state and a name that is only title words ("'s Chief Adviser ", " PM "). */
function titleGap(ctx: DocContext, gap: string): boolean {
  const m = /^(?:['’]s)?\s+((?:[\p{L}.’'-]+\s+){0,6})$/u.exec(gap);
  return !!m && m[1].split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || ctx.vocab.titleWordForms.has(w) || /^(?:of|and|for|the)$/u.test(w));
}

/**
 * The states an unqualified official visits ("Prime Minister A is on a visit to X"). The reporter who leaves the
 * visitor unqualified travels from the visitor's state, so neither the visited state nor the dateline is home to
 * the article's other unqualified officials, unless the visitor meets them (the hosts).
 */
function visitedStates(ctx: DocContext, persons: CountryPerson[], bySentence: Map<number, Placed[]>, unqualified: number[]): { visitor: number; states: Set<string>; met: Set<number> }[] {
  return unqualified.flatMap((i) => {
    const states = new Set<string>();
    const met = new Set<number>();
    const sentences = new Set<number>();
    for (const m of persons[i].mentions) {
      const s = sentenceAt(ctx, m[0]);
      if (s < 0) continue;
      sentences.add(s);
      for (const x of metInSentence(ctx, bySentence.get(s) ?? [], m)) met.add(x.person);
      for (const h of statesIn(ctx, m[1] + 1, Math.min(sentenceSpan(ctx, s)[1], m[1] + 60))) if (VISIT_AFTER.test(ctx.content.slice(m[1], h.start))) states.add(h.value);
    }
    for (const s of sentences) for (const c of ownVisits(ctx, s, bySentence.get(s) ?? [], i)) states.add(c);
    return states.size ? [{ visitor: i, states, met }] : [];
  });
}

/** "A reached the capital after his visit to X": in the sentence, a visit the possessive gives the last person named before it. */
function ownVisits(ctx: DocContext, s: number, here: Placed[], i: number): string[] {
  const [start, end] = sentenceSpan(ctx, s);
  return statesIn(ctx, start, end).flatMap((h) => {
    const before = here.filter((x) => x.span[1] <= h.start).at(-1);
    return before?.person === i && OWN_VISIT.test(ctx.content.slice(Math.max(before.span[1], h.start - 40), h.start)) ? [h.value] : [];
  });
}

/**
 * The state an unqualified official serves by the press's custom: the one the document names most, leaving out
 * those the official is foreign to, when it is named at least twice and half as often again as the next.
 */
function homeCountryOf(counts: Map<string, number>, foreign: Set<string>): string | null {
  const ranked = [...counts].filter(([c]) => !foreign.has(c)).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && (ranked[0][1] < 2 || ranked[0][1] < 1.5 * ranked[1][1]))) return null;
  return ranked[0][0];
}

/** Sets `stateClue` and `homeCountry` on the people whose country no title writes. */
export function findStateClues(ctx: DocContext, persons: CountryPerson[], datelinePlace: string | null): void {
  const placed: Placed[] = persons.flatMap((p, person) => p.mentions.map((span) => ({ person, span }))).sort((a, b) => a.span[0] - b.span[0]);
  const unknown = (k: number) => !writtenCountry(persons[k]) && !persons[k].stateClue;
  const bySentence = new Map<number, Placed[]>();
  for (const x of placed) {
    // a role noun is read from the whole text and may lie outside every sentence
    const s = sentenceAt(ctx, x.span[0]);
    if (s >= 0) (bySentence.get(s) ?? bySentence.set(s, []).get(s)!).push(x);
  }
  for (const [s, here] of bySentence) {
    for (const c of companies(ctx, s, here)) {
      for (const m of c.members) if (unknown(m.person) && !('person' in c.principal && c.principal.person === m.person)) persons[m.person].stateClue = c.principal;
    }
    const host = hosts(ctx, s, here);
    if (host) for (const m of host.members) if (unknown(m.person)) persons[m.person].stateClue = { country: host.country };
    const side = SIDE.exec(ctx.content.slice(...sentenceSpan(ctx, s)));
    const country = side ? (ctx.vocab.demonymOf.get(side[1]) ?? ctx.vocab.countryOf.get(side[1])) : undefined;
    if (country) for (const m of here) if (m.span[0] >= sentenceSpan(ctx, s)[0] + side!.index && unknown(m.person)) persons[m.person].stateClue = { country };
  }
  persons.forEach((p, i) => {
    const clue = unknown(i) && familyOnly(ctx, p) ? familyClue(ctx, persons, i, bySentence) : null;
    if (clue) p.stateClue = clue;
  });
  const counts = new Map<string, number>();
  for (const h of ctx.hits) {
    // a capital names its state too ("a press conference in Islamabad")
    const state = stateOfHit(ctx.vocab, h);
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  // where the reporter files from is most often the home state: it counts as much as naming it twice
  const filed = datelinePlace ? stateOfPlace(ctx, datelinePlace) : null;
  if (filed) counts.set(filed, (counts.get(filed) ?? 0) + 2);
  for (const c of onlyQualifying(ctx, qualifierHits(ctx, persons))) if (c !== filed) counts.delete(c);
  const offices = officeHolders(persons);
  // "the visiting Maldivian President": a visitor's state is no home of the article's
  const visiting = ctx.hits.filter((h) => (h.kind === 'demonym' || h.kind === 'country') && /\bvisiting\s+$/iu.test(ctx.content.slice(Math.max(0, h.start - 12), h.start)));
  const unqualified = persons.flatMap((p, i) => (unknown(i) && nationalOfficial(ctx, p) ? [i] : []));
  const visits = visitedStates(ctx, persons, bySentence, unqualified);
  for (const i of unqualified) {
    const foreign = foreignTo(ctx, persons, i, bySentence, offices);
    for (const h of visiting) foreign.add(h.value);
    for (const v of visits) if (v.visitor === i || !v.met.has(i)) for (const c of v.states) foreign.add(c);
    const home = homeCountryOf(counts, foreign);
    if (home) persons[i].homeCountry = home;
  }
}
