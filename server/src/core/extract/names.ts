// Finds initiatives and organizations in one document: capitalized names built around a head noun
// ("Belt and Road Initiative", "Five Principles of Peaceful Coexistence"), the shapes nameShapes.ts finds, acronyms
// defined in parentheses or in words, and later uses of those acronyms in the same document.
import type { LocalName, Span } from '../types.js';
import { spanListOf } from '../text/spanList.js';
import type { Token } from '../text/tokens.js';
import { isPossessive, stripPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, hitAt, hitEndingAt, isNameToken, opensAddress, sentenceAt, sentenceSpan } from './context.js';
import { knownAcronymEntry } from './vocabulary.js';
import { initialsMatch, shapedNames } from './nameShapes.js';
import { writtenForms } from './written.js';

export { initialsMatch };

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'the', '&', 'de', 'to']);
const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'in', 'to']);
const WHERE_OR_WHEN = new Set(['in', 'on', 'at', 'to']);
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const LEADING_STOP = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'After', 'Before', 'During', 'With', 'And', 'But', 'For', 'From', 'By', 'To', 'As', 'Under', 'Since', 'While', 'When', 'If', 'Both', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'Within', 'Between', 'Through', 'Also', 'Meanwhile', 'However']);
const COMMA_LIST = /^,\s+((?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*(?:,\s+(?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*)*\s+and\s+(?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*)(?=\s*[,.;:)]|\s+\p{Ll}|\s*$)/u;
const ACRONYM_DEF = /^\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&\-]{1,9})\s*\)/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const YEAR = /^(?:19|20)\d\d$/;
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;
/** The short words a title-case headline leaves lowercase; any other lowercase word makes a sentence. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'as', 'vs', 'via', 'per', 'with', 'from', 'into', 'over', 'amid', 'than']);

export interface NamePhrase {
  start: number;
  end: number;
  text: string;
  kind: 'initiative' | 'organization';
  /** One past the last token of the phrase. */
  tokenEnd: number;
}

/** An acronym a phrase stands for, and where the document writes it when it does ("(SCO)"). */
export interface PhraseAcronym {
  acronym: string;
  span: Span | null;
}

function isCapWord(t: Token): boolean {
  if (t.cap || t.upper) return true;
  // "3D", "COVID-19": only a word that starts with a digit or has a hyphen can be either
  const digitFirst = t.text[0] >= '0' && t.text[0] <= '9';
  return (digitFirst && /^\d+\p{L}*-?\p{Lu}/u.test(t.text)) || (t.text.includes('-') && /^\p{Lu}?\p{L}*-\d+$/u.test(t.text));
}

/** "the 75th Anniversary": an ordinal stands in a name when a capitalized word follows it. */
function isNameWordAt(ctx: DocContext, k: number, limit: number): boolean {
  const t = ctx.tokens[k];
  if (isCapWord(t)) return true;
  const next = ctx.tokens[k + 1];
  return ORDINAL.test(t.text) && k + 1 < limit && isCapWord(next) && adjacent(ctx, t.end, next.start);
}

/**
 * "Agenda 2063", "Vision 2030": a year right after an initiative's head noun is part of its name (after an
 * organization's, "Forum 2024", it names one year's meeting of it).
 */
function isYearAfterHead(ctx: DocContext, k: number): boolean {
  return k > 0 && YEAR.test(ctx.tokens[k].text) && ctx.vocab.heads.get(ctx.tokens[k - 1].text) === 'initiative';
}

/** A possessive that stays inside a name ("National People's Congress") rather than ending one. */
function keepsPossessive(ctx: DocContext, t: Token): boolean {
  return isPossessive(t.text) && ctx.vocab.namePossessives.has(stripPossessive(t.text));
}

function endsWithPossessive(ctx: DocContext, t: Token): boolean {
  return isPossessive(t.text) && !keepsPossessive(ctx, t);
}

