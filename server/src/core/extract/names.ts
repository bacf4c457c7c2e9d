// Finds initiatives and organizations in one document: capitalized names built around a head noun
// ("Belt and Road Initiative", "Five Principles of Peaceful Coexistence"), acronyms defined in parentheses,
// and later uses of those acronyms in the same document.
import type { LocalName, Span } from '../types.js';
import { spanListOf } from '../text/spanList.js';
import type { Token } from '../text/tokens.js';
import { isPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, sentenceAt, sentenceSpan } from './context.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'the', '&', 'de', 'to']);
const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'in', 'to']);
const WHERE_OR_WHEN = new Set(['in', 'on', 'at', 'to']);
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const LEADING_STOP = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'After', 'Before', 'During', 'With', 'And', 'But', 'For', 'From', 'By', 'To', 'As', 'Under', 'Since', 'While', 'When', 'If', 'Both', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'Within', 'Between', 'Through', 'Also', 'Meanwhile', 'However']);
const COMMA_LIST = /^,\s+((?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*(?:,\s+(?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*)*\s+and\s+(?:\p{Lu}[\p{L}\-]*\s+)*\p{Lu}[\p{L}\-]*)(?=\s*[,.;:)]|\s+\p{Ll}|\s*$)/u;
const ACRONYM_DEF = /^\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&\-]{1,9})\s*\)/u;

export interface NamePhrase {
  start: number;
  end: number;
  text: string;
  kind: 'initiative' | 'organization';
  /** One past the last token of the phrase. */
  tokenEnd: number;
}

function isCapWord(t: Token): boolean {
  return t.cap || t.upper || /^\d+\p{L}*-?\p{Lu}/u.test(t.text) || /^\p{Lu}?\p{L}*-\d+$/u.test(t.text);
}

/**
 * The capitalized run starting at token i inside its sentence: capitalized words joined by connectors
 * ("of", "and", "for the") and by a comma-separated list that ends in "and" ("for Russian, Eastern European and
 * Central Asian Studies"). Returns the token index one past the run and its end offset.
 */
