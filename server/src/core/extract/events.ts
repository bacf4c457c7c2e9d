// Finds events in one document: a sentence with an event trigger ("held talks", "signed", "state visit") and at
// least one official. Date and place come from the sentence, or from the event or sentence it continues; several
// sentences about the same event (same date, overlapping participants) become one event with every source kept.
import type { Candidate, LocalEvent, LocalName, LocalPerson, Participant, Span } from '../types.js';
import { spansOf } from '../text/spanList.js';
import { inSpans } from '../text/spanSet.js';
import { type DocContext, hitsIn, sentenceAt, sentenceText } from './context.js';
import type { Sentence } from './sentences.js';
import type { VocabHit } from './vocabulary.js';
import { lowerBound } from '../text/lowerBound.js';
import { resolveSentenceTime, weekdayNamed } from './temporal.js';
import { addDays, formatYMD, parseYMD } from './dateFormats.js';
import { cityAt, stateOfCity } from './cities.js';
import eventsData from '../../../data/events.json' with { type: 'json' };
import { pushAll } from '../pushAll.js';
import { type Roster, extendRoster, rosterMembers, rosterOf } from './rosters.js';
import { transcriptSpeakers } from './speakers.js';
import { escapeRegExp } from '../text/regexEscape.js';
import { familyOnly } from './personCountries.js';

const SPEECH = eventsData.speechVerbs.join('|');
// "A, ambassador of B to C, said": an apposition may stand between the name and the verb
const FRAME_AFTER = new RegExp(`^(?:,\\s+[^,;.“"]{2,80},)?\\s+(?:also\\s+|then\\s+|later\\s+|earlier\\s+|previously\\s+|again\\s+|further\\s+)?(?:${SPEECH})\\b`);
// "according to spokesman Piotr Lis": a lowercase role may stand between the verb and the name
const FRAME_BEFORE = new RegExp(`\\b(?:${SPEECH})\\s+(?:(?:the|a|an|its|his|her)\\s+)?(?:[a-z][a-z\\-]*\\s+){0,3}$`);

const TOLD_SOMEONE = /^\s+(?:has\s+|had\s+)?told\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?counterpart\b|^\s+(?:has\s+|had\s+)?told\s+(?!reporters|journalists|the press|parliament|lawmakers|state media)\p{Lu}/u;

interface SentenceFacts {
  persons: number[];
  candidates: number[];
  date: string | null;
  sameDay: boolean;
  /** "the day before": days from the event told of last. */
  shift: number | null;
  /** Where the sentence says it was, found when first asked: most sentences are never asked. */
  place: () => string | null;
  /** What the sentence says of the future: a past event's date and place are not read there. */
  future: Span[];
}

const PLACE_LEAD = /\b(in|at|to|visiting|visited|toured)\s+(?:the\s+)?$/;
/** How far after a trigger "in <Country>" still says where the event was, not what it was about ("the war in Ukraine"). */
const COUNTRY_REACH = 60;
const PRONOUN_BEFORE = /\b(?:he|she|it|who|which|that|also|one)\s+$/i;
const HABITUAL = new RegExp(`\\b(?:${eventsData.habitual.join('|')})\\b`, 'i');
const PLURAL_REFERENCE = /\b(?:[Tt]he two|[Bb]oth)\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}([Ll]eaders|[Pp]residents|[Hh]eads of [Ss]tate|[Mm]inisters|[Ff]oreign [Mm]inisters|[Pp]rime [Mm]inisters|[Pp]remiers|men|women)\b|\b[Tt]he (pair)\b/u;

