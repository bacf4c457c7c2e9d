// Initiative and organization names that are not capitalized runs around a head noun: groupings written with
// numbers ("the 5+1 group", "Group of Seven"), quoted names, lowercase names an acronym defines, acronym bodies.
import type { Token } from '../text/tokens.js';
import { lowerBound } from '../text/lowerBound.js';
import { type DocContext, adjacent } from './context.js';
import { acronymKey } from './vocabulary.js';
import type { NamePhrase, PhraseAcronym } from './names.js';
import { pushAll } from '../pushAll.js';

type Kind = 'initiative' | 'organization';

export interface ShapedName {
  phrase: NamePhrase;
  acronym: PhraseAcronym | null;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'the', 'to']);
const QUOTED = /[“"]([^“”"\r\n]{2,80})[”"]/g;

export function shapedNames(ctx: DocContext): ShapedName[] {
  const out: ShapedName[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const found = numberedGrouping(ctx, i) ?? groupOfNumber(ctx, i) ?? lowercaseDefined(ctx, i) ?? acronymBody(ctx, i);
    if (found) out.push(found);
  }
  pushAll(out, quotedNames(ctx));
  return out;
}

function phraseOf(ctx: DocContext, from: number, to: number, kind: Kind): NamePhrase {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return { start, end, text: ctx.content.slice(start, end), kind, tokenEnd: to };
}

function sameSentence(ctx: DocContext, a: number, b: number): boolean {
  return b < ctx.tokens.length && ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/** "the 5+1 group", "P5+1": numbers joined by "+" name a grouping when a letter or a group noun goes with them. */
function numberedGrouping(ctx: DocContext, i: number): ShapedName | null {
  const toks = ctx.tokens;
  const t = toks[i];
  if (ctx.content[t.end] !== '+' || !/^\p{Lu}{0,2}\d{1,2}$/u.test(t.text) || !sameSentence(ctx, i, i + 1)) return null;
  if (i > 0 && ctx.content[t.start - 1] === '+') return null;
  const second = toks[i + 1];
  if (second.start !== t.end + 1 || !/^\d{1,2}$/.test(second.text)) return null;
  const noun = toks[i + 2];
  const grouped = !!noun && sameSentence(ctx, i, i + 2) && ctx.vocab.groupNouns.has(noun.text) && adjacent(ctx, second.end, noun.start);
  if (!grouped && !/^\p{Lu}/u.test(t.text)) return null;
  return { phrase: phraseOf(ctx, i, grouped ? i + 3 : i + 2, 'organization'), acronym: null };
}

/** "Group of Seven", "Group of 20": the grouping the corpus also writes G7, G20. */
function groupOfNumber(ctx: DocContext, i: number): ShapedName | null {
  const toks = ctx.tokens;
  if (toks[i].text !== 'Group' || !sameSentence(ctx, i, i + 2) || toks[i + 1].text !== 'of') return null;
  const count = toks[i + 2];
  const n = /^\d{1,3}$/.test(count.text) ? Number(count.text) : ctx.vocab.numberWords.get(count.text);
  if (!n || !adjacent(ctx, toks[i].end, toks[i + 1].start) || !adjacent(ctx, toks[i + 1].end, count.start)) return null;
  return { phrase: phraseOf(ctx, i, i + 3, 'organization'), acronym: { acronym: `G${n}`, span: null } };
}

/**
 * Whether an acronym abbreviates a name: every capitalized word's first letter is used, in order, and further
 * letters may come from inside the current word ("ASEAN" ← Association of SouthEast Asian Nations).
 * For each number of letters matched it keeps, per word, only the earliest place reached inside that word (an
 * earlier place leaves every later choice open), so the work grows with letters × name length, never exponentially.
 */
export function initialsMatch(name: string, acronym: string): boolean {
  const words = name.split(/[\s\-]+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).map((w) => w.toUpperCase());
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
  if (letters.length < 2 || words.length === 0 || letters.length > words.length * 3) return false;
  // reached[w]: having used w words, the earliest position inside word w - 1 still free; -1 when unreachable
  let reached = new Int32Array(words.length + 1).fill(-1);
  reached[0] = 0;
  for (const ch of letters) {
    const next = new Int32Array(words.length + 1).fill(-1);
    const keep = (w: number, at: number) => {
      if (next[w] < 0 || at < next[w]) next[w] = at;
    };
    for (let w = 0; w <= words.length; w++) {
      if (reached[w] < 0) continue;
      if (w < words.length && words[w][0] === ch) keep(w + 1, 1);
      const inside = w > 0 ? words[w - 1].indexOf(ch, reached[w]) : -1;
      if (inside >= 0) keep(w, inside + 1);
    }
    reached = next;
  }
  return reached[words.length] >= 0;
}

/** "the Brics bank": an acronym with a lowercase body noun names that body, not the acronym's own entity. */
function acronymBody(ctx: DocContext, i: number): ShapedName | null {
  const toks = ctx.tokens;
  const t = toks[i];
  if (!(t.cap || t.upper) || !sameSentence(ctx, i, i + 1) || !ctx.vocab.acronymBodies.has(toks[i + 1].text)) return null;
  if (!adjacent(ctx, t.end, toks[i + 1].start) || acronymKey(ctx.vocab, t.text) === null || ctx.vocab.countryOf.has(t.text)) return null;
  return { phrase: phraseOf(ctx, i, i + 2, 'organization'), acronym: null };
}

let lowercaseHeads: Map<string, Kind> | null = null;

function lowercaseHead(ctx: DocContext, word: string): Kind | undefined {
  lowercaseHeads ??= new Map([...ctx.vocab.heads].map(([k, v]) => [k.toLowerCase(), v]));
  return lowercaseHeads.get(word);
}

/** "the peace and security council (PSC)": lowercase words whose initials the acronym after them spells. */
function lowercaseDefined(ctx: DocContext, i: number): ShapedName | null {
  const toks = ctx.tokens;
  const t = toks[i];
  if (!t.upper || t.text.length > 10 || i === 0 || !/\(\s*$/.test(ctx.content.slice(Math.max(0, t.start - 3), t.start))) return null;
  if (!/^\s*\)/.test(ctx.content.slice(t.end, t.end + 3))) return null;
  const last = i - 1;
  const kind = lowercaseHead(ctx, toks[last].text);
  if (!kind || !sameSentence(ctx, last, i)) return null;
  let from = last;
  while (from > 0 && last - from < t.text.length * 2 && sameSentence(ctx, from - 1, last) && isLowerWord(toks[from - 1]) && adjacent(ctx, toks[from - 1].end, toks[from].start)) from--;
  for (let k = from; k < last; k++) {
    if (CONNECTORS.has(toks[k].text)) continue;
    const words = toks.slice(k, i).map((w) => (CONNECTORS.has(w.text) ? w.text : w.text[0].toUpperCase() + w.text.slice(1)));
    if (initialsMatch(words.join(' '), t.text)) {
      return { phrase: phraseOf(ctx, k, i, kind), acronym: { acronym: t.text, span: [t.start, t.end] } };
    }
  }
  return null;
}

function isLowerWord(t: Token): boolean {
  return /^\p{Ll}[\p{Ll}\-]*$/u.test(t.text);
}

/**
 * Quoted names: capitalized words followed by an initiative or group noun ("the “Prosper Land” program"), or a
 * lowercase grouping after "the" that opens with a group noun ("the “coalition of the hopeful”").
 */
function quotedNames(ctx: DocContext): ShapedName[] {
  const out: ShapedName[] = [];
  const toks = ctx.tokens;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(ctx.content); m; m = QUOTED.exec(ctx.content)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const from = lowerBound(toks, (t) => t.start < start);
    let to = from;
    while (to < toks.length && toks[to].end <= end) to++;
    if (to === from || toks[from].start !== start || toks[to - 1].end !== end || !sameSentence(ctx, from, to - 1)) continue;
    const kind = quotedKind(ctx, from, to, end);
    if (kind) out.push({ phrase: phraseOf(ctx, from, to, kind), acronym: null });
  }
  return out;
}

function quotedKind(ctx: DocContext, from: number, to: number, end: number): Kind | null {
  const toks = ctx.tokens;
  const words = toks.slice(from, to);
  if (words.length > 8) return null;
  const before = toks[from - 1];
  const afterThe = !!before && /^[Tt]he$/.test(before.text) && sameSentence(ctx, from - 1, from);
  if (words.every((w) => w.cap || w.upper || /^\d+$/.test(w.text) || CONNECTORS.has(w.text)) && words[0].cap) {
    const noun = toks[to];
    if (!noun || !sameSentence(ctx, from, to) || !/^[”"]\s+$/.test(ctx.content.slice(end, noun.start))) return null;
    if (ctx.vocab.initiativeNouns.has(noun.text)) return 'initiative';
    return ctx.vocab.groupNouns.has(noun.text) ? 'organization' : null;
  }
  const lower = words.every((w) => isLowerWord(w) || CONNECTORS.has(w.text));
  return lower && afterThe && words.length >= 2 && ctx.vocab.groupNouns.has(words[0].text) ? 'organization' : null;
}