function capitalizedRun(ctx: DocContext, i: number, limit: number): { endToken: number; end: number } {
  const toks = ctx.tokens;
  let j = i + 1;
  let end = toks[i].end;
  while (j < limit) {
    const t = toks[j];
    if (isCapWord(t) && adjacent(ctx, end, t.start)) {
      end = t.end;
      j++;
      if (isPossessive(toks[j - 1].text)) break;
      continue;
    }
    if (CONNECTORS.has(t.text) && adjacent(ctx, end, t.start)) {
      let k = j;
      let at = end;
      while (k < limit && CONNECTORS.has(toks[k].text) && adjacent(ctx, at, toks[k].start)) at = toks[k++].end;
      // "in Beijing", "on Wednesday" say where or when, and are not part of the name
      const placeOrDate = WHERE_OR_WHEN.has(toks[j].text) && (CALENDAR.test(toks[k]?.text ?? '') || ctx.vocab.places.has(toks[k]?.text ?? ''));
      if (!placeOrDate && k < limit && isCapWord(toks[k]) && adjacent(ctx, at, toks[k].start) && !isPossessive(toks[k].text)) {
        j = k;
        end = at;
        continue;
      }
      break;
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

/** Splits a run where it joins two names ("the X Union and the Y Initiative") and keeps each part with a head noun. */
function namesInRun(ctx: DocContext, from: number, to: number, out: NamePhrase[]): void {
  const toks = ctx.tokens;
  const strongHead = (t: Token) => ctx.vocab.heads.has(t.text) && !ctx.vocab.weakHeads.has(t.text);
  let segStart = from;
  for (let k = from; k <= to; k++) {
    const atEnd = k === to;
    const isAnd = !atEnd && (toks[k].text === 'and' || toks[k].text === '&');
    let split = atEnd;
    if (isAnd) {
      const nextThe = toks[k + 1]?.text === 'the';
      const headBefore = toks.slice(segStart, k).some(strongHead);
      const headAfter = toks.slice(k + 1, to).some(strongHead);
      // "the Union and BRICS", "the Union and Chinese firms": a complete name ends at its head noun
      const endsAtHead = ctx.vocab.heads.has(toks[k - 1]?.text ?? '');
      split = nextThe || endsAtHead || (headBefore && headAfter);
    }
    if (split) {
      const phrase = headPhrase(ctx, segStart, k);
      if (phrase) out.push(phrase);
      segStart = k + 1;
      if (!atEnd && toks[segStart]?.text === 'the') segStart++;
    }
  }
}

/** The name in tokens [from, to) if its core (before the first "of/for/on/in") holds a head noun. */
function headPhrase(ctx: DocContext, from: number, to: number): NamePhrase | null {
  const toks = ctx.tokens;
  while (from < to && (LEADING_STOP.has(toks[from].text) || !isCapWord(toks[from]))) from++;
  for (let k = from; k < to; k++) if (isPossessive(toks[k].text) && k + 1 < to) from = k + 1;
  while (to > from && !isCapWord(toks[to - 1])) to--;
  if (to <= from) return null;
  let coreEnd = to;
  for (let k = from; k < to; k++) {
    if (TAIL_CONNECTORS.has(toks[k].text)) {
      coreEnd = k;
      break;
    }
  }
  let kind: 'initiative' | 'organization' | null = null;
  let capWords = 0;
  for (let k = from; k < coreEnd; k++) {
    if (isCapWord(toks[k])) capWords++;
    const head = ctx.vocab.heads.get(toks[k].text);
    if (head && (!ctx.vocab.weakHeads.has(toks[k].text) || capWords >= 3)) kind = head;
  }
  // "Members of the Shanghai Cooperation Organization": the name may start after the first "of"
  if (!kind && coreEnd < to) return headPhrase(ctx, toks[coreEnd + 1]?.text === 'the' ? coreEnd + 2 : coreEnd + 1, to);
  if (!kind || (capWords < 2 && coreEnd === to)) return null;
  const start = toks[from].start;
  const end = toks[to - 1].end;
  return { start, end, text: ctx.content.slice(start, end), kind, tokenEnd: to };
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

/**
 * Whether an acronym abbreviates a name: every capitalized word's first letter is used, in order, and further
 * letters may come from inside the current word ("ASEAN" ← Association of SouthEast Asian Nations).
 */
export function initialsMatch(name: string, acronym: string): boolean {
  const words = name.split(/[\s\-]+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).map((w) => w.toUpperCase());
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
  if (letters.length < 2 || words.length === 0 || letters.length > words.length * 3) return false;
  const match = (li: number, wi: number, pi: number): boolean => {
    if (li === letters.length) return wi === words.length;
    const ch = letters[li];
    if (wi < words.length && words[wi][0] === ch && match(li + 1, wi + 1, 1)) return true;
    if (wi === 0) return false;
    const w = words[wi - 1];
    for (let p = pi; p < w.length; p++) if (w[p] === ch && match(li + 1, wi, p + 1)) return true;
    return false;
  };
  return match(0, 0, 0);
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
  const acronymOf = new Map<NamePhrase, { acronym: string; span: Span }>();
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; ) {
      if (!isCapWord(toks[i]) || blocked([toks[i].start, toks[i].end])) {
        i++;
        continue;
      }
      const run = capitalizedRun(ctx, i, limit);
      const found: NamePhrase[] = [];
      namesInRun(ctx, i, run.endToken, found);
      const after = ACRONYM_DEF.exec(ctx.content.slice(run.end, run.end + 16));
      const from = after ? acronymStart(ctx, i, run.endToken, run.end, after[1]) : -1;
      if (after && from >= 0) {
        const last = found[found.length - 1];
        const phrase = last && last.end === run.end ? last : acronymPhrase(ctx, from, run.endToken, run.end);
        if (phrase && !found.includes(phrase)) found.push(phrase);
        if (phrase) {
          const open = run.end + after[0].indexOf(after[1]);
          acronymOf.set(phrase, { acronym: after[1], span: [open, open + after[1].length] });
        }
      }
      for (const p of found) if (!blocked([p.start, p.end])) phrases.push(p);
      i = Math.max(i + 1, run.endToken);
    }
  }
  return collectNames(ctx, phrases, acronymOf);
}

/** The token where the longest tail of the run that the acronym abbreviates starts, or -1. */
function acronymStart(ctx: DocContext, from: number, to: number, end: number, acronym: string): number {
  for (let k = from; k < to; k++) {
    if (!isCapWord(ctx.tokens[k]) || LEADING_STOP.has(ctx.tokens[k].text)) continue;
    if (initialsMatch(ctx.content.slice(ctx.tokens[k].start, end), acronym)) return k;
  }
  return -1;
}

function acronymPhrase(ctx: DocContext, from: number, to: number, end: number): NamePhrase | null {
  const toks = ctx.tokens;
  while (from < to && LEADING_STOP.has(toks[from].text)) from++;
  if (to - from < 2) return null;
  const start = toks[from].start;
  return { start, end, text: ctx.content.slice(start, end), kind: 'organization', tokenEnd: to };
}

/** A name while the document is read: mentions are gathered as pairs, then sorted and packed. */
type NameDraft = Omit<LocalName, 'mentions'> & { mentions: Span[] };

function collectNames(ctx: DocContext, phrases: NamePhrase[], acronymOf: Map<NamePhrase, { acronym: string; span: Span }>): NamesResult {
  const byKey = new Map<string, NameDraft>();
  const claimed: Span[] = [];
  for (const p of phrases) {
    const key = normalizeName(p.text);
    let name = byKey.get(key);
    if (!name) {
      const sentence = sentenceAt(ctx, p.start);
      const span: Span = sentence >= 0 ? sentenceSpan(ctx, sentence) : [p.start, p.end];
      name = { name: p.text, kind: p.kind, acronym: null, mentions: [], acronymDefinition: null, sentence: span, sentenceText: ctx.content.slice(span[0], span[1]).replace(/\s+/g, ' ') };
      byKey.set(key, name);
    }
    name.mentions.push([p.start, p.end]);
    claimed.push([p.start, p.end]);
    const def = acronymOf.get(p);
    if (def && !name.acronym) {
      name.acronym = def.acronym;
      name.acronymDefinition = [p.start, p.end];
    }
    if (def) {
      name.mentions.push(def.span);
      claimed.push(def.span);
    }
  }
  const byAcronym = new Map<string, NameDraft>();
  for (const n of byKey.values()) if (n.acronym) byAcronym.set(n.acronym, n);
  for (const t of ctx.tokens) {
    const n = t.upper ? byAcronym.get(t.text) : undefined;
    if (!n || n.mentions.some((m) => m[0] === t.start)) continue;
    n.mentions.push([t.start, t.end]);
    claimed.push([t.start, t.end]);
  }
  const names = [...byKey.values()].map((n) => ({ ...n, mentions: spanListOf(n.mentions.sort((a, b) => a[0] - b[0])) }));
  return { names, claimed };
}