const words = (list: string[]) => list.map(escapeRegExp).join('|');
/** A planned event: "will visit", "is expected to meet", "the next summit", "talks scheduled for Tuesday". */
const PLANNED_BEFORE = new RegExp(`\\b(?:${words(eventsData.planned)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}$`, 'iu');
const PLANNED_AFTER = /^\s*(?:(?:is|are|was|were|had been|has been)\s+)?(?:originally\s+)?(?:scheduled|planned|expected|slated|due)\b/i;
/** "a meeting of the group — an aside — would take place during the visit": the event word is the subject of a future. */
const TO_TAKE_PLACE = /^(?:\s+of\s+[^.;:]{1,200}?)?\s*(?:will|would|is to|are to|is set to|are set to)\s+(?:take place|be held|be attended|be chaired|be hosted|convene)\b/u;
/** Speculation ("could meet", "a possible visit") is no report of an event; lowercase, so the month May is not one. */
const SPECULATIVE_BEFORE = new RegExp(`\\b(?:${words(eventsData.speculative)})\\s+(?:[\\p{L}'’-]+\\s+){0,4}$`, 'u');
/** "was rumoured to have been left out of the meeting": a rumour anywhere in the trigger's clause is no report. */
const RUMOUR = /\b(?:rumou?red|rumou?rs?\s+(?:that|of))\b/iu;
/** The rest of a clause: up to a comma, semicolon, dash or full stop, but not the stop of "U.S." or "Mr.". */
const CLAUSE_REST = String.raw`(?:[^,;.—–]|(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof))\.)*`;
/** The part of a sentence that speaks of what is to come, up to the end of its clause: no date or place of a past event is in it. */
const FUTURE_CLAUSE = new RegExp(`\\b(?:${words(eventsData.planned)}|(?:originally\\s+)?(?:expected|scheduled|slated|due)(?=\\s+(?:to|for)\\b)|${words(eventsData.speculative)})\\b${CLAUSE_REST}`, 'gu');
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+|also\s+|just\s+)?(?:met|held|signed|arrived|visited|received|hosted|welcomed|spoken|talked|opened|declared|concluded|begun|started|ended|wrapped up)\b/u;
/** "would not be meeting", "never visited", "did not sign": no event. */
// "didn't": the n of n't follows a letter, with no word boundary before it
const NEGATED = /(?:\b(?:not|never|no longer)|n[’']t)\s+(?:[\p{L}-]+\s+){0,3}$/u;
type Frame = 'reported' | 'planned' | 'speculative';

/** Where the clause holding the offset starts: after the last comma, semicolon, colon or dash before it. */
function clauseStart(content: string, from: number, offset: number): number {
  for (let i = offset - 1; i >= from; i--) if (/[,;:—–(]/.test(content[i])) return i + 1;
  return from;
}

/** "During their talks, the two leaders will discuss …": an opening phrase whose main clause speaks of the future. */
const OPENING_PHRASE = /^\s*(?:During|At|Ahead of|On the sidelines of|In the course of)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;
const FUTURE_MAIN = /^[^,;.]{0,40},\s+(?:[\p{L}'’-]+,?\s+){1,16}?(?:will|shall|are to|is to|are set to|is set to|are expected to|is expected to)\s/u;

/** "extended an invitation to A to visit", "invited B to attend": what one is invited to is yet to happen. */
const INVITED_TO = /\binvit(?:e|es|ed|ing|ation)\b[^.;]{0,60}?\bto\s+(?:(?:attend|join|make|pay)\s+(?:the\s+|a\s+|an\s+)?)?$/u;
/** "visit Washington later this year": a time still to come, right after the event's word. */
const LATER_ON = /^[^.;,]{0,40}?\b(?:later\s+(?:this|in\s+the)\s+(?:year|month|week)|next\s+(?:year|month|week))\b/u;

function frameOf(ctx: DocContext, h: VocabHit, sentenceStart: number): Frame {
  if (headlineFuture(ctx, h, sentenceStart)) return 'planned';
  if (OPENING_PHRASE.test(ctx.content.slice(sentenceStart, h.start)) && FUTURE_MAIN.test(ctx.content.slice(h.end, h.end + 120))) return 'planned';
  const before = ctx.content.slice(clauseStart(ctx.content, sentenceStart, h.start), h.start);
  const prefix = ctx.content.slice(sentenceStart, h.start);
  if (SPECULATIVE_BEFORE.test(before) || RUMOUR.test(before) || (HOPE_WORD.test(prefix) && governedBy(prefix, HOPE_VERB))) return 'speculative';
  if (PLANNED_BEFORE.test(before) || INVITED_TO.test(before) || PLANNED_AFTER.test(ctx.content.slice(h.end, h.end + 40)) || TO_TAKE_PLACE.test(ctx.content.slice(h.end, h.end + 240))) return 'planned';
  if (LATER_ON.test(ctx.content.slice(h.end, h.end + 60))) return 'planned';
  return plannedSentence(prefix) ? 'planned' : 'reported';
}

/** "announced on Monday", "said on Tuesday": when the news was given. */
const REPORTED_ON = /\b(?:announced|said|told|stated|confirmed|reported|added|statement|readout)\s+(?:[\p{L}'’]+\s+){0,3}?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;

/** "President Xi to chair summit": a headline's subject and a bare "to", the future in headline style. */
const HEADLINE_TO = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}to\s+\p{Ll}+\b/u;

/** A line with no full stop whose subject is followed by a bare "to" before the trigger. */
function headlineFuture(ctx: DocContext, h: VocabHit, sentenceStart: number): boolean {
  if (!HEADLINE_TO.test(ctx.content.slice(sentenceStart, h.start))) return false;
  const s = sentenceAt(ctx, h.start);
  return s >= 0 && !/[.!?]["”’)]?\s*$/u.test(sentenceText(ctx, s));
}

const FUTURE_VERB = /\b(?:will|shall|is set to|are set to|is expected to|are expected to|is due to|are due to|plans? to|is going to|are going to)\s+\p{Ll}+/gu;
const PAST_AFTER = /[;:]|\b(?:said|says|met|held|was|were|had|did|signed|\p{Ll}{3,}ed)\b/u;

/** "The minister will press, as always, for lower tariffs in meetings with X": a future main verb governs the trigger. */
function plannedSentence(prefix: string): boolean {
  return governedBy(prefix, FUTURE_VERB);
}

const HOPE_WORD = /\b(?:hope|wish|want)/;

/** "A expressed hopes to deepen ties through consultations with B": a hope governs the trigger, which tells no event. */
const HOPE_VERB = /\b(?:hopes?|hoped|wish(?:es|ed)?|wants?|wanted)\s+(?:to|for)\s+\p{Ll}+/gu;

/** Whether the last of the verbs in the words before a trigger governs it: no past verb or clause mark since. */
function governedBy(prefix: string, verbs: RegExp): boolean {
  let last = -1;
  for (const m of prefix.matchAll(verbs)) last = m.index + m[0].length;
  return last >= 0 && !PAST_AFTER.test(prefix.slice(last));
}

/** "since taking office in May", "following the king's trip in June", "referring to a meeting held on Monday": another, earlier time. */
const BACKGROUND_CLAUSE = new RegExp(String.raw`\b(?:comes?\s+(?:[\p{L}-]+\s+){0,3}?(?:as|after|amid|before)\b|since\s+(?:\p{Ll}+ing|he|she|they|it|the|his|her|their)\b|since\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:and\s+(?:I|we|\p{Lu}[\p{L}'’.-]*)\s+)?(?:met|held|signed|took|began|came|won|became|visited|\p{Ll}+ed)\b|while\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,7}?\s+(?:was|were|had been|remained)\b|(?:following|as a follow-up to|a follow-up to|in the wake of|[Rr]eferring to|[Ii]n reference to)\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:visit|trip|summit|meeting|talks|call|conversation)\b)${CLAUSE_REST}|\bafter\s+(?:concluding|ending|completing|wrapping up)\s+(?:his|her|their|a|an|the)\s+(?:[\p{L}-]+\s+)?(?:visit|trip|tour)\b[^.;]*`, 'gu');
/** The spans of a sentence that speak of an earlier time ("while A was held"). */
function backgroundSpans(ctx: DocContext, start: number, end: number): Span[] {
  const text = ctx.content.slice(start, end);
  if (!BACKGROUND_WORD.test(text)) return [];
  return [...text.matchAll(BACKGROUND_CLAUSE)].map((m) => [start + m.index, start + m.index + m[0].length] as Span);
}

/** A word every background clause has: a cheap test first, since few sentences have one. */
const BACKGROUND_WORD = /come|since|while|follow|wake of|eferring|reference|after (?:conclud|end|complet|wrapp)/;
/**
 * A date label a scraped line opens with ("date 2024-05-31"), or a dateline ("LIMA, May 3 (Agency) --"): the
 * day the report was filed, not the event's ("on Tuesday" after it is).
 */
const DATE_LABEL = /^\s*(?:(?:date|published)\s*:?\s*\d{4}-\d{2}-\d{2}\s*)?(?:\p{Lu}[\p{L}.'’ -]{2,40}(?:,\s*\p{Lu}[\p{L}.]+)?,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:(?:,\s*|\/)\d{4})?\.?\s*(?:\([^)\n]{2,40}\))?)?/u;

/**
 * The spans of a sentence that speak of another time, the future or the background: a reported event's date,
 * place and kind are read outside them.
 */
function futureSpans(ctx: DocContext, start: number, end: number): Span[] {
  // each stage of the walk asks for a sentence's spans; they are read once
  const known = futureCache.get(ctx) ?? futureCache.set(ctx, new Map()).get(ctx)!;
  const key = `${start}:${end}`;
  const cached = known.get(key);
  if (cached) return cached;
  const out = readFutureSpans(ctx, start, end);
  known.set(key, out);
  return out;
}

const futureCache = new WeakMap<DocContext, Map<string, Span[]>>();

function readFutureSpans(ctx: DocContext, start: number, end: number): Span[] {
  const out: Span[] = [];
  const text = ctx.content.slice(start, end);
  for (const m of text.matchAll(FUTURE_CLAUSE)) out.push([start + m.index, start + m.index + m[0].length]);
  pushAll(out, backgroundSpans(ctx, start, end));
  const label = DATE_LABEL.exec(text);
  if (label && label[0].trim()) out.push([start, start + label[0].length]);
  return out;
}


/** The sentence's text with the given spans blanked, offsets kept. */
function blanked(ctx: DocContext, start: number, end: number, spans: Span[]): string {
  let text = ctx.content.slice(start, end);
  for (const [a, b] of spans) text = text.slice(0, a - start) + ' '.repeat(b - a) + text.slice(b - start);
  return text;
}

const PLACE_LEAD_AT = /\b(in|at|to|visiting|visited|toured)\s+(?:the\s+)?(?=\p{Lu})/gu;
/** The words a venue's name ends in. */
const VENUE_HEADS = String.raw`(?:House|Palace|Hall|Villa|Buildings|Stadium|Hotel|Centre|Center|Residence|Square|Airport|Office)`;
/** "at State House Abuja", "at the Presidential Palace, Abuja": a venue and then its city. */
const VENUE_THEN = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}?${VENUE_HEADS}\b,?\s+(?:in\s+)?`, 'u');
/** After a city's name, the rest of a venue's ("Olympic Stadium", "International Convention Centre"). */
const CITY_VENUE = new RegExp(String.raw`^(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}?[ \t]+${VENUE_HEADS}\b`, 'u');
/** "in the", "at the gates of the": what leads to a venue. */
const VENUE_LEAD = /\b(in|at|to)\s+(?:the\s+)?(?:\p{Ll}+\s+of\s+(?:the\s+)?)?$/u;
/** "in Kabulonga, Lusaka": a district or venue the gazetteer does not know, then its city. */
const AFTER_RUN = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s+(?=\p{Lu})/u;
const THE_CAPITAL = /\b(in|to)\s+the\s+(?:(\p{Lu}[\p{L}-]+)\s+)?capital\b(?!\s*,?\s*\p{Lu})/gu;
/** "in the Chilean capital, Santiago": the city named after it. */
const CAPITAL_THEN = /\b(in|to)\s+the\s+(?:\p{Lu}[\p{L}-]+\s+)?capital,\s+(?=\p{Lu})/gu;

/** The country the document named last before the offset, for "in the capital" (a demonym says whose, not where). */
function countryBefore(ctx: DocContext, offset: number): string | null {
  const hits = ctx.hits;
  for (let k = lowerBound(hits, (h) => h.start < offset) - 1; k >= 0; k--) {
    if (hits[k].kind === 'country') return hits[k].value;
  }
  return null;
}

interface PlaceHit {
  at: number;
  lead: string;
  kind: 'city' | 'country';
  value: string;
}

/** "after visiting Lima": the city visited is where the visit went, as "to Lima" is. */
const placeLead = (word: string): string => (word === 'in' || word === 'at' ? word : 'to');

/** "a nominee for ambassador to the US": the place of a posting, named in a title, is not where anything happened. */
const POSTED_TO = /\b(?:ambassadors?|envoys?|representatives?|emissar(?:y|ies)|consuls?|commissioners?|delegates?|missions?)(?:-designate)?\s+to\s+(?:the\s+)?$/i;

const postedTo = (ctx: DocContext, start: number, at: number): boolean => POSTED_TO.test(ctx.content.slice(Math.max(start, at - 40), at));

function placeHits(ctx: DocContext, start: number, end: number, skip: Span[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (const h of hitsIn(ctx, start, end)) {
    if ((h.kind !== 'city' && h.kind !== 'country') || inSpans(skip, h.start) || postedTo(ctx, start, h.start)) continue;
    // "in the lobby of the Lima National Stadium": a venue whose name begins with its city
    const venue = h.kind === 'city' ? CITY_VENUE.exec(ctx.content.slice(h.end, h.end + 60)) : null;
    const venueLead = venue ? VENUE_LEAD.exec(ctx.content.slice(Math.max(start, h.start - 30), h.start)) : null;
    if (venueLead) {
      out.push({ at: h.start, lead: venueLead[1], kind: h.kind, value: h.value });
      continue;
    }
    // "Victoria Park": a place is the whole run of capitalized words, as in the city gazetteer
    if (h.kind === 'city' && /^[ \t]+\p{Lu}\p{Ll}/u.test(ctx.content.slice(h.end, h.end + 3)) && !/^[ \t]+(?:On|In|At|For|After|With)\b/.test(ctx.content.slice(h.end, h.end + 7))) continue;
    const lead = PLACE_LEAD.exec(ctx.content.slice(Math.max(start, h.start - 12), h.start));
    // "visiting Chilean President A" names A's state, not a place visited
    const visited = lead !== null && placeLead(lead[1]) !== lead[1];
    if (lead && (!visited || h.kind === 'city')) out.push({ at: h.start, lead: placeLead(lead[1]), kind: h.kind, value: h.value });
  }
  const text = ctx.content.slice(start, end);
  for (const m of text.matchAll(PLACE_LEAD_AT)) {
    let at = start + m.index + m[0].length;
    if (inSpans(skip, at) || postedTo(ctx, start, at)) continue;
    const venue = VENUE_THEN.exec(ctx.content.slice(at, Math.min(end, at + 120)));
    const after = AFTER_RUN.exec(ctx.content.slice(at, Math.min(end, at + 80)));
    const c = cityAt(ctx.content, at) ?? (venue ? cityAt(ctx.content, (at += venue[0].length)) : null) ?? (after ? cityAt(ctx.content, (at += after[0].length)) : null);
    if (c && c.end <= end) out.push({ at, lead: placeLead(m[1]), kind: 'city', value: c.city.name });
  }
  for (const m of text.matchAll(CAPITAL_THEN)) {
    const at = start + m.index + m[0].length;
    const c = inSpans(skip, at) ? null : cityAt(ctx.content, at);
    if (c && c.end <= end) out.push({ at, lead: m[1], kind: 'city', value: c.city.name });
  }
  for (const m of text.matchAll(THE_CAPITAL)) {
    const at = start + m.index;
    const country = (m[2] && (ctx.vocab.demonymOf.get(m[2]) ?? ctx.vocab.countryOf.get(m[2]))) || countryBefore(ctx, at);
    const capital = country ? ctx.vocab.capitalOf.get(country) : undefined;
    if (capital && !inSpans(skip, at)) out.push({ at, lead: m[1], kind: 'city', value: capital });
  }
  return out.sort((x, y) => x.at - y.at);
}

/** "aid to Afghanistan" names no place of the event; "his trip to Kabul", "flew to Kabul" do. */
const TRAVEL_BEFORE = /\b(?:visit\w*|trip|travel\w*|journey|tour\w*|flew|flies|fly|flight|came|comes|went|goes|arriv\w*|head\w*|return\w*|way|invit\w*|welcome\w*|back)\b[^.;]{0,60}$/i;

function placeIn(ctx: DocContext, start: number, end: number, kind: string | null, skip: Span[] = []): string | null {
  let city: string | null = null;
  let country: string | null = null;
  let destination: string | null = null;
  const triggers = hitsIn(ctx, start, end).filter((h) => h.kind === 'trigger');
  for (const h of placeHits(ctx, start, end, skip)) {
    if (h.lead === 'to') {
      if (kind === 'visit' || TRAVEL_BEFORE.test(ctx.content.slice(Math.max(start, h.at - 90), h.at))) destination ??= h.value;
    } else if (h.kind === 'city') city ??= h.value;
    else if (triggers.some((t) => t.end <= h.at && h.at - t.end <= COUNTRY_REACH)) country ??= h.value;
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

/** Who "the two leaders" can be: heads of state or government (or someone whose title is not known), not ministers or advisers. */
const LEADER_TITLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|prince|sheikh|monarch|leader|head of state|chairman|general secretary)\b/i;

/**
 * "The two presidents held talks": the last two officials named before the words, with a fitting title (a press
 * secretary "to the prime minister" is none). "Both European leaders will meet A": A, named after them, is not one.
 */
function pluralReference(persons: LocalPerson[], index: SentenceIndex, i: number, s: { start: number }, text: string): number[] {
  const m = PLURAL_REFERENCE.exec(text);
  if (!m) return [];
  const at = s.start + m.index;
  const noun = (m[1] ?? m[2]).toLowerCase();
  // "the pair", "the two men": any two officials, whatever their offices
  const anyOffice = noun === 'pair' || noun === 'men' || noun === 'women';
  const fits = (p: LocalPerson) =>
    !p.titles.some((r) => SPOKESPERSON.test(r.title)) &&
    (anyOffice || ((noun === 'leaders' || noun === 'heads of state') && (p.titles.length === 0 || p.titles.some((r) => LEADER_TITLE.test(r.title)))) || p.titles.some((r) => r.title.toLowerCase().includes(noun.replace(/s$/, '').replace(/ministe$/, 'minister'))));
  const namedAfter = new Set(index.personMentions[i].filter((x) => x.span[0] > at).map((x) => x.person));
  const out: number[] = [];
  for (let k = lowerBound(index.allMentions, (x) => x.span[0] < at) - 1; k >= 0 && out.length < 2; k--) {
    const x = index.allMentions[k];
    if (x.span[1] <= at && fits(persons[x.person]) && !out.includes(x.person) && !namedAfter.has(x.person)) out.push(x.person);
  }
  return out.length === 2 ? out : [];
}

/**
 * "He then met with B", "His first meeting was with B", "In talks with B, she urged": a pronoun for the subject
 * of a meeting or a visit.
 */
const PRONOUN_SUBJECT = /^(?:In|During|At)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meetings?|talks|conversations?|calls?)\s+with\b[^,;.]{1,80},\s+(?:he|she)\s+\p{Ll}|^(?:His|Her)\s+(?:\p{Ll}+\s+){0,2}(?:meeting|talks|visit|call|conversation)\s+(?:was|were)\s+with\b|^(?:He|She)\s+(?:(?:then|later|also|subsequently|next|first|again|afterwards|had|has|was|\p{Ll}+ly)\s+){0,2}(?:met|meets|held|holds|received|receives|hosted|hosts|welcomed|welcomes|visited|visits|spoke|speaks|talked|called|arrived|travelled|traveled|attended|signed|sat down|paid)\b|^(?:He|She)\s+(?:will|is to|is set to|is due to|is expected to)\s+(?:also\s+|then\s+|later\s+)?(?:meet|hold|receive|host|welcome|visit|travel|attend|sign|pay)\b/u;
/** How far back the one a pronoun stands for may be named, in sentences. */
const PRONOUN_REACH = 3;

/**
 * Who "He" or "She" opening the sentence is: the first person named in the nearest sentence before that names
 * someone (the subject the report is following), when they are no spokesperson and not named here too.
 */
function pronounSubject(persons: LocalPerson[], index: SentenceIndex, i: number, text: string): number[] {
  if (!PRONOUN_SUBJECT.test(text)) return [];
  for (let k = i - 1; k >= Math.max(0, i - PRONOUN_REACH); k--) {
    const first = firstMentioned(index, k);
    if (!first) continue;
    const p = persons[first.person];
    return p.titles.some((r) => SPOKESPERSON.test(r.title)) || index.persons[i].has(first.person) ? [] : [first.person];
  }
  return [];
}

/** The person named first in a sentence: its subject, most often. */
function firstMentioned(index: SentenceIndex, i: number): { person: number; span: Span } | undefined {
  let first: { person: number; span: Span } | undefined;
  for (const m of index.personMentions[i]) if (!first || m.span[0] < first.span[0]) first = m;
  return first;
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/** "Lady Varga and I met": the first person as the subject of a sentence. */
const FIRST_PERSON = /(?:^|[\s,])I\s+(?!think\b|believe\b|hope\b|want\b|would\b|will\b)\p{Ll}/u;

function factsOf(ctx: DocContext, persons: LocalPerson[], index: SentenceIndex, anchor: string | null): SentenceFacts[] {
  const anchorDate = parseYMD(anchor);
  const speakers = transcriptSpeakers(ctx, persons);
  return ctx.sentences.map((s, i) => {
    const text = sentenceText(ctx, i);
    const speaker = speakers.get(i);
    const self = speaker !== undefined && FIRST_PERSON.test(text) ? [speaker] : [];
    const who = [...new Set([...self, ...pronounSubject(persons, index, i, text), ...index.persons[i], ...pluralReference(persons, index, i, s, text)])];
    const unresolved = index.candidates[i];
    // Only a sentence that names someone can be an event or date one; the rest need no date or place.
    const named = who.length + unresolved.length > 0;
    const future = named ? futureSpans(ctx, s.start, s.end) : [];
    const time = named ? resolveSentenceTime(blanked(ctx, s.start, s.end, future), anchorDate) : ({ kind: 'none' } as const);
    return {
      persons: who,
      candidates: unresolved,
      date: time.kind === 'date' ? time.value : null,
      sameDay: time.kind === 'sameDay',
      shift: time.kind === 'shift' ? time.days : null,
      place: named ? lazy(() => placeIn(ctx, s.start, s.end, null, future)) : () => null,
      future,
    };
  });
}

const SPOKESPERSON = /\b(?:spokes(?:person|man|woman)|press secretary|press officer)\b/i;
/** A spokesperson who speaks of an event announces it; they do not take part in it. */
function isSpokesperson(ctx: DocContext, p: LocalPerson, here: { person: number; span: Span }[], id: number): boolean {
  if (p.titles.some((r) => SPOKESPERSON.test(r.title))) return true;
  return here.some((m) => m.person === id && SPOKESPERSON_BEFORE.test(ctx.content.slice(Math.max(0, m.span[0] - 50), m.span[0])));
}
const SPOKESPERSON_BEFORE = /\b(?:spokes(?:person|man|woman)|press secretary|press officer)\s+(?:[\p{L}.'’-]+\s+){0,2}$/iu;

const QUOTED = /[“"][^”"\n]*[”"]/g;

function quotedSpans(ctx: DocContext, start: number, end: number): Span[] {
  return [...ctx.content.slice(start, end).matchAll(QUOTED)].map((m) => [start + m.index, start + m.index + m[0].length] as Span);
}

/**
 * The persons of a sentence who only report it: every mention of them sits in a reporting frame ("Putin said that
 * …", "… said Putin") whose clause, up to the next comma, holds no reported event trigger. Unless `all`, when that
 * is everyone the sentence keeps them (they most often report their own event).
 */
function speakersOnly(ctx: DocContext, here: { person: number; span: Span }[], ids: number[], s: { start: number; end: number }, future: Span[], all = false): Set<number> {
  const out = new Set<number>();
  const quoted = quotedSpans(ctx, s.start, s.end);
  for (const id of ids) {
    const mentions = here.filter((m) => m.person === id).map((m) => m.span);
    const allFrames = mentions.every((m) => {
      const after = ctx.content.slice(m[1], Math.min(s.end, m[1] + 120));
      const before = ctx.content.slice(Math.max(s.start, m[0] - 30), m[0]);
      if (!FRAME_AFTER.test(after) && !FRAME_BEFORE.test(before)) return false;
      // "X told Y …": X spoke with Y, which is a report of their talk, not of someone else's
      if (TOLD_SOMEONE.test(after)) return false;
      const clauseEnd = ctx.content.slice(m[1], s.end).search(/[,;]/);
      // a trigger in the words quoted ("… the best one signed …") is what they said, not what they did, and one in
      // what is to come ("a meeting would take place during the visit") is no report of theirs either
      return triggerIn(ctx, m[0], clauseEnd < 0 ? s.end : m[1] + clauseEnd, (h) => !inSpans(quoted, h.start) && !inSpans(future, h.start))?.planned !== false;
    });
    if (mentions.length > 0 && allFrames) out.add(id);
  }
  return all || out.size < ids.length ? out : new Set();
}

/** Verbs that make a meeting only with someone as their object: "received the minister", not "received an award". */
const NEEDS_PERSON_OBJECT = new Set(['received', 'welcomed', 'to welcome', 'greeted', 'hosted', 'called up', 'calls up']);
const PERSON_OBJECT = /^\s+(?:(?:at|in)\s+(?:[\p{L}'’.-]+\s+){1,4}?by\s+|by\s+)?(?:(?:his|her|their|the|a)\s+(?:visiting\s+|\p{Ll}+\s+)?(?:counterpart|guest|delegation|visitor|\p{Lu})|(?:my|our|his|her|their)\s+(?:\p{Ll}+\s+){0,3}(?:friend|colleague|counterpart|guest)s?\b|visiting\b|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})/u;

/** "Chancellor Maurer Visiting President Arles In Paris": a headline in title case, where every trigger is capitalized. */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}

/** Capitalized triggers that still name an event mid-sentence ("the ASEAN Summit", "a Press Conference"). */
const CAPITALIZED_KINDS = new Set(['summit', 'press conference', 'news conference', 'talks', 'meeting', 'state visit', 'official visit', 'forum', 'conference']);
const OPENING = /^[\s"'“‘*#>(\[-]*$/;

/**
 * The sentence's event kind (the first listed of its reported triggers) and whether it is only planned: every
 * trigger it has speaks of the future. A sentence whose triggers are all speculation has none.
 */
function triggerOf(ctx: DocContext, start: number, end: number, elsewhere: Span[] = []): { kind: string; planned: boolean; at: number } | null {
  const main = triggerIn(ctx, start, end, (h) => !inSpans(elsewhere, h.start));
  return main ?? triggerIn(ctx, start, end, () => true);
}

/** Whether an event word (of one of the kinds, if given) stands in the span: most sentences need no closer reading. */
function hasTrigger(ctx: DocContext, start: number, end: number, kinds?: Set<string>): boolean {
  return hitsIn(ctx, start, end).some((h) => h.kind === 'trigger' && (!kinds || kinds.has(h.value)));
}

/** "According to a joint statement signed by A and B after their talks": the paper is the source cited, not the news. */
const CITED_PAPER = /\b[Aa]ccording to\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,3}$/u;

function triggerIn(ctx: DocContext, start: number, end: number, keep: (h: VocabHit) => boolean): { kind: string; planned: boolean; at: number } | null {
  let reported: number | null = null;
  let planned: number | null = null;
  let reportedAt = -1;
  let plannedAt = -1;
  const hits = hitsIn(ctx, start, end).filter((h) => h.kind === 'trigger');
  for (const h of hits) {
    // "press conference" holds "conference": the longer words are the event's, negated or not
    if (!keep(h) || hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    const surface = ctx.content.slice(h.start, h.end);
    // "he talks about", "who visits": a verb in the present, not a report of an event
    if (/^\p{L}+s$/u.test(surface) && PRONOUN_BEFORE.test(ctx.content.slice(Math.max(0, h.start - 12), h.start))) continue;
    if (/^\p{Lu}/u.test(surface) && !OPENING.test(ctx.content.slice(start, h.start)) && !CAPITALIZED_KINDS.has(surface.toLowerCase()) && !titleCased(ctx.content.slice(start, end))) continue;
    if (NEEDS_PERSON_OBJECT.has(surface.toLowerCase()) && !PERSON_OBJECT.test(ctx.content.slice(h.end, h.end + 60))) continue;
    if (h.value === 'signing' && CITED_PAPER.test(ctx.content.slice(Math.max(start, h.start - 60), h.start))) continue;
    const frame = frameOf(ctx, h, start);
    if (frame === 'speculative' || NEGATED.test(ctx.content.slice(Math.max(start, h.start - 30), h.start))) continue;
    // "During her visit, A paid a courtesy call on B": the opening phrase sets the scene for the main clause's event
    const kinds = ctx.vocab.eventKinds;
    const scene = OPENING_PHRASE.test(ctx.content.slice(start, h.start)) && SCENE_END.test(ctx.content.slice(h.end, end));
    const rank = kinds.indexOf(h.value) + (scene ? kinds.length : 0);
    if (frame === 'reported' && (reported === null || rank < reported)) [reported, reportedAt] = [rank, h.start];
    if (frame === 'planned' && (planned === null || rank < planned)) [planned, plannedAt] = [rank, h.start];
  }
  const kindOf = (rank: number) => ctx.vocab.eventKinds[rank % ctx.vocab.eventKinds.length];
  if (reported !== null) return { kind: kindOf(reported), planned: false, at: reportedAt };
  return planned === null ? null : { kind: kindOf(planned), planned: true, at: plannedAt };
}

/** The rest of an opening phrase ("… visit to Lima,"): up to the comma that ends it. */
const SCENE_END = /^[^,;.]{0,60},/;

const samePerson = (a: Participant, b: Participant) =>
  ('person' in a && 'person' in b && a.person === b.person) || ('candidate' in a && 'candidate' in b && a.candidate === b.candidate);

function subsetOf(a: Participant[], b: Participant[]): boolean {
  return a.every((x) => b.some((y) => samePerson(x, y)));
}

const key = (p: Participant) => ('person' in p ? `p${p.person}` : `c${p.candidate}`);

/** What the walk through a document's sentences knows so far. */
interface Walk {
  ctx: DocContext;
  persons: LocalPerson[];
  candidates: Candidate[];
  index: SentenceIndex;
  facts: SentenceFacts[];
  captions: boolean[];
  /** The first dated sentence naming each person: the lead that dates the rest of the report. */
  leadOf: Map<number, number>;
  anchor: string | null;
  datelinePlace: string | null;
  raw: (LocalEvent & { sentence: number })[];
  firstDatedEvent: Map<string, LocalEvent & { sentence: number }>;
  lastDated: string | null;
  gatherings: Map<string, { date: string; place: string | null }>;
  /** The dated report the document opens with before it names anyone. */
  opening: { date: string | null; place: string | null } | null;
  /** Whether an event with a known person was found yet. */
  named: boolean;
  /** Gatherings reported before anyone is named, whose people are filled in once the walk is done. */
  rosters: Map<LocalEvent, Roster>;
  /** The starts of the sentences that told an event only as background: the report's own date is none of theirs. */
  background: Set<number>;
  /** A summit's sessions that aides attended (sessionOf): each is an event apart, which no other joins. */
  sessions: Set<LocalEvent>;
}

type Trigger = { kind: string; planned: boolean; at: number };

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
  const captions = ctx.sentences.map((_, i) => isCaption(ctx, i));
  const leadOf = new Map<number, number>();
  facts.forEach((f, i) => {
    if (f.date && !captions[i]) for (const p of f.persons) if (!leadOf.has(p)) leadOf.set(p, i);
  });
  const walk: Walk = { ctx, persons, candidates, index, facts, captions, leadOf, anchor, datelinePlace, raw: [], firstDatedEvent: new Map(), lastDated: null, gatherings: new Map(), opening: null, named: false, rosters: new Map(), background: new Set(), sessions: new Set() };
  ctx.sentences.forEach((s, i) => sentenceEvents(walk, s, i));
  const events = mergeEvents(ctx, withRosters(walk), walk.background, walk.sessions);
  const firstDated = facts.findIndex((f, i) => f.date !== null && f.persons.length > 0 && !captions[i]);
  const found = placedByLater(onePlannedGathering(ctx, intoTheGathering(ctx, datedByLead(walk, events, firstDated < 0 ? ctx.content.length : ctx.sentences[firstDated].start))));
  return found.filter((e) => !hostsOnlyVisit(ctx, persons, e));
}

/**
 * "B discussed ties with Chinese Defense Minister A during an official visit to Beijing", with B not recognised: a
 * state's own officials do not visit its capital, so a visit there that only they are known to take part in is
 * the visit of someone the document does not name, and no event of theirs.
 */
function hostsOnlyVisit(ctx: DocContext, persons: LocalPerson[], e: LocalEvent): boolean {
  if (e.kind !== 'visit' || !e.place) return false;
  const state = ctx.vocab.countryOfCapital.get(e.place) ?? ctx.vocab.countryOf.get(e.place) ?? null;
  const known = e.participants.flatMap((p) => ('person' in p ? [persons[p.person]] : []));
  return state !== null && known.length > 0 && known.length === e.participants.length && known.every((p) => p.country === state);
}

/**
 * "X to chair the summit", "The summit is scheduled for June 9", "On its sidelines, A and B will visit": a
 * document's planned gathering of one kind is one, on the day its own words give, unless two days or places differ.
 */
function onePlannedGathering(ctx: DocContext, events: LocalEvent[]): LocalEvent[] {
  const planned = events.filter((e) => e.planned && GATHERING_KINDS.has(e.kind)).sort((a, b) => Number(!!b.date) - Number(!!a.date) || people(b.participants).length - people(a.participants).length);
  const absorbed = new Set<LocalEvent>();
  for (const into of planned) {
    if (absorbed.has(into)) continue;
    for (const e of planned) {
      if (e === into || absorbed.has(e) || e.kind !== into.kind || (e.date && e.date !== into.date) || (e.place && into.place && e.place !== into.place)) continue;
      absorb(ctx, into, e);
      absorbed.add(e);
    }
  }
  return events.filter((e) => !absorbed.has(e));
}

/**
 * "The six met A first, … then met B in Brussels": an unplaced event takes the place of a later one on the same day
 * that two or more of its people took part in, the round of talks they were in.
 */
function placedByLater(events: LocalEvent[]): LocalEvent[] {
  events.forEach((e, k) => {
    if (e.place || e.planned || !e.date || e.kind === 'call') return;
    const mine = people(e.participants);
    const later = events.slice(k + 1).find((x) => !x.planned && x.place && x.date === e.date && x.kind !== 'call' && people(x.participants).filter((p) => mine.some((q) => samePerson(p, q))).length >= 2);
    if (later) e.place = later.place;
  });
  return events;
}

/**
 * A news report opens with its news: an event it tells of before it names any other time happened on the day
 * its opening report gives ("The two ministers held talks on Saturday"), or else on the article's own date, in the
 * place its lead names for its people, or else the dateline's. Planned events keep no date of the article's.
 */
function datedByLead(w: Walk, events: LocalEvent[], firstDated: number): LocalEvent[] {
  const date = w.opening?.date ?? w.anchor;
  // a page with no date of its own still has the place its opening report gives
  if (!date && !w.opening) return events;
  // a photo caption shows a picture, which may be old: the lead dates it only as it dates the text's own report
  const captions = new Set(w.ctx.sentences.filter((_, k) => w.captions[k]).map((s) => s.start));
  for (const e of events) {
    if (e.date || e.planned || !e.participants.some((p) => 'person' in p) || onlyBackground(e, w.background) || e.sources.every((s) => captions.has(s[0]))) continue;
    const first = Math.min(...e.sources.map((s) => s[0]));
    if (first >= firstDated) continue;
    e.date = date;
    if (!e.place && e.kind !== 'call') e.place = leadPlace(w, e, first) ?? w.opening?.place ?? w.datelinePlace;
  }
  return events;
}

/** The first place given by a sentence before the event's that names one of its people. */
function leadPlace(w: Walk, e: LocalEvent, before: number): string | null {
  const mine = new Set(e.participants.flatMap((p) => ('person' in p ? [p.person] : [])));
  for (let k = 0; k < w.ctx.sentences.length && w.ctx.sentences[k].start < before; k++) {
    if (w.captions[k] || !w.facts[k].persons.some((p) => mine.has(p))) continue;
    const place = w.facts[k].place();
    if (place) return place;
  }
  return null;
}

/** "The top diplomats of the two countries held talks on Saturday": a report that opens without naming anyone. */
function openingReport(ctx: DocContext, s: Sentence, anchor: string | null): { date: string | null; place: string | null } | null {
  if (!hasTrigger(ctx, s.start, s.end)) return null;
  const future = futureSpans(ctx, s.start, s.end);
  if (triggerOf(ctx, s.start, s.end, future)?.planned !== false) return null;
  const time = resolveSentenceTime(blanked(ctx, s.start, s.end, future), parseYMD(anchor));
  if (time.kind !== 'date' && anchor !== null) return null;
  const place = placeIn(ctx, s.start, s.end, null, future);
  if (time.kind === 'date') return { date: time.value, place };
  // in a page with no date, nothing later can date the opening: its place is all it gives
  return place ? { date: null, place } : null;
}

function sentenceEvents(w: Walk, s: Sentence, i: number): void {
  const { ctx, facts, index } = w;
  const f = facts[i];
  const named = gatheringsIn(ctx, s);
  const told = named.find((n) => w.gatherings.has(n));
  if (f.persons.length === 0 && f.candidates.length === 0) {
    noteGatherings(ctx, s, named, w.gatherings, parseYMD(w.anchor));
  }
  // a gathering of states' officials not named yet: unresolved names beside it ("Central Asian") are no people of it
  if (f.persons.length === 0 && noteRoster(w, s, i)) return;
  // unresolved names alone may be an agency or a country: the report has not named its people yet
  if (f.persons.length === 0 && !w.opening && !w.named && !w.captions[i]) w.opening = openingReport(ctx, s, w.anchor);
  if (f.persons.length === 0 && f.candidates.length === 0) return;
  const text = sentenceText(ctx, i);
  const found = triggerOf(ctx, s.start, s.end, f.future) ?? picturedMeeting(w, s, i, text);
  const guests = GUEST_WORD.test(text) && GUESTS.test(text);
  const joining = JOINING.test(text) || guests || (!found && CONVERSING.test(text) && continuesLast(w, i));
  if ((!found && !joining) || HABITUAL.test(text)) return;
  // "X arrived separately to join the group" needs no trigger of its own: it joins the event told of last
  const trigger = found ?? { kind: 'visit', planned: false, at: s.start };
  const excerpt = text.replace(/\s+/g, ' ');
  const backdrop = BACKGROUND_WORD.test(text) ? backgroundSpans(ctx, s.start, s.end).find(([a, b]) => a <= trigger.at && trigger.at < b) : undefined;
  const participants = participantsOf(w, s, i, trigger, backdrop);
  if (participants.length === 0) return;
  if (participants.some((p) => 'person' in p)) w.named = true;
  const accompanying = !f.date && ACCOMPANYING.test(excerpt);
  const joinKind = guests ? 'summit' : found && !accompanying ? trigger.kind : null;
  if (trigger.kind === 'signing' && SIGNED_BACK.test(excerpt) && joinsLast(w.raw.filter((e) => e.kind === 'signing'), 'signing', f.date, participants, [s.start, s.end], excerpt, false, new Map())) return;
  if ((ATTENDANCE.test(excerpt) || joining || accompanying) && joinsLast(w.raw, joinKind, f.date, participants, [s.start, s.end], excerpt, accompanying || (!guests && PRESENCE.test(excerpt)), w.rosters)) return;
  if (!found) return;
  // "The signing took place in the presence of A and B": the event told already, now with more of its people
  if (!f.date && toldBefore(w, s, found) && joinsLast(w.raw, found.kind, null, participants, [s.start, s.end], excerpt, false, w.rosters)) return;
  const names = [...index.names[i]].sort((a, b) => a - b);
  const session = !f.date && ATTENDANCE.test(excerpt) ? sessionOf(w, i) : undefined;
  if (session) {
    const members = [...session.participants, ...participants.filter((p) => !session.participants.some((q) => samePerson(p, q)))];
    const event = { kind: trigger.kind, date: session.date, place: session.place, participants: members, names, sources: [[s.start, s.end] as Span], excerpts: [excerpt], sentence: i };
    w.raw.push(event);
    w.sessions.add(event);
    return;
  }
  if (trigger.planned) {
    // a planned event is dated only by its own words, read forward, and never by the article's date
    // "…, Wang announced on Monday": the day of the announcement is not the plan's
    const time = resolveSentenceTime(text.replace(REPORTED_ON, (m) => ' '.repeat(m.length)), parseYMD(w.anchor), { planned: true });
    const date = time.kind === 'date' ? time.value : null;
    const place = placeIn(ctx, s.start, s.end, trigger.kind);
    for (const group of plannedMeetings(w, i, trigger, participants)) {
      if (!date && agendaOf(w, s, i, group, excerpt)) continue;
      w.raw.push({ kind: trigger.kind, date, place, participants: group, names, sources: [[s.start, s.end]], excerpts: [excerpt], planned: true, sentence: i });
    }
    return;
  }
  // "ever since A and I met in Paris": an event told as background has only the date and place its own
  // words give, never the report's
  const { date, place } = backdrop ? toldAside(w, backdrop, trigger.kind) : timeAndPlace(w, s, i, trigger.kind, participants, told, excerpt);
  if (backdrop) w.background.add(s.start);
  const event = pushEvents(w, s, i, trigger, participants, { date, place, names, excerpt });
  // a photo caption's date is the picture's: it dates no other sentence
  if (!date || w.captions[i]) return;
  for (const n of named) if (!w.gatherings.has(n)) w.gatherings.set(n, { date, place: event.place });
  w.lastDated = date;
  for (const p of participants) if (!w.firstDatedEvent.has(key(p))) w.firstDatedEvent.set(key(p), event);
}

/**
 * "X has met Y. The two leaders will hold talks on trade": an undated plan of the very people whose meeting the
 * sentence before, or the report of the article's own day, told is what that meeting goes on to, not another event
 * ("will meet again" is one).
 */
function agendaOf(w: Walk, s: Sentence, i: number, participants: Participant[], excerpt: string): boolean {
  if (/\bagain\b/i.test(excerpt)) return false;
  const told = (e: LocalEvent & { sentence: number }) =>
    (e.sentence === i - 1 && w.ctx.sentences[i - 1].paragraph === s.paragraph) || (e.date !== null && e.date === w.anchor);
  const last = [...w.raw].reverse().find((e) => !e.planned && told(e) && subsetOf(people(participants), people(e.participants)));
  if (!last) return false;
  last.sources.push([s.start, s.end]);
  last.excerpts.push(excerpt);
  return true;
}

const BODY_MEETING = /^\p{L}+\s+of\s+(?:the\s+)?\p{Lu}/u;

/**
 * "A is expected to meet B and C": one planned meeting with each person named after the trigger, for the people
 * named before it. A summit or forum is one gathering of everyone.
 */
function plannedMeetings(w: Walk, i: number, trigger: Trigger, participants: Participant[]): Participant[][] {
  if (trigger.kind === 'summit' || trigger.kind === 'forum') return [participants];
  const here = w.index.personMentions[i];
  const ids = participants.flatMap((p) => ('person' in p ? [p.person] : []));
  const firstAt = (id: number) => here.find((m) => m.person === id)?.span[0] ?? -1;
  const before = ids.filter((id) => firstAt(id) < trigger.at);
  const after = ids.filter((id) => firstAt(id) > trigger.at);
  // "looked forward to the next meeting of the Joint Commission": a body's meeting, whose members it does not name
  if (BODY_MEETING.test(w.ctx.content.slice(trigger.at, trigger.at + 80))) return after.length > 0 ? [after.map((person) => ({ person }))] : [];
  if (before.length === 0 || after.length < 2 || ids.length !== participants.length) return [participants];
  return after.map((partner) => [...before, partner].map((person) => ({ person })));
}

/**
 * Who takes part: the persons named, less those who only report it, announce it or are named aside. Unresolved
 * names take part only where the document knows no official in the sentence: next to a known official they are
 * usually incidental ("expected a visit from X").
 */
function participantsOf(w: Walk, s: Sentence, i: number, trigger: Trigger, backdrop?: Span): Participant[] {
  const { ctx, persons, index } = w;
  const f = w.facts[i];
  // the people of a background clause are the people of the background event it tells
  const elsewhere = backdrop ? f.future.filter(([a, b]) => a !== backdrop[0] || b !== backdrop[1]) : f.future;
  const here = index.personMentions[i];
  // one who announces a plan ("X stated that the city will host a conference") takes no part in it
  const announcing = trigger.planned || f.persons.every((p) => isSpokesperson(ctx, persons[p], here, p));
  const speakers = speakersOnly(ctx, here, f.persons, s, f.future, announcing);
  // a plan's people are in its future clause, but not those a background clause names ("while A was held")
  const background = trigger.planned ? backgroundSpans(ctx, s.start, s.end) : [];
  const aside = trigger.planned ? onlyWhere(here, f.persons, (m) => inSpans(background, m[0])) : onlyAside(ctx, here, f.persons, elsewhere);
  const before = otherClause(ctx, here, s, ownTriggerAt(ctx, s, trigger.at));
  const served = onlyWhere(here, f.persons, (m) => SERVED_BEFORE.test(ctx.content.slice(Math.max(0, m[0] - 80), m[0])));
  // and only they: the main clause's subject ("Referring to a meeting chaired by A, B said") took no part in it,
  // unless the clause tells of the subject's own doings ("A reached Lima after concluding his visit to Chile, where he met B")
  const own = backdrop && OWN_DOINGS.test(ctx.content.slice(backdrop[0], backdrop[1])) ? firstMentioned(index, i)?.person : undefined;
  const outside = backdrop ? onlyWhere(here, f.persons, (m) => !inSpans([backdrop], m[0])) : new Set<number>();
  if (own !== undefined) outside.delete(own);
  const party = (c: Candidate) => (trigger.planned || !inSpans(elsewhere, c.start)) && !NOT_PARTY_AFTER.test(ctx.content.slice(c.end, c.end + 40));
  if (f.persons.length === 0) return f.candidates.filter((c) => party(w.candidates[c])).map((candidate) => ({ candidate }));
  const known = withoutEscorts(ctx, persons, here, f.persons.filter((p) => !speakers.has(p) && !aside.has(p) && !before.has(p) && !served.has(p) && !outside.has(p)));
  // "A and PM Varga spoke by phone": a name a title introduces, joined to a participant, is one too, though the
  // document has no full name for it
  const spans = here.filter((m) => known.includes(m.person)).map((m) => m.span);
  const titled = f.candidates.filter((c) => w.candidates[c].introduced && party(w.candidates[c]) && joinedTo(ctx, w.candidates[c], spans));
  return [...known.map((person) => ({ person })), ...titled.map((candidate) => ({ candidate }))];
}

/** "It showed A with B", "The footage shows A greeting B": what a picture or film shows, told as the subject. */
const PICTURED = /^(?:It|They|(?:The\s+|State\s+|Television\s+|TV\s+)?(?:[\p{L}-]+\s+){0,2}?(?:footage|video|videos|images|photos|photographs|pictures))\s+(?:also\s+)?(?:showed|shows|show|depicted|depicts)\s/u;
const MEDIA = /\b(?:footage|videos?|images|photos|photographs|pictures)\b/i;

/**
 * "State media posted images of the meeting. It showed A with B": the people shown in pictures of a meeting the
 * sentence before names, without its people, are that meeting's.
 */
function picturedMeeting(w: Walk, s: Sentence, i: number, text: string): Trigger | null {
  if (i === 0 || !PICTURED.test(text)) return null;
  const before = w.ctx.sentences[i - 1];
  if (before.paragraph !== s.paragraph || w.facts[i - 1].persons.length > 0 || !MEDIA.test(sentenceText(w.ctx, i - 1) + text.slice(0, 40))) return null;
  const told = triggerOf(w.ctx, before.start, before.end, w.facts[i - 1].future);
  return told && !told.planned ? { ...told, at: s.start } : null;
}

const JOINED = /^\s*(?:,\s*)?(?:and|&|with)\s+(?:(?:his|her|the)\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;

/** "A and PM B", "PM B and A": the candidate and a mention of a participant stand side by side. */
function joinedTo(ctx: DocContext, c: Candidate, spans: Span[]): boolean {
  return spans.some(([a, b]) => (b <= c.start && JOINED.test(ctx.content.slice(b, c.start))) || (c.end <= a && JOINED.test(ctx.content.slice(c.end, a))));
}

/**
 * The people of an event without those who only come along or tell of it, unless that leaves nobody:
 * - "A and first lady B met C", "received by the president and his wife B": a spouse or child is no party to the
 *   officials' meeting; the family take part only in an event of their own ("first lady B met C's wife D");
 * - "Spokesman C spoke to the agency about the call between A and B": a spokesperson beside the event's people
 *   tells of it ("C said", "C told reporters" are speech frames already; "spoke to" is not always).
 */
function withoutEscorts(ctx: DocContext, persons: LocalPerson[], here: { person: number; span: Span }[], ids: number[]): number[] {
  return unlessAll(unlessAll(ids, (p) => familyOnly(ctx, persons[p])), (p) => isSpokesperson(ctx, persons[p], here, p));
}

function unlessAll(ids: number[], drop: (p: number) => boolean): number[] {
  const kept = ids.filter((p) => !drop(p));
  return kept.length > 0 ? kept : ids;
}

/** "his visit", "where she met": a background clause of the sentence's subject's own doings. */
const OWN_DOINGS = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:visit|trip|tour|talks|meeting)\b|\bwhere\s+(?:he|she|they)\b/u;

/** "the adviser to Vice President B": the one an aide serves, named inside the aide's title, takes no part by being named so. */
const SERVED_BEFORE = /\b(?:advis[eo]r|aide|assistant|spokes(?:person|man|woman)|envoy|counsellor|counselor|secretary)\s+to\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu;

/** ", and the ministers met with B": a clause joined on with a subject of its own before the trigger. */
const NEW_SUBJECT = /(?:,\s+and|;)\s+(?:the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:also\s+|then\s+|later\s+)?$/u;

/** "The signing took place …", "This meeting was attended by …": a sentence about an event told already. */
const TOLD_BEFORE = /^\s*(?:The|This|That)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

/** A sentence about the one event of its kind the document has told so far. */
function toldBefore(w: Walk, s: Sentence, found: Trigger): boolean {
  if (found.planned || !TOLD_BEFORE.test(w.ctx.content.slice(s.start, found.at))) return false;
  return w.raw.filter((e) => !e.planned && kindsFit(e.kind, found.kind)).length === 1;
}

/** "that meeting", "where the talks were held": an event word led by a determiner names an event told already. */
const DETERMINED = /\b(?:the|that|this|those|these)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * Where the event's own word stands: the first trigger that is not a determined noun ("After that meeting, A
 * left, and the six met with B" is told by "met"), or else the sentence's trigger.
 */
function ownTriggerAt(ctx: DocContext, s: Sentence, at: number): number {
  const own = hitsIn(ctx, s.start, s.end).find((h) => h.kind === 'trigger' && !DETERMINED.test(ctx.content.slice(Math.max(s.start, h.start - 30), h.start)));
  return own ? Math.max(own.start, at) : at;
}

/**
 * "A left the hotel, and the six met with B": the people named only in a clause before the trigger's own, when
 * that clause has a subject of its own, take no part in its event.
 */
function otherClause(ctx: DocContext, here: { person: number; span: Span }[], s: Sentence, at: number): Set<number> {
  const m = NEW_SUBJECT.exec(ctx.content.slice(s.start, at));
  if (!m) return new Set();
  const boundary = s.start + m.index;
  const early = new Set(here.filter((x) => x.span[1] <= boundary).map((x) => x.person));
  for (const x of here) if (x.span[0] > boundary) early.delete(x.person);
  return early;
}

/** The date and place a background clause gives the event it tells ("since A and B met in Paris in April"). */
function toldAside(w: Walk, [start, end]: Span, kind: string): { date: string | null; place: string | null } {
  const time = resolveSentenceTime(w.ctx.content.slice(start, end), parseYMD(w.anchor));
  return { date: time.kind === 'date' ? time.value : null, place: placeIn(w.ctx, start, end, kind) };
}

/**
 * A reported event's date and place: its own sentence's, or else those of what it goes on about, tried from the
 * closest link to the loosest.
 */
function timeAndPlace(w: Walk, s: Sentence, i: number, kind: string, participants: Participant[], told: string | undefined, excerpt: string): { date: string | null; place: string | null } {
  const { ctx, facts } = w;
  const f = facts[i];
  let date = f.date;
  let place = placeIn(ctx, s.start, s.end, kind, f.future);
  const take = (d: string | null, p: string | null) => {
    date = d;
    place ??= p;
  };
  if (!date && f.sameDay) date = w.lastDated;
  if (!date && f.shift !== null) date = shifted(w.lastDated ?? w.anchor, f.shift);
  // "This year's summit": the gathering an earlier sentence dated
  if (!date && told) take(w.gatherings.get(told)!.date, w.gatherings.get(told)!.place);
  if (!date) {
    // An undated sentence most often continues the report's main event, which the lead states first.
    const earlier = participants
      .map((p) => w.firstDatedEvent.get(key(p)))
      .filter((e) => e !== undefined)
      .sort((a, b) => a.sentence - b.sentence)[0];
    if (earlier) take(earlier.date, earlier.place);
  }
  if (!date) {
    const k = recentSharing(w, i, participants);
    if (k >= 0) take(facts[k].date, facts[k].place());
  }
  // the sentence goes on about the dated event the one before it in the paragraph reported
  if (!date && continuesPrevious(w, s, i)) take(facts[i - 1].date, facts[i - 1].place());
  // "have met", "has arrived": the present perfect of a news report speaks of its own day
  if (!date && PRESENT_PERFECT.test(excerpt)) date = w.anchor;
  if (!date && !w.anchor) date = captionOnWeekday(w, excerpt, participants);
  // A report filed from a city on the day of the event, or the day after, most likely describes an event there
  // (calls excepted).
  if (!place && date && (date === w.anchor || date === shifted(w.anchor, -1)) && kind !== 'call') place = w.datelinePlace;
  if (!date) {
    // The lead sentence dates the whole report: the first dated sentence that names one of the participants.
    const lead = participants
      .flatMap((p) => ('person' in p && w.leadOf.has(p.person) ? [w.leadOf.get(p.person)!] : []))
      .filter((k) => k < i)
      .sort((a, b) => a - b)[0];
    if (lead !== undefined) take(facts[lead].date, facts[lead].place());
  }
  // a call joins places: a city its sentence names is where something else happened ("the attack in Lima")
  if (kind === 'call') return { date, place: null };
  return { date, place: datelineWithin(ctx, place ?? placeOfPrevious(w.raw, participants, date), w.datelinePlace) };
}

/**
 * "Kerry met Abbas on Friday" in a page with no date of its own, under a photo of the same people dated on a
 * Friday: the picture's date, which the text's weekday bears out, is the day. Without that agreement a caption
 * dates nothing but itself.
 */
function captionOnWeekday(w: Walk, excerpt: string, participants: Participant[]): string | null {
  const weekday = weekdayNamed(excerpt);
  if (weekday === null) return null;
  const mine = new Set(participants.flatMap((p) => ('person' in p ? [p.person] : [])));
  for (let k = 0; k < w.facts.length; k++) {
    const d = parseYMD(w.facts[k].date);
    if (!w.captions[k] || !d || !w.facts[k].persons.some((p) => mine.has(p))) continue;
    if (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === weekday) return w.facts[k].date;
  }
  return null;
}

/** The closest of the three sentences before that is dated (not a caption) and names one of the participants, or -1. */
function recentSharing(w: Walk, i: number, participants: Participant[]): number {
  const mine = new Set(participants.map(key));
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const g = w.facts[k];
    if (g.date && !w.captions[k] && [...g.persons.map((p) => `p${p}`), ...g.candidates.map((c) => `c${c}`)].some((x) => mine.has(x))) return k;
  }
  return -1;
}

function continuesPrevious(w: Walk, s: Sentence, i: number): boolean {
  if (i === 0) return false;
  const before = w.ctx.sentences[i - 1];
  const g = w.facts[i - 1];
  return before.paragraph === s.paragraph && !!g.date && !w.captions[i - 1] && triggerOf(w.ctx, before.start, before.end, g.future)?.planned === false;
}

/**
 * The sentence's events: one, or several where it tells of an earlier meeting ("After meeting X, …") or of
 * meetings held separately. Returns the main one.
 */
function pushEvents(w: Walk, s: Sentence, i: number, trigger: Trigger, participants: Participant[], what: { date: string | null; place: string | null; names: number[]; excerpt: string }): LocalEvent & { sentence: number } {
  const { ctx, index } = w;
  const { date, names, excerpt } = what;
  let place = what.place;
  const prior = priorMeeting(ctx, index.personMentions[i], participants, s);
  const main = prior ? participants.filter((p) => !prior.participants.some((q) => samePerson(p, q)) || prior.subject === key(p)) : participants;
  if (prior) place = placeIn(ctx, prior.end, s.end, trigger.kind, w.facts[i].future) ?? place;
  const groups = SEPARATELY.test(excerpt) ? separateMeetings(ctx, index.personMentions[i], main, trigger.at, s.end) : clauseMeetings(w, i, main, trigger, s);
  const source = (): Span[] => [[s.start, s.end]];
  const event = { kind: trigger.kind, date, place, participants: groups[0], names, sources: source(), excerpts: [excerpt], sentence: i };
  if (prior) w.raw.push({ ...event, kind: 'meeting', participants: prior.participants, place: prior.place ?? place, sources: source(), excerpts: [excerpt] });
  w.raw.push(event);
  for (const g of groups.slice(1)) w.raw.push({ ...event, participants: g, sources: source(), excerpts: [excerpt] });
  return event;
}

/** ", and Defence Minister C met D", "; C held talks with D": a clause with a subject of its own joined on. */
const CLAUSE_JOIN = /(?:,\s+(?:and|while|whereas)|;)\s+(?=(?:the\s+)?\p{Lu})/gu;

/**
 * "A met B, and C had a meeting with D": each clause with a subject and an event word of its own tells its own
 * event, of the people named in it.
 */
function clauseMeetings(w: Walk, i: number, participants: Participant[], trigger: Trigger, s: Sentence): Participant[][] {
  const { ctx } = w;
  const text = ctx.content.slice(trigger.at, s.end);
  for (const m of text.matchAll(CLAUSE_JOIN)) {
    const boundary = trigger.at + m.index;
    const next = triggerIn(ctx, boundary + m[0].length, s.end, (h) => !DETERMINED.test(ctx.content.slice(Math.max(s.start, h.start - 30), h.start)));
    if (!next || next.planned) continue;
    const at = (p: Participant) => ('person' in p ? w.index.personMentions[i].filter((x) => x.person === p.person).map((x) => x.span[0]) : [w.candidates[p.candidate].start]);
    const before = participants.filter((p) => at(p).some((x) => x < boundary));
    const after = participants.filter((p) => at(p).some((x) => x > boundary));
    if (before.length > 0 && after.length > 0) return [before, after];
  }
  return [participants];
}

const CAPTION_MARK = /\((?:left|right|centre|center|L|R|C|front|back)\)|,\s(?:left|right|centre|center|second (?:left|right)),/;
/** "… greets Y in Lusaka, March 3, 2011.": a caption ends on the place and date of the picture. */
const CAPTION_END = /,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4}\.?\s*$/;

/** A photo caption: "(left)" and the like, or a sentence that ends on the picture's date. */
function isCaption(ctx: DocContext, i: number): boolean {
  const text = sentenceText(ctx, i).trim();
  return CAPTION_MARK.test(text) || CAPTION_END.test(text);
}

/** "After meeting X in Lusaka, Y went on to …": the opening clause reports a meeting of its own, before the main one. */
const PRIOR_CLAUSE = /^\s*(?:After|Before|Having)\s+(?:first\s+)?(?:meeting|seeing|met|talking with|holding talks with|visiting|hosting|receiving)\b[^,;]{3,160},/;

interface PriorMeeting {
  participants: Participant[];
  /** The key of the main clause's subject, who took part in both. */
  subject: string;
  place: string | null;
  end: number;
}

function priorMeeting(ctx: DocContext, mentions: { person: number; span: Span }[], participants: Participant[], s: { start: number; end: number }): PriorMeeting | null {
  const m = PRIOR_CLAUSE.exec(ctx.content.slice(s.start, s.end));
  if (!m) return null;
  const end = s.start + m[0].length;
  const kept = new Set(participants.flatMap((p) => ('person' in p ? [p.person] : [])));
  const inside = [...new Set(mentions.filter((x) => x.span[1] <= end && kept.has(x.person)).map((x) => x.person))];
  const subject = [...mentions].sort((x, y) => x.span[0] - y.span[0]).find((x) => x.span[0] >= end && kept.has(x.person) && !inside.includes(x.person))?.person;
  if (inside.length === 0 || subject === undefined) return null;
  const hit = placeHits(ctx, s.start, end, [])[0];
  return { participants: [subject, ...inside].map((person) => ({ person })), subject: `p${subject}`, place: hit?.value ?? null, end };
}

// "bilateral talks between A and B" are the talks of A and B with each other
const SEPARATELY = /\b(?:separately|in separate (?:meetings|talks)|bilateral (?:meetings|talks)(?!\s+between\b))\b/i;
/** A list after the trigger ends at the first comma after its "and" ("with A, B and C on Monday, X …"). */
const LIST_END = /^[^;.:]*?\band\b[^,;.:]*|^[^,;.:]*/u;

/**
 * "X met separately with A, B and C", "In bilateral meetings with A and B, X …": one meeting of the people named
 * outside the list with each person named in it.
 */
function separateMeetings(ctx: DocContext, mentions: { person: number; span: Span }[], participants: Participant[], at: number, end: number): Participant[][] {
  const kept = new Set(participants.flatMap((p) => ('person' in p ? [p.person] : [])));
  const listEnd = at + LIST_END.exec(ctx.content.slice(at, end))![0].length;
  const inList = (m: { span: Span }) => m.span[0] >= at && m.span[1] <= listEnd;
  const listed = [...new Set(mentions.filter((m) => inList(m) && kept.has(m.person)).map((m) => m.person))];
  // "… received support from both leaders": someone the sentence refers to without a mention is outside the list
  const others = [...kept].filter((p) => !listed.includes(p));
  if (others.length === 0 || listed.length < 2) return [participants];
  return listed.map((o) => [...others, o].map((person) => ({ person })));
}

/** Who is named in a sentence without taking part: the sender of a message, an inviter, the reader of a communiqué, the subject of an anniversary, one who stayed behind. */
const NOT_PARTY_BEFORE = /\b(?:message from|letter from|on behalf of|invitation of|invitation from|envoy of|sent by|in memory of|read by|read out by|issued by|released by)\s+(?:[\p{L}.'’-]+,?\s+){0,5}$/u;
const NOT_PARTY_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:birth|death|anniversary|centenary|centennial|legacy|memory|funeral|mausoleum|tomb|grave|statue|portrait)\b|^(?:['’]s)?\s+(?:administration|government|presidency|cabinet|camp|era)\b|^\s+(?:stayed|remained)\s+(?:behind|at|in)\b(?![^,;.]*\b(?:to|for)\s)|^\s+(?:did\s+not|didn['’]t)\s+(?:attend|go|travel|join)\b|^\s+(?:skipped|missed)\s+the\b/u;

/** "Berg's national security adviser", before the adviser's name: words of an office, not of a meeting. */
const OWNS_TITLE = /^['’]s\s+(?:(?!(?:with|and|to|of|in|at|by|for|on|from|counterpart|host|guest|partner)\b)[\p{L}-]+\s+){1,4}$/u;

/** "Berg's national security adviser Ana Lind": a name that only qualifies another person's office. */
function ownsTitleOfOther(ctx: DocContext, here: { person: number; span: Span }[], [, end]: Span): boolean {
  return here.some((o) => o.span[0] > end && o.span[0] - end < 60 && OWNS_TITLE.test(ctx.content.slice(end, o.span[0])));
}

/** The people of ids named here, every mention of whom here passes the test. */
function onlyWhere(here: { person: number; span: Span }[], ids: number[], test: (span: Span) => boolean): Set<number> {
  return new Set(ids.filter((id) => here.some((m) => m.person === id) && here.every((m) => m.person !== id || test(m.span))));
}

/**
 * The persons of a reported event's sentence who are named only where they take no part: inside what it says of
 * another time ("as a follow-up to X's call", "a planned visit by X"), or as a sender, inviter or one remembered.
 * When that is everyone, the sentence reports no event of theirs ("The trip comes after X cut aid …").
 */
function onlyAside(ctx: DocContext, here: { person: number; span: Span }[], ids: number[], elsewhere: Span[]): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const mentions = here.filter((m) => m.person === id).map((m) => m.span);
    const aside = mentions.every(
      (m) =>
        inSpans(elsewhere, m[0]) ||
        NOT_PARTY_BEFORE.test(ctx.content.slice(Math.max(0, m[0] - 60), m[0])) ||
        NOT_PARTY_AFTER.test(ctx.content.slice(m[1], m[1] + 40)) ||
        ownsTitleOfOther(ctx, here, m),
    );
    if (mentions.length > 0 && aside) out.add(id);
  }
  return out;
}

/**
 * "X also took part in the talks", "Y was present at the meeting": the event told of last, not a new one. A name
 * before the noun ("attended the BIMSTEC Summit") is another gathering, so only a lowercase word may stand there.
 */
const ATTENDANCE = /\b(?:[Tt]ook part in|[Tt]akes part in|[Jj]oined|[Aa]ttended|were present|was present|were also present|was also present|also present|present at|present in)\b[^.]{0,40}\b[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:[Tt]alks|[Mm]eeting|[Ss]ummit|[Nn]egotiations|[Cc]onference|[Ss]ession|[Dd]iscussions)\b/u;
/** "X came later to join the group": one more participant of the event told of last. */
const JOINING = /\b(?:arrived separately|to join (?:the group|them|the others|the delegation|the leaders|the talks|the meeting))\b|\bled\s+(?:the|a|an|his|her|their)\s+(?:[\p{Lu}][\p{L}.]*\s+)?delegation,?\s+(?:which|that)\s+includ(?:ed|es)\b/u;
/** "A spoke Russian with the leaders, and in English with B": talk with people, no event of its own. */
const CONVERSING = /\b(?:spoke|talked|chatted|conversed)\b(?![^.;]*\bby\s+(?:tele)?phone)[^.;]{0,80}\bwith\b/u;

/** The sentence's first person took part in the event the sentence right before (or the one before it) told of. */
function continuesLast(w: Walk, i: number): boolean {
  const last = [...w.raw].reverse().find((e) => !e.planned);
  const first = firstMentioned(w.index, i);
  return !!last && !!first && last.sentence >= i - 2 && last.participants.some((p) => 'person' in p && p.person === first.person);
}

/** A word every GUESTS phrase has: a cheap test first. */
const GUEST_WORD = /guests|participants|attendees|delegates|present|spotted|seen/i;
/** "Other guests include A and B", "Among the leaders present … are A", "Others spotted include A": more people of the gathering told of last. */
const GUESTS = /\b(?:(?:other\s+)?(?:guests|participants|attendees|delegates)|leaders present|those present|others\s+(?:spotted|seen|present))\b[^.]{0,80}?\b(?:includ(?:e|es|ed|ing)|are|were)\b|\bamong\s+(?:the\s+)?(?:guests|participants|attendees|leaders present|those present)\b/iu;
/** "Accompanying the president on his visit were …": the delegation of the event told of last, not a new event. */
const ACCOMPANYING = /^\s*(?:\p{L}+\s+)?[Aa]ccompanying\b|\b(?:was|were) accompanied\s+(?:to\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?)?by\b/u;
/** Being present at talks is not taking part in them (the sentence joins as a source only); at a summit it is. */
const PRESENCE = /\bpresent\b/;

function joinsLast(raw: LocalEvent[], kind: string | null, date: string | null, participants: Participant[], span: Span, excerpt: string, presentOnly: boolean, rosters: Map<LocalEvent, Roster>): boolean {
  // a gathering reported before its people are named has people of its own
  const known = (e: LocalEvent) => rosters.has(e) || e.participants.some((p) => 'person' in p);
  const mine = participants.some((p) => 'person' in p);
  // attending the meeting is no part of someone's arrival before it
  const fits = (e: LocalEvent) => !e.planned && (kind === null || (kindsFit(e.kind, kind) && (e.kind !== 'visit' || kind === 'visit'))) && (date === null || e.date === date) && known(e) === mine;
  // in a report of a gathering of states, "the meeting" someone attended is that gathering
  const last = [...rosters.keys()].reverse().find((e) => kind !== null && fits(e)) ?? [...raw].reverse().find(fits);
  if (!last) return false;
  if (!presentOnly || GATHERING_KINDS.has(last.kind)) for (const p of participants) if (!last.participants.some((q) => samePerson(p, q))) last.participants.push(p);
  last.sources.push(span);
  last.excerpts.push(excerpt);
  return true;
}

/**
 * "The summit began at noon … A and B attended the meeting": a meeting that aides attend, told right after a
 * summit's report, is one of the summit's sessions: the summit's people and theirs, on its day and in its place.
 */
function sessionOf(w: Walk, i: number): LocalEvent | undefined {
  const last = [...w.raw].reverse().find((e) => !e.planned);
  return last && last.sentence >= i - 3 && GATHERING_KINDS.has(last.kind) && last.date !== null ? last : undefined;
}

/** "B and C signed the latest deal": the deal whose signing the document told already, so B and C join that signing. */
const SIGNED_BACK = /\bsigned\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:deal|agreement|accord|contract|memorandum|treaty)\b/u;

/** Trigger nouns that name one gathering, which later sentences refer back to ("the summit"). */
const GATHERINGS = new Set(['summit', 'forum', 'conference', 'symposium', 'congress']);

function gatheringsIn(ctx: DocContext, s: { start: number; end: number }): string[] {
  const out: string[] = [];
  for (const h of hitsIn(ctx, s.start, s.end)) {
    const word = ctx.content.slice(h.start, h.end).toLowerCase();
    if (h.kind === 'trigger' && GATHERINGS.has(word) && !out.includes(word)) out.push(word);
  }
  return out;
}

/** The kinds of event a gathering reported before anyone is named can be. */
const ROSTER_KINDS = new Set(['summit', 'forum', 'meeting', 'talks']);

/**
 * "The presidents of A, B and C convened in X on Friday": a gathering reported before anyone is named becomes an
 * event whose people are filled in later (rosters.ts); the nameless sentences right after it that tell of the same
 * kind of event name more of its states.
 */
function noteRoster(w: Walk, s: Sentence, i: number): boolean {
  const { ctx } = w;
  if (!hasTrigger(ctx, s.start, s.end, ROSTER_KINDS)) return false;
  const future = futureSpans(ctx, s.start, s.end);
  const trigger = triggerOf(ctx, s.start, s.end, future);
  if (!trigger || trigger.planned || !ROSTER_KINDS.has(trigger.kind) || w.captions[i]) return false;
  const last = [...w.rosters.keys()].pop() as (LocalEvent & { sentence: number }) | undefined;
  if (last && last.sentence >= i - 2 && kindsFit(last.kind, trigger.kind)) {
    extendRoster(ctx, w.rosters.get(last)!, s.start, s.end, future);
    last.sources.push([s.start, s.end]);
    last.excerpts.push(sentenceText(ctx, i).replace(/\s+/g, ' '));
    last.sentence = i;
    return true;
  }
  const roster = rosterOf(ctx, s.start, s.end, trigger.kind, GATHERING_KINDS.has(trigger.kind), future);
  if (!roster) return false;
  const time = resolveSentenceTime(blanked(ctx, s.start, s.end, future), parseYMD(w.anchor));
  const event = { kind: trigger.kind, date: time.kind === 'date' ? time.value : null, place: placeIn(ctx, s.start, s.end, trigger.kind, future), participants: [], names: [], sources: [[s.start, s.end] as Span], excerpts: [sentenceText(ctx, i).replace(/\s+/g, ' ')], sentence: i };
  w.raw.push(event);
  w.rosters.set(event, roster);
  return true;
}

/** The walk's events with each roster's people filled in; a roster that finds nobody is no event. */
function withRosters(w: Walk): LocalEvent[] {
  const first = (p: number) => spansOf(w.persons[p].mentions)[0]?.[0] ?? -1;
  return w.raw.filter((e) => {
    const roster = w.rosters.get(e);
    if (!roster) return true;
    for (const person of rosterMembers(roster, w.persons, first)) if (!e.participants.some((q) => 'person' in q && q.person === person)) e.participants.push({ person });
    return e.participants.some((p) => 'person' in p);
  });
}

/** "On 2 March a summit took place in Lusaka": a dated gathering with no one named yet. */
function noteGatherings(ctx: DocContext, s: { start: number; end: number }, named: string[], into: Map<string, { date: string; place: string | null }>, anchor: ReturnType<typeof parseYMD>): void {
  if (named.every((n) => into.has(n))) return;
  const future = futureSpans(ctx, s.start, s.end);
  if (triggerOf(ctx, s.start, s.end, future)?.planned !== false) return;
  const time = resolveSentenceTime(blanked(ctx, s.start, s.end, future), anchor);
  if (time.kind !== 'date') return;
  const place = placeIn(ctx, s.start, s.end, null, future);
  for (const n of named) if (!into.has(n)) into.set(n, { date: time.value, place });
}

/** The place of the last reported event before, on the same day (or as undated), that shares a participant. */
function placeOfPrevious(raw: LocalEvent[], participants: Participant[], date: string | null): string | null {
  for (let k = raw.length - 1; k >= 0; k--) {
    const e = raw[k];
    if (!e.planned && e.place && e.date === date && e.participants.some((p) => participants.some((q) => samePerson(p, q)))) return e.place;
  }
  return null;
}

/** A day-precise date moved by some days; a coarser or missing date cannot be. */
function shifted(date: string | null, days: number): string | null {
  const d = parseYMD(date);
  return d ? formatYMD(addDays(d, days)) : null;
}

/** "arrived in Zambia" under a Lusaka dateline: the dateline's city says where in the country. */
function datelineWithin(ctx: DocContext, place: string | null, dateline: string | null): string | null {
  if (!place || !dateline || !ctx.vocab.countryOf.has(place)) return place;
  return stateOfCity(ctx.vocab, dateline) === place ? dateline : place;
}

/** Unresolved candidates may be anything, so events are compared on the officials the document knows. */
function people(ps: Participant[]): Participant[] {
  const known = ps.filter((p) => 'person' in p);
  return known.length > 0 ? known : ps;
}

/**
 * "talks on Tuesday" and "the signing on Wednesday" on a page with no date: undated events told on different
 * weekdays are different days, though the same people.
 */
function otherWeekdays(a: LocalEvent, b: LocalEvent, days: (e: LocalEvent) => Set<number>): boolean {
  if (a.date || b.date) return false;
  const y = days(b);
  if (y.size === 0) return false;
  const x = days(a);
  return x.size > 0 && ![...x].some((d) => y.has(d));
}

/** The weekdays each event's sentences name, kept up to date as events absorb others (a merged event's excerpts grow). */
function weekdaysOf(): { days: (e: LocalEvent) => Set<number>; absorbed: (into: LocalEvent, e: LocalEvent) => void } {
  const known = new Map<LocalEvent, Set<number>>();
  const days = (e: LocalEvent) => known.get(e) ?? known.set(e, new Set(e.excerpts.map(weekdayNamed).filter((d) => d !== null))).get(e)!;
  return { days, absorbed: (into, e) => days(e).forEach((d) => days(into).add(d)) };
}

/** Whether every sentence that told the event told it only as background (`background` holds their starts). */
function onlyBackground(e: LocalEvent, background: Set<number>): boolean {
  return e.sources.every((s) => background.has(s[0]));
}

function mergeEvents(ctx: DocContext, raw: LocalEvent[], background: Set<number>, apart: Set<LocalEvent>): LocalEvent[] {
  const out: LocalEvent[] = [];
  const byDate = new Map<string, LocalEvent[]>();
  const weekdays = weekdaysOf();
  for (const e of raw) {
    const a = people(e.participants);
    const k = `${e.planned ? 'p' : 'r'}${e.date}`;
    const sameDate = byDate.get(k) ?? byDate.set(k, []).get(k)!;
    // an event told as background is another than the report's, though the same people and both undated; a
    // summit's session is one of its own
    const same = apart.has(e) ? undefined : sameDate.find((o) => kindsFit(o.kind, e.kind) && onlyBackground(o, background) === onlyBackground(e, background) && !otherWeekdays(o, e, weekdays.days) && (subsetOf(a, people(o.participants)) || subsetOf(people(o.participants), a)));
    if (!same) {
      const copy: LocalEvent = { kind: e.kind, date: e.date, place: e.place, participants: [...e.participants], names: [...e.names], sources: [...e.sources], excerpts: [...e.excerpts] };
      if (e.planned) copy.planned = true;
      out.push(copy);
      if (!apart.has(e)) sameDate.push(copy);
      continue;
    }
    if (!same.date) weekdays.absorbed(same, e);
    absorb(ctx, same, e);
  }
  return placedByVisit(ctx, foldUndated(ctx, oneGathering(ctx, out), background));
}

/**
 * "X arrived in Dhaka on Wednesday … on Thursday X met Y": a meeting no sentence places, held by a visitor on the
 * day of their arrival in a city or within two days after it, was held in that city.
 */
function placedByVisit(ctx: DocContext, events: LocalEvent[]): LocalEvent[] {
  const visits = events.filter((v) => v.kind === 'visit' && !v.planned && v.place && v.date?.length === 10 && !ctx.vocab.countryOf.has(v.place));
  if (visits.length === 0) return events;
  for (const e of events) {
    if (e.place || e.planned || !e.date || e.date.length !== 10 || GATHERING_KINDS.has(e.kind)) continue;
    const visit = visits.find((v) => v !== e && v.date! <= e.date! && e.date! <= shifted(v.date, 2)! && people(v.participants).some((p) => e.participants.some((q) => samePerson(p, q))));
    if (visit) e.place = visit.place;
  }
  return events;
}

/**
 * "Tchiani is hosting the talks with Traoré and Goïta … Speaking at the summit, Traoré said": a day's only summit,
 * told of by one speaker who took part in that day's talks of three or more, is those talks under another name.
 * Talks on a summit's sidelines are fewer people than the summit, and a summit of two keeps its own people.
 */
function oneGathering(ctx: DocContext, events: LocalEvent[]): LocalEvent[] {
  return events.filter((g) => {
    if (!g.date || g.planned || !GATHERING_KINDS.has(g.kind)) return true;
    // a gathering told of only beside unresolved names ("European officials") is no second one that day
    if (events.some((o) => o !== g && o.date === g.date && !o.planned && GATHERING_KINDS.has(o.kind) && o.participants.some((p) => 'person' in p))) return true;
    const a = people(g.participants);
    if (a.length !== 1) return true;
    const into = events.find((o) => o.date === g.date && !o.planned && !GATHERING_KINDS.has(o.kind) && people(o.participants).length >= 3 && subsetOf(a, people(o.participants)));
    if (!into) return true;
    absorb(ctx, into, g);
    into.kind = g.kind;
    return false;
  });
}

/** A forum or a summit is a gathering of its own: the talks held on its sidelines are another event. */
const GATHERING_KINDS = new Set(['forum', 'summit']);
const kindsFit = (a: string, b: string): boolean => GATHERING_KINDS.has(a) === GATHERING_KINDS.has(b);

function absorb(ctx: DocContext, into: LocalEvent, e: LocalEvent): void {
  // a welcome or a meeting that goes on to talks is the talks
  if (into.kind === 'meeting' && e.kind === 'talks') into.kind = 'talks';
  for (const p of e.participants) if (!into.participants.some((q) => samePerson(p, q))) into.participants.push(p);
  for (const n of e.names) if (!into.names.includes(n)) into.names.push(n);
  into.place = morePrecisePlace(ctx, into.place, e.place);
  pushAll(into.sources, e.sources);
  pushAll(into.excerpts, e.excerpts);
}

/** "the meeting", "the plenary session": a back-reference to a gathering told of before. */
const BACK_REFERENCE = /\bthe\s+(?:[\p{L}-]+\s+)?(?:meeting|session)\b(?!\s+(?:with|between)\b)/iu;

/**
 * A day's gatherings of one kind in one place are one ("The forum opened with a speech by A … it brings together
 * B"); "… before the ongoing meeting in Abuja": a meeting of only one person that only refers back to "the
 * meeting", on a day that person is at a summit, is that summit; and an undated gathering of a kind the document reports on one day only is that one
 * ("It brings together officials with A" beside "The conference opens Friday").
 */
function intoTheGathering(ctx: DocContext, events: LocalEvent[]): LocalEvent[] {
  // largest first: the day's reports of one summit are merged at link time, so the fullest is the one to join
  const gatherings = events.filter((g) => g.date && !g.planned && GATHERING_KINDS.has(g.kind)).sort((a, b) => people(b.participants).length - people(a.participants).length);
  const oneDay = gatherings.every((g) => g.date === gatherings[0]?.date);
  const absorbed = new Set<LocalEvent>();
  return events.filter((e) => {
    if (e.planned) return true;
    const a = people(e.participants);
    const lonely = e.date && !GATHERING_KINDS.has(e.kind) && a.length === 1 && e.excerpts.every((x) => BACK_REFERENCE.test(x));
    const at = gatherings.indexOf(e);
    const into =
      at >= 0
        ? gatherings.slice(0, at).find((g) => !absorbed.has(g) && g.kind === e.kind && g.date === e.date && (!g.place || !e.place || g.place === e.place))
        : lonely
          ? gatherings.find((g) => !absorbed.has(g) && g.date === e.date && subsetOf(a, people(g.participants)))
          : !e.date && GATHERING_KINDS.has(e.kind) && oneDay
            ? gatherings.find((g) => !absorbed.has(g) && g.kind === e.kind)
            : e.date && !GATHERING_KINDS.has(e.kind)
              ? gatherings.find((g) => !absorbed.has(g) && partOf(g, e))
              : undefined;
    if (!into) return true;
    absorb(ctx, into, e);
    absorbed.add(e);
    return false;
  });
}

const WELCOME_WORD = /\b(?:welcom|greet|receiv|arriv|guests?\b|gate\b|airport|red carpet|guard of hono)/i;

/**
 * "B greeted A at the gate" beside their summit, "A and B greeted each guest, C among them" at the summit's
 * opening: a welcome or an arrival of all of a day's summit's people (two at least), in its city, is part of that
 * summit. Talks held beside a summit or a forum are an event of their own, and so is a session of it that aides
 * attend (sessionOf): told without a word of welcome, it is no welcome.
 */
function partOf(g: LocalEvent, e: LocalEvent): boolean {
  const summit = people(g.participants);
  const welcome = (e.kind === 'meeting' || e.kind === 'visit') && e.excerpts.some((x) => WELCOME_WORD.test(x));
  return welcome && g.kind === 'summit' && g.date === e.date && g.place !== null && g.place === e.place && summit.length >= 2 && subsetOf(summit, people(e.participants));
}

/**
 * A headline or a sentence without a date ("Arles meets Maurer in Paris") about exactly the people of one dated
 * report is that report: it joins the first dated event with the same participants, or with more of them when
 * it names the same kind of event.
 */
function foldUndated(ctx: DocContext, events: LocalEvent[], background: Set<number>): LocalEvent[] {
  const dated = events.filter((e) => e.date && !e.planned);
  return events.filter((e) => {
    // an earlier meeting of the same people, told as background, is another event
    if (e.date || e.planned || onlyBackground(e, background)) return true;
    const a = people(e.participants);
    const into = dated.find((o) => {
      const b = people(o.participants);
      return kindsFit(o.kind, e.kind) && subsetOf(a, b) && (o.kind === e.kind || subsetOf(b, a));
    });
    if (into) {
      absorb(ctx, into, e);
      return false;
    }
    const parts = summarized(dated, a);
    for (const o of parts) {
      o.sources.push(...e.sources);
      o.excerpts.push(...e.excerpts);
    }
    return parts.length === 0;
  });
}

/**
 * "X steps up talks with Y and Z" over a report of X's talks with Y and then with Z: an undated sentence whose
 * people are those of several dated events, each within it, sums them up and is none of its own.
 */
function summarized(dated: LocalEvent[], a: Participant[]): LocalEvent[] {
  const parts = dated.filter((o) => subsetOf(people(o.participants), a));
  const covered = a.every((p) => parts.some((o) => o.participants.some((q) => samePerson(p, q))));
  return parts.length >= 2 && covered ? parts : [];
}

/** A city in the country says more than the country; otherwise the first place stands. */
function morePrecisePlace(ctx: DocContext, current: string | null, other: string | null): string | null {
  if (!current) return other;
  if (!other || !ctx.vocab.countryOf.has(current) || ctx.vocab.countryOf.has(other)) return current;
  // a city elsewhere ("talks in Kenya … will meet again in Paris") does not refine the country
  const country = stateOfCity(ctx.vocab, other);
  return country === null || country === current ? other : current;
}
