// One document's cleaned text, prepared once for every extractor: sentences, word tokens and vocabulary hits,
// with the lookups the extractors share.
import type { Span } from '../types.js';
import { type Token, tokenize, stripPossessive } from '../text/tokens.js';
import { sentences, type Sentence } from './sentences.js';
import { lowerBound } from '../text/lowerBound.js';
import { vocabulary, type HitKind, type Vocabulary, type VocabHit } from './vocabulary.js';

export interface DocContext {
  content: string;
  vocab: Vocabulary;
  sentences: Sentence[];
  tokens: Token[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
  /** For each sentence, its first token index and one past its last. */
  sentenceTokens: [number, number][];
  hits: VocabHit[];
  hitsByStart: Map<number, VocabHit[]>;
  hitsByEnd: Map<number, VocabHit[]>;
}

export function buildContext(content: string, markdown: boolean): DocContext {
  const vocab = vocabulary();
  const sents = sentences(content, markdown);
  const tokens: Token[] = [];
  const sentenceTokens: [number, number][] = [];
  const owner: number[] = [];
  sents.forEach((s, i) => {
    const first = tokens.length;
    for (const t of tokenize(content, s.start, s.end)) {
      if (t.end > s.end) break;
      tokens.push(t);
      owner.push(i);
    }
    sentenceTokens.push([first, tokens.length]);
  });
  const hits = vocab.scan(content);
  const hitsByStart = new Map<number, VocabHit[]>();
  const hitsByEnd = new Map<number, VocabHit[]>();
  for (const h of hits) {
    (hitsByStart.get(h.start) ?? hitsByStart.set(h.start, []).get(h.start)!).push(h);
    (hitsByEnd.get(h.end) ?? hitsByEnd.set(h.end, []).get(h.end)!).push(h);
  }
  return { content, vocab, sentences: sents, tokens, sentenceOf: Int32Array.from(owner), sentenceTokens, hits, hitsByStart, hitsByEnd };
}

/** The longest hit of one of the kinds that starts at the offset. */
export function hitAt(ctx: DocContext, offset: number, kinds: HitKind[]): VocabHit | null {
  let best: VocabHit | null = null;
  for (const h of ctx.hitsByStart.get(offset) ?? []) {
    if (kinds.includes(h.kind) && (!best || h.end > best.end)) best = h;
  }
  return best;
}

/** The longest hit of one of the kinds that ends at the offset. */
export function hitEndingAt(ctx: DocContext, offset: number, kinds: HitKind[]): VocabHit | null {
  let best: VocabHit | null = null;
  for (const h of ctx.hitsByEnd.get(offset) ?? []) {
    if (kinds.includes(h.kind) && (!best || h.start < best.start)) best = h;
  }
  return best;
}

/** The hits that start inside [start, end), found by binary search. */
export function hitsIn(ctx: DocContext, start: number, end: number): VocabHit[] {
  const hits = ctx.hits;
  const lo = lowerBound(hits, (h) => h.start < start);
  let k = lo;
  while (k < hits.length && hits[k].start < end) k++;
  return hits.slice(lo, k);
}

/** Only white space lies between the two offsets (no punctuation, no line break). */
export function adjacent(ctx: DocContext, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) {
    const c = ctx.content[i];
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return to - from <= 3;
}

/** "and His Excellency B", "and Dr B": whether a form of address, which opens a person's name, starts at token k. */
export function opensAddress(ctx: DocContext, k: number): boolean {
  const t = ctx.tokens[k];
  return ctx.vocab.honorifics.has(t.text) || /^(?:His|Her|Their)\s+\p{Lu}/u.test(ctx.content.slice(t.start, t.start + 12));
}

/** A token that can be part of a person's name: capitalized, not a title, place, month or other known word. */
export function isNameToken(ctx: DocContext, t: Token): boolean {
  if (!t.cap || t.upper || /\d/.test(t.text)) return false;
  const base = stripPossessive(t.text);
  const v = ctx.vocab;
  const lower = base.toLowerCase();
  if (v.notNames.has(base) || v.titleWords.has(lower) || v.headlineVerbs.has(lower) || v.heads.has(base)) return false;
  if (v.countryOf.has(base) || v.demonymOf.has(base) || v.places.has(base)) return false;
  // "China-Russia", "UN-centered", "Russian-Chinese" are compounds of known words, not names
  if (base.includes('-') && base.split('-').some((p, k) => v.countryOf.has(p) || v.demonymOf.has(p) || /^\p{Lu}{2,}$/u.test(p) || (/^\p{Ll}/u.test(p) && !givenNamePart(v, p, k)))) return false;
  return true;
}

/** "ho" in "Kyung-ho": a short lowercase syllable after the first part of a given name, not a suffix like "-led". */
function givenNamePart(v: Vocabulary, part: string, index: number): boolean {
  return index > 0 && part.length <= 4 && !v.compoundSuffixes.has(part);
}

export function sentenceText(ctx: DocContext, index: number): string {
  const s = ctx.sentences[index];
  return ctx.content.slice(s.start, s.end);
}

export function sentenceSpan(ctx: DocContext, index: number): Span {
  const s = ctx.sentences[index];
  return [s.start, s.end];
}

/** The index of the sentence that contains the offset, or -1. */
export function sentenceAt(ctx: DocContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