/** Two name words are joined by a space, by " & ", or by a plural possessive kept in names ("Workers' Party"). */
function joins(ctx: DocContext, end: number, prev: Token, next: Token): boolean {
  if (adjacent(ctx, end, next.start)) return true;
  const gap = ctx.content.slice(end, next.start);
  if (/^ ?& ?$/.test(gap)) return true;
  return /^['’] $/.test(gap) && ctx.vocab.namePossessives.has(prev.text);
}

type Stop = (t: Token) => boolean;

/**
 * The capitalized run starting at token i inside its sentence: capitalized words joined by connectors
 * ("of", "and", "for the") and by a comma-separated list that ends in "and" ("for Russian, Eastern European and
 * Central Asian Studies"). It ends before a token `stop` refuses (a person's name). Returns the token index one
 * past the run and its end offset.
 */
function capitalizedRun(ctx: DocContext, i: number, limit: number, stop: Stop = () => false): { endToken: number; end: number } {
  const toks = ctx.tokens;
  let j = i + 1;
  let end = toks[i].end;
  while (j < limit && !stop(toks[j])) {
    const t = toks[j];
    if ((isNameWordAt(ctx, j, limit) || isYearAfterHead(ctx, j)) && joins(ctx, end, toks[j - 1], t)) {
      end = t.end;
      j++;
      if (endsWithPossessive(ctx, t)) break;
      continue;
    }
    if (CONNECTORS.has(t.text) && adjacent(ctx, end, t.start)) {
      const k = afterConnectors(ctx, j, end, limit);
      // "the Republic of Kenya and His Excellency B": a form of address after "and" begins a person
      if (k < 0 || stop(toks[k]) || opensAddress(ctx, k)) break;
      end = toks[k - 1].end;
      j = k;
      continue;
    }
    const list = COMMA_LIST.exec(ctx.content.slice(end, Math.min(ctx.content.length, end + 200)));
    if (list && ctx.content[end] === ',' && TAIL_CONNECTORS.has(toks.slice(i, j).map((x) => x.text).find((w) => TAIL_CONNECTORS.has(w)) ?? '')) {
      const listEnd = end + list[0].length;
      while (j < limit && toks[j].end <= listEnd) j++;
      end = listEnd;
      continue;
    }
    break;
  }
  return { endToken: j, end };
}

/** The token after the connectors starting at j when a name word follows them, or -1. */
function afterConnectors(ctx: DocContext, j: number, end: number, limit: number): number {
  const toks = ctx.tokens;
  let k = j;
  let at = end;
  while (k < limit && CONNECTORS.has(toks[k].text) && adjacent(ctx, at, toks[k].start)) at = toks[k++].end;
  // "in Beijing", "on Wednesday" say where or when, and are not part of the name
  const placeOrDate = WHERE_OR_WHEN.has(toks[j].text) && k < limit && (CALENDAR.test(toks[k].text) || isPlaceAt(ctx, toks[k]));
  if (placeOrDate || k >= limit || !isNameWordAt(ctx, k, limit) || !adjacent(ctx, at, toks[k].start) || endsWithPossessive(ctx, toks[k])) return -1;
  return k;
}

/** A place starts at the token: "Beijing", "New York", "Gaza". */
function isPlaceAt(ctx: DocContext, t: Token): boolean {
  // "China" in "China-Russia" is no place of its own
  return ctx.vocab.places.has(t.text) || (hitAt(ctx, t.start, ['city', 'country'])?.end ?? 0) >= t.end;
}

function strongHead(ctx: DocContext, t: Token): boolean {
  return ctx.vocab.heads.has(t.text) && !ctx.vocab.weakHeads.has(t.text);
}

/** The first tail connector ("of", "for", …) in [from, to), or `to`: what comes before it is the name's core. */
function coreEndOf(ctx: DocContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (TAIL_CONNECTORS.has(ctx.tokens[k].text)) return k;
  return to;
}

/**
 * Counts over the tokens of one run, so that each "and" in it is judged in constant time: scanning the run again
 * at every "and" made a run of 30,000 "Alpha and Alpha" quadratic.
 */
interface RunCounts {
  from: number;
  to: number;
  /** strong[k - from]: strong head nouns in [from, k); heads likewise for any head noun */
  strong: Int32Array;
  heads: Int32Array;
  /** nextTail[k - from]: coreEndOf(k, to) */
  nextTail: Int32Array;
}

function runCounts(ctx: DocContext, from: number, to: number): RunCounts {
  const toks = ctx.tokens;
  const n = Math.max(0, to - from);
  const strong = new Int32Array(n + 1);
  const heads = new Int32Array(n + 1);
  const nextTail = new Int32Array(n + 1).fill(to);
  for (let i = 0; i < n; i++) {
    strong[i + 1] = strong[i] + (strongHead(ctx, toks[from + i]) ? 1 : 0);
    heads[i + 1] = heads[i] + (ctx.vocab.heads.has(toks[from + i].text) ? 1 : 0);
  }
  for (let i = n - 1; i >= 0; i--) nextTail[i] = TAIL_CONNECTORS.has(toks[from + i].text) ? from + i : nextTail[i + 1];
  return { from, to, strong, heads, nextTail };
}

/** How many of the counted tokens lie in [a, b), for from <= a, b <= to. */
function countIn(run: RunCounts, counts: Int32Array, a: number, b: number): number {
  return b > a ? counts[b - run.from] - counts[a - run.from] : 0;
}

/**
 * Whether "and" at k joins two names. "the X Union and the Y Initiative" are two; in "the Joint Statement of
 * China and the Russian Federation on …" the "and" is inside the first name's complement, since what follows
 * has no head noun before its own "of/on".
 */
function splitsAt(ctx: DocContext, run: RunCounts, segStart: number, k: number): boolean {
  const toks = ctx.tokens;
  const nextThe = toks[k + 1]?.text === 'the';
  const headBefore = countIn(run, run.strong, segStart, k) > 0;
  const headAfter = countIn(run, run.strong, k + 1, run.to) > 0;
  // "the Union and BRICS", "the Union and Chinese firms": a complete name ends at its head noun
  const endsAtHead = ctx.vocab.heads.has(toks[k - 1]?.text ?? '');
  if (endsAtHead || (headBefore && headAfter && !nextThe)) return true;
  if (!nextThe) return false;
  // the first name's core ends before k (coreEndOf(segStart, k) < k), and the right one's core has a head noun
  const inComplement = run.nextTail[segStart - run.from] < k;
  const rightStart = k + 2;
  const rightCoreHasHead = rightStart < run.to && countIn(run, run.heads, rightStart, run.nextTail[rightStart - run.from]) > 0;
  return !inComplement || rightCoreHasHead;
}

/** Splits a run where it joins two names ("the X Union and the Y Initiative") and keeps each part with a head noun. */
function namesInRun(ctx: DocContext, from: number, to: number, out: NamePhrase[]): void {
  const toks = ctx.tokens;
  const run = runCounts(ctx, from, to);
  let segStart = from;
  for (let k = from; k <= to; k++) {
    const atEnd = k === to;
    const isAnd = !atEnd && (toks[k].text === 'and' || toks[k].text === '&');
    if (!atEnd && !(isAnd && splitsAt(ctx, run, segStart, k))) continue;
    headPhrases(ctx, segStart, k, false, out);
    segStart = k + 1;
    if (!atEnd && toks[segStart]?.text === 'the') segStart++;
  }
}

/**
 * possessiveBefore[k - from]: the last token in [from, k) that ends with a possessive, or -1. Computed once per
 * run, since nameStart looks back over the rest of the run for every complement in it.
 */
function possessivesBefore(ctx: DocContext, from: number, to: number): Int32Array {
  const before = new Int32Array(Math.max(0, to - from) + 1).fill(-1);
  for (let k = from; k < to; k++) before[k - from + 1] = endsWithPossessive(ctx, ctx.tokens[k]) ? k : before[k - from];
  return before;
}

/** The first token of a name in [from, to): past "The", a leading verb ("Deepening the …") and possessives. */
function nameStart(ctx: DocContext, from: number, to: number, possessiveBefore: (k: number) => number): number {
  const toks = ctx.tokens;
  for (;;) {
    while (from < to && (LEADING_STOP.has(toks[from].text) || !isCapWord(toks[from]))) from++;
    if (from + 1 < to && GERUND.test(toks[from].text) && toks[from + 1].text === 'the') from += 2;
    else break;
  }
  // the name starts after the last possessive that is not the run's last word
  const last = to - from > 1 ? possessiveBefore(to - 1) : -1;
  return last >= from ? last + 1 : from;
}

/** One past the name's last token: a name ends on a name word, and never on "the State Council's". */
function nameEnd(ctx: DocContext, from: number, to: number): number {
  const toks = ctx.tokens;
  if (to - from > 1 && endsWithPossessive(ctx, toks[to - 1])) {
    const tail = coreEndOf(ctx, from, to);
    if (tail > from && tail < to) to = tail;
  }
  while (to > from && !isCapWord(toks[to - 1]) && !isYearAfterHead(ctx, to - 1)) to--;
  return to;
}

/** The kind the core's head noun gives and the token just after that head, or null when the core has none. */
function coreHead(ctx: DocContext, from: number, coreEnd: number, complement: boolean): { kind: 'initiative' | 'organization'; after: number } | null {
  const toks = ctx.tokens;
  const v = ctx.vocab;
  const afterThe = from > 0 && /^[Tt]he$/.test(toks[from - 1].text);
  let found: { kind: 'initiative' | 'organization'; after: number } | null = null;
  let capWords = 0;
  for (let k = from; k < coreEnd; k++) {
    if (isCapWord(toks[k])) capWords++;
    const word = stripPossessive(toks[k].text);
    const head = v.heads.get(word);
    // a weak head ("Dialogue", "Department") needs more than itself to be a name: three words, or "the"
    const weakOk = afterThe || (!complement && capWords >= 3);
    if (head && (!v.weakHeads.has(word) || weakOk)) found = { kind: head, after: k + 1 };
  }
  return found;
}

/**
 * The name in tokens [from, to) if its core (before the first "of/for/on/in") holds a head noun, and the name in
 * the complement when the core's name ends before it ("the Agenda 2063 of the African Union"), and so on along the
 * run. A loop, not a recursion: "Alpha of Alpha of …" has as many complements as words and overflowed the stack.
 */
function headPhrases(ctx: DocContext, from: number, to: number, complement: boolean, out: NamePhrase[]): void {
  const before = possessivesBefore(ctx, from, to);
  const possessiveBefore = (k: number) => before[k - from];
  for (let next = headPhrase(ctx, from, to, complement, possessiveBefore, out); next; next = headPhrase(ctx, next.from, next.to, true, possessiveBefore, out));
}

/** Pushes the name in tokens [from, to) if its core holds a head noun; returns the complement to read next, if any. */
function headPhrase(ctx: DocContext, from: number, to: number, complement: boolean, possessiveBefore: (k: number) => number, out: NamePhrase[]): { from: number; to: number } | null {
  const toks = ctx.tokens;
  from = nameStart(ctx, from, to, possessiveBefore);
  to = nameEnd(ctx, from, to);
  if (to <= from) return null;
  const coreEnd = coreEndOf(ctx, from, to);
  const afterTail = toks[coreEnd + 1]?.text === 'the' ? coreEnd + 2 : coreEnd + 1;
  const head = coreHead(ctx, from, coreEnd, complement);
  // "Members of the Shanghai Cooperation Organization": the name may start after the first "of"
  if (!head) return coreEnd < to ? { from: afterTail, to } : null;
  const end = nameEndAtHead(ctx, from, to, coreEnd, head.after, complement);
  const phrase = end - from >= 2 ? phraseOf(ctx, from, end, head.kind) : null;
  if (phrase) out.push(phrase);
  return end <= coreEnd && coreEnd < to ? { from: afterTail, to } : null;
}

/**
 * One past the name's last token once its core has a head noun: "the Security Council Tomas Berg" and "the
 * Kremlin on Asia" end at the head, "Agenda 2063" keeps its year, "Speaker of the House Tom Berg" loses the
 * person.
 */
function nameEndAtHead(ctx: DocContext, from: number, to: number, coreEnd: number, afterHead: number, complement: boolean): number {
  const toks = ctx.tokens;
  let end = to;
  if (afterHead < coreEnd || ctx.vocab.standaloneHeads.has(stripPossessive(toks[afterHead - 1].text))) end = afterHead;
  if (end < to && isYearAfterHead(ctx, end)) end++;
  if (complement && coreEnd < end && followsTitle(ctx, from)) end = withoutTrailingPerson(ctx, coreEnd, end);
  return end;
}

/** The phrase of tokens [from, end), or null for a place, or a generic word and a head ("a Joint Statement"). */
function phraseOf(ctx: DocContext, from: number, end: number, kind: 'initiative' | 'organization'): NamePhrase | null {
  const toks = ctx.tokens;
  if (end - from === 2 && ctx.vocab.genericModifiers.has(toks[from].text)) return null;
  const start = toks[from].start;
  const last = toks[end - 1];
  const stop = last.start + (endsWithPossessive(ctx, last) ? stripPossessive(last.text).length : last.text.length);
  const text = ctx.content.slice(start, stop);
  if (isPlace(ctx, text)) return null;
  return { start, end: stop, text, kind, tokenEnd: end };
}

/** "Speaker of the House …": the name is the complement of a title written before it. */
function followsTitle(ctx: DocContext, from: number): boolean {
  const toks = ctx.tokens;
  let k = from - 1;
  if (toks[k]?.text === 'the') k--;
  if (k < 1 || toks[k].text !== 'of') return false;
  return hitEndingAt(ctx, toks[k - 1].end, ['title']) !== null;
}

/**
 * "Speaker of the House of Representatives Tom Berg": after a title's complement comes the person who holds it,
 * so the last two name words, when the complement keeps a word of its own, are not the organization's.
 */
function withoutTrailingPerson(ctx: DocContext, coreEnd: number, end: number): number {
  let k = end;
  while (k > end - 2 && k - 1 > coreEnd + 1 && isNameToken(ctx, ctx.tokens[k - 1])) k--;
  return k === end - 2 ? k : end;
}

/** "West Bank", "United States of America": a place or a country is not an organization. */
function isPlace(ctx: DocContext, text: string): boolean {
  return ctx.vocab.places.has(text) || ctx.vocab.countryOf.has(text);
}

/** The organization name that starts at token i, for titles such as "head of the X". */
export function orgPhraseAt(ctx: DocContext, i: number): NamePhrase | null {
  const s = ctx.sentenceOf[i];
  const limit = ctx.sentenceTokens[s][1];
  if (i >= limit || !isCapWord(ctx.tokens[i])) return null;
  const run = capitalizedRun(ctx, i, limit);
  const found: NamePhrase[] = [];
  namesInRun(ctx, i, run.endToken, found);
  const first = found[0];
  if (first && first.start === ctx.tokens[i].start) {
    return { ...first, end: Math.max(first.end, run.end), text: ctx.content.slice(first.start, Math.max(first.end, run.end)) };
  }
  // the title names the whole run ("the Office of the Central Foreign Affairs Commission")
  return { start: ctx.tokens[i].start, end: run.end, text: ctx.content.slice(ctx.tokens[i].start, run.end), kind: 'organization', tokenEnd: run.endToken };
}

function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

export interface NamesResult {
  names: LocalName[];
  claimed: Span[];
}

export function extractNames(ctx: DocContext, blocked: (span: Span) => boolean): NamesResult {
  const toks = ctx.tokens;
  const phrases: NamePhrase[] = [];
  const acronymOf = new Map<NamePhrase, PhraseAcronym>();
  const stop: Stop = (t) => blocked([t.start, t.end]);
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; ) {
      if (!isCapWord(toks[i]) || stop(toks[i]) || afterParticle(ctx, i, first)) {
        i++;
        continue;
      }
      const run = capitalizedRun(ctx, i, limit, stop);
      const found: NamePhrase[] = [];
      namesInRun(ctx, i, run.endToken, found);
      const headed = found.length === 0 ? lowercaseHeaded(ctx, i, run.endToken, limit) : null;
      if (headed) found.push(headed);
      const defined = definedAcronym(ctx, i, run, found);
      if (defined && !found.includes(defined.phrase)) found.push(defined.phrase);
      if (defined) acronymOf.set(defined.phrase, defined.acronym);
      for (const p of found) if (!blocked([p.start, p.end])) phrases.push(p);
      i = Math.max(i + 1, run.endToken);
    }
  }
  addShapedNames(ctx, blocked, phrases, acronymOf);
  return collectNames(ctx, phrases, acronymOf);
}

/**
 * "the Belt and Road initiative", "China's Digital Silk Road project": capitalized words after "the" or a
 * possessive, with the head noun written lowercase. None of the words may be a place or a country ("the
 * Indo-Pacific strategy" is a region's), nor two that could be a person's name.
 */
function lowercaseHeaded(ctx: DocContext, from: number, to: number, limit: number): NamePhrase | null {
  const toks = ctx.tokens;
  const sentenceStart = ctx.sentenceTokens[ctx.sentenceOf[from]][0];
  while (from < to && (toks[from].text === 'The' || isPossessive(toks[from].text))) from++;
  const noun = toks[to];
  const before = toks[from - 1];
  if (to >= limit || to - from < 2 || !ctx.vocab.lowercaseHeads.has(noun.text) || !adjacent(ctx, toks[to - 1].end, noun.start)) return null;
  if (from - 1 < sentenceStart || !/^(?:[Tt]he|.+['’]s)$/u.test(before.text)) return null;
  const words = toks.slice(from, to);
  if (words.some((t) => (!isCapWord(t) ? !CONNECTORS.has(t.text) : isCountryWord(ctx, t)))) return null;
  // "the Tom Berg program": two words that could be a person's name are more likely theirs
  if (words.length === 2 && words.every((t) => isNameToken(ctx, t))) return null;
  const start = toks[from].start;
  return { start, end: noun.end, text: ctx.content.slice(start, noun.end), kind: 'initiative', tokenEnd: to + 1 };
}

/** A place, a country or its demonym, alone or in a compound ("Indo-Pacific", "Sino-African", "US-China"). */
function isCountryWord(ctx: DocContext, t: Token): boolean {
  const v = ctx.vocab;
  return t.text.split('-').some((p) => v.places.has(p) || v.countryOf.has(p) || v.demonymOf.has(p)) || v.places.has(t.text) || isPlaceAt(ctx, t);
}

/** "von der Leyen": a capitalized word after a lowercase name particle ends a person's name. */
function afterParticle(ctx: DocContext, i: number, first: number): boolean {
  const prev = ctx.tokens[i - 1];
  return i > first && ctx.vocab.particles.has(prev.text) && adjacent(ctx, prev.end, ctx.tokens[i].start);
}

/** The names no capitalized run gives ("the 5+1 group", quoted names), where they overlap none found. */
function addShapedNames(ctx: DocContext, blocked: (span: Span) => boolean, phrases: NamePhrase[], acronymOf: Map<NamePhrase, PhraseAcronym>): void {
  const taken = phrases.map((p): Span => [p.start, p.end]);
  for (const shaped of shapedNames(ctx)) {
    const { phrase, acronym } = shaped;
    // "the Group of Seven" found as a run still stands for G7
    const same = acronym ? phrases.find((p) => p.start === phrase.start && p.end === phrase.end) : undefined;
    if (same && acronym && !acronymOf.has(same)) acronymOf.set(same, acronym);
    if (blocked([phrase.start, phrase.end]) || taken.some((t) => t[0] < phrase.end && phrase.start < t[1])) continue;
    phrases.push(phrase);
    if (acronym) acronymOf.set(phrase, acronym);
  }
  phrases.sort((a, b) => a.start - b.start);
}

/** The phrase an acronym in parentheses right after the run defines ("… Organization (SCO)"), if any. */
function definedAcronym(ctx: DocContext, i: number, run: { endToken: number; end: number }, found: NamePhrase[]): { phrase: NamePhrase; acronym: PhraseAcronym } | null {
  const after = ACRONYM_DEF.exec(ctx.content.slice(run.end, run.end + 16));
  // "the United States (US)": a country is not an organization
  if (!after || ctx.vocab.countryOf.has(after[1])) return null;
  const open = run.end + after[0].indexOf(after[1]);
  const acronym: PhraseAcronym = { acronym: after[1], span: [open, open + after[1].length] };
  const last = found[found.length - 1];
  const known = knownAcronymEntry(ctx.vocab, after[1]);
  // "the Southern Common Market (MERCOSUR)": a well-known acronym need not follow the name's initials
  if (known && last && last.end === run.end && normalizeName(last.text).endsWith(normalizeName(known.name))) return { phrase: last, acronym };
  const from = acronymStart(ctx, i, run.endToken, run.end, after[1], known?.name ?? null);
  if (from < 0) return null;
  const phrase = last && last.end === run.end ? last : acronymPhrase(ctx, from, run.endToken, run.end, known?.kind ?? 'organization');
  return phrase ? { phrase, acronym } : null;
}

/** The token where the longest tail of the run that the acronym abbreviates (or its known name) starts, or -1. */
function acronymStart(ctx: DocContext, from: number, to: number, end: number, acronym: string, knownName: string | null): number {
  const after = wordsAfter(ctx, from, to);
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '').length;
  const knownWords = knownName === null ? 0 : normalizeName(knownName).split(' ').length;
  for (let k = from; k < to; k++) {
    if (!isCapWord(ctx.tokens[k]) || LEADING_STOP.has(ctx.tokens[k].text)) continue;
    // a tail with more capitalized words than the acronym has letters, or more words than the known name, cannot
    // match: skipping those keeps a long run before "(AC)" linear (each tail was split again, 100 KB took 21 s)
    const initialsMay = after.capitalized[k - from] <= letters;
    const knownMay = knownName !== null && after.words[k - from] + 1 <= knownWords;
    if (!initialsMay && !knownMay) continue;
    const tail = ctx.content.slice(ctx.tokens[k].start, end);
    if ((initialsMay && initialsMatch(tail, acronym)) || (knownMay && normalizeName(tail) === normalizeName(knownName!))) return k;
  }
  return -1;
}

/**
 * For each token k of [from, to), lower bounds on the words of the text from k to the run's end besides k's own:
 * the later tokens that start a word (whitespace before them), all of them and those capitalized (a letter or digit
 * in capitals, as initialsMatch counts words).
 */
function wordsAfter(ctx: DocContext, from: number, to: number): { words: Int32Array; capitalized: Int32Array } {
  const toks = ctx.tokens;
  const n = Math.max(0, to - from);
  const words = new Int32Array(n + 1);
  const capitalized = new Int32Array(n + 1);
  for (let k = to - 1; k > from; k--) {
    const startsWord = /\s/.test(ctx.content[toks[k].start - 1] ?? '');
    words[k - from - 1] = words[k - from] + (startsWord ? 1 : 0);
    capitalized[k - from - 1] = capitalized[k - from] + (startsWord && /^[\p{Lu}\p{N}]/u.test(ctx.content.slice(toks[k].start, toks[k].start + 2)) ? 1 : 0);
  }
  return { words, capitalized };
}

function acronymPhrase(ctx: DocContext, from: number, to: number, end: number, kind: 'initiative' | 'organization'): NamePhrase | null {
  const toks = ctx.tokens;
  while (from < to && LEADING_STOP.has(toks[from].text)) from++;
  if (to - from < 2) return null;
  const start = toks[from].start;
  const text = ctx.content.slice(start, end);
  if (isPlace(ctx, text)) return null;
  return { start, end, text, kind, tokenEnd: to };
}

/** A name while the document is read: mentions are gathered as pairs, then sorted and packed. */
type NameDraft = Omit<LocalName, 'mentions' | 'written'> & { mentions: Span[]; inBody: boolean };

/**
 * A headline in title case ("Leaders Agree to Resume Trade Talks"): every word capitalized but a few short
 * ones, so capitals there say nothing about names.
 */
function isTitleCase(ctx: DocContext, s: number): boolean {
  const [first, limit] = ctx.sentenceTokens[s];
  let capitalized = 0;
  for (let k = first; k < limit; k++) {
    const t = ctx.tokens[k];
    if (t.cap) capitalized++;
    else if (!t.upper && !HEADLINE_LOWER.has(t.text) && !/^\d/.test(t.text)) return false;
  }
  return capitalized >= 4;
}

/** Whether the phrase stands in a title-case headline, where even a line that looks like a name may not be one. */
function inHeadline(ctx: DocContext, p: NamePhrase, titleCase: Map<number, boolean>): boolean {
  const s = sentenceAt(ctx, p.start);
  if (s < 0) return false;
  if (!titleCase.has(s)) titleCase.set(s, isTitleCase(ctx, s));
  return titleCase.get(s)!;
}

function collectNames(ctx: DocContext, phrases: NamePhrase[], acronymOf: Map<NamePhrase, PhraseAcronym>): NamesResult {
  const byKey = new Map<string, NameDraft>();
  const titleCase = new Map<number, boolean>();
  for (const p of phrases) {
    const key = normalizeName(p.text);
    let name = byKey.get(key);
    if (!name) {
      const sentence = sentenceAt(ctx, p.start);
      const span: Span = sentence >= 0 ? sentenceSpan(ctx, sentence) : [p.start, p.end];
      name = { name: p.text, kind: p.kind, acronym: null, mentions: [], acronymDefinition: null, sentence: span, sentenceText: ctx.content.slice(span[0], span[1]).replace(/\s+/g, ' '), inBody: false };
      byKey.set(key, name);
    }
    name.mentions.push([p.start, p.end]);
    const def = acronymOf.get(p);
    name.inBody ||= !!def?.span || !inHeadline(ctx, p, titleCase);
    if (def && !name.acronym) name.acronym = def.acronym;
    if (def?.span && !name.acronymDefinition) name.acronymDefinition = [p.start, p.end];
    if (def?.span) name.mentions.push(def.span);
  }
  // a name only a headline gives is dropped, but its words stay claimed: they are no one's name either
  const kept = [...byKey.values()].filter((n) => n.inBody);
  addProseAcronyms(ctx, kept);
  addAcronymMentions(ctx, kept);
  const claimed = [...byKey.values()].flatMap((n) => n.mentions);
  const names = kept.map(({ inBody: _, ...n }) => {
    const mentions = n.mentions.sort((a, b) => a[0] - b[0]);
    return { ...n, mentions: spanListOf(mentions), written: writtenForms(ctx.content, mentions) };
  });
  return { names, claimed };
}

const PROSE_ACRONYM = /(?:\bacronym|\babbreviation|\babbreviated(?:\s+as)?|\bknown\s+as)\s+$/i;
/** "the alliance, known by its French acronym": the head noun that names what the acronym stands for. */
const PROSE_REFERENT = /\bthe\s+(\p{Ll}+)\s*,\s*known\s+(?:by|under|as)\b[^,.;]*$/u;
/** How far back the name an acronym in prose stands for may be, when no head noun says which it is. */
const PROSE_REACH = 400;

/**
 * "…, known by its French acronym AES": an acronym introduced in words stands for the last name with the head
 * noun it is introduced with ("the alliance, known as …"), or else for a name just before it that it spells.
 */
function addProseAcronyms(ctx: DocContext, names: NameDraft[]): void {
  if (names.length === 0) return;
  for (const t of ctx.tokens) {
    const before = t.upper ? ctx.content.slice(Math.max(0, t.start - 80), t.start) : '';
    if (!PROSE_ACRONYM.test(before) || names.some((n) => n.acronym === t.text)) continue;
    const noun = PROSE_REFERENT.exec(before)?.[1];
    const head = noun ? noun[0].toUpperCase() + noun.slice(1) : '';
    const byHead = ctx.vocab.heads.has(head);
    // "the alliance, known as …" may point far back; an acronym with no such noun must spell the name it follows
    const fits = (n: NameDraft) => (byHead ? n.name.split(/\s+/).includes(head) : initialsMatch(n.name, t.text));
    const best = lastNameBefore(names.filter(fits), t.start, byHead ? 0 : t.start - PROSE_REACH);
    if (best && !best.acronym) best.acronym = t.text;
  }
}

/** The name with the latest mention that ends before the offset and starts after `after`. */
function lastNameBefore(names: NameDraft[], offset: number, after: number): NameDraft | null {
  let best: NameDraft | null = null;
  let bestAt = after - 1;
  for (const n of names) {
    for (const m of n.mentions) {
      if (m[1] <= offset && m[0] > bestAt) {
        best = n;
        bestAt = m[0];
      }
    }
  }
  return best;
}

/** Every later use of an acronym the document defined, also written as a word ("Ecowas" for "ECOWAS"). */
function addAcronymMentions(ctx: DocContext, names: NameDraft[]): void {
  const byAcronym = new Map<string, NameDraft>();
  for (const n of names) if (n.acronym) byAcronym.set(n.acronym, n);
  if (byAcronym.size === 0) return;
  // where each name's mentions start, as a set: searching the list at every use made 400 KB of "ABC" take 12 s
  const starts = new Map<NameDraft, Set<number>>();
  for (const t of ctx.tokens) {
    const key = t.upper ? t.text : /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) ? t.text.toUpperCase() : null;
    const n = key ? byAcronym.get(key) : undefined;
    if (!n) continue;
    const taken = starts.get(n) ?? starts.set(n, new Set(n.mentions.map((m) => m[0]))).get(n)!;
    if (taken.has(t.start)) continue;
    n.mentions.push([t.start, t.end]);
    taken.add(t.start);
  }
}
