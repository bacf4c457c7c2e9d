// Recognizes an official's title where it stands in running text: a head word with the words that qualify it
// ("Industry Minister", "foreign policy chief", "Minister of Environment and Climate Change", "Presidents"), and
// where a name that follows it starts, since a title's "of …" part and the name run together in capitals.
import type { Token } from '../text/tokens.js';
import { isPossessive, stripPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, hitAt, hitsIn, isNameToken, opensAddress } from './context.js';
import { nameTokensAt } from './personName.js';
import { lowerBound } from '../text/lowerBound.js';

export interface TitlePhrase {
  /** The title as written, without a country that ends it ("President of Turkmenistan" → "President"). */
  title: string;
  start: number;
  end: number;
  /** Where the head word ends, before any "of …" part. */
  headEnd: number;
  /** Token index just past the title: where a name may start. */
  next: number;
  /** Written in lowercase ("spokesman", "foreign policy chief"): needs a full name after it. */
  lowercase: boolean;
  /** A plural head ("Presidents") that introduces a list of people. */
  plural: boolean;
  /** A country the title itself names ("of Russia", "of Iran's …"). */
  country: string | null;
}

const COMPLEMENT_LEAD = new Set(['of', 'for', 'to', 'at']);
const COMPLEMENT_JOIN = new Set(['of', 'and', 'the', 'for', 'on', '&', 'at', 'to']);

type WordRole = 'head' | 'modifier' | null;

/** "ex-Head", "then-foreign": a prefix of time written onto the title's first word. */
export function withoutTimePrefix(word: string): string {
  if (!word.includes('-')) return word;
  return word.replace(/^(?:ex|then|former)-(?=\p{L})/u, '');
}

function wordRole(ctx: DocContext, t: Token, lowercase: boolean): WordRole {
  // "ex-Head of State": "ex-" before a head is a modifier written onto it
  const text = withoutTimePrefix(t.text);
  if (lowercase ? /^\p{Lu}/u.test(text) : !/^\p{Lu}/u.test(text)) return null;
  const w = text.toLowerCase();
  const v = ctx.vocab;
  if (v.titleHeads.has(w) || singularHead(ctx, text)) return 'head';
  if (v.titleModifiers.has(w)) return 'modifier';
  return null;
}

/** "deputies" → "deputy", "Presidents" → "President": the singular of a plural head word, or null. */
function singularHead(ctx: DocContext, word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies') && ctx.vocab.titleHeads.has(`${lower.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  if (lower.endsWith('s') && ctx.vocab.titleHeads.has(lower.slice(0, -1))) return word.slice(0, -1);
  return null;
}

/** The head and modifier words of a title from token i: "Deputy Prime Minister and Foreign Minister". */
function titleWords(ctx: DocContext, i: number, limit: number): { headEnd: number; next: number; lowercase: boolean } | null {
  const toks = ctx.tokens;
  const lowercase = !/^\p{Lu}/u.test(withoutTimePrefix(toks[i].text));
  let k = i;
  let headEnd = -1;
  let next = -1;
  while (k < limit) {
    const t = toks[k];
    if (k > i && !adjacent(ctx, toks[k - 1].end, t.start)) break;
    const exact = lowercase ? null : hitAt(ctx, t.start, ['title']);
    if (exact) {
      while (k < limit && toks[k].start < exact.end) k++;
      headEnd = exact.end;
      next = k;
      continue;
    }
    if (t.text === 'and' && k > i && k + 1 < limit && wordRole(ctx, toks[k + 1], lowercase) && adjacent(ctx, t.end, toks[k + 1].start)) {
      k++;
      continue;
    }
    // "Foreign Affairs director", "Kremlin aide": capitalized qualifiers, then a head in lowercase
    const mixed = !lowercase && k > i && headEnd < 0 && wordRole(ctx, t, true) === 'head';
    const role = mixed ? 'head' : wordRole(ctx, t, lowercase);
    if (!role) break;
    k++;
    if (mixed) {
      headEnd = t.end;
      next = k;
      break;
    }
    if (role === 'head') {
      headEnd = t.end;
      next = k;
    }
  }
  return headEnd < 0 ? null : { headEnd, next, lowercase };
}

/** A word that closes an organization or portfolio name, so a personal name may follow it. */
function closesName(ctx: DocContext, t: Token): boolean {
  const base = stripPossessive(t.text);
  return !isNameToken(ctx, t) || ctx.vocab.titleModifiers.has(base.toLowerCase()) || ctx.vocab.titleHeads.has(base.toLowerCase()) || isPossessive(t.text);
}

/** Whether a personal name starts at token p and closes the capitalized run ("Aaron Motsoaledi;", "S. Odontuya told"). */
function nameStartsAt(ctx: DocContext, p: number, limit: number): boolean {
  if (closesName(ctx, ctx.tokens[p])) return false;
  const name = nameTokensAt(ctx, p, limit);
  if (name.length === 0) return false;
  const last = name[name.length - 1];
  const after = ctx.content.slice(last.end, last.end + 12);
  // "Great Khural (parliament) of …", "Security Council": the capitals go on as an organization's name
  if (/^\s*\(/.test(after)) return false;
  const of = /^\s+of\s+(?:the\s+)?/.exec(after);
  if (of && !hitAt(ctx, last.end + of[0].length, ['country'])) return false;
  const k = p + name.length;
  const next = ctx.tokens[k];
  if (k < limit && next.cap && adjacent(ctx, last.end, next.start)) return false;
  // "Head of EU Diplomacy, Josep Borrell": one word before a comma and a full name ends the part, it names no one
  return !(name.length === 1 && k < limit && /^,\s+$/.test(ctx.content.slice(last.end, next.start)) && nameTokensAt(ctx, k, limit).length >= 2);
}

/**
 * The "of/for/to …" part after a head: capitalized words, joiners and a short parenthesis, up to where a personal
 * name starts or the run ends. Returns the token index just past it and the offset where it ends.
 */
function complementAt(ctx: DocContext, k: number, limit: number, end: number, lowercase: boolean, nameMayFollow: boolean): { next: number; end: number } | null {
  const toks = ctx.tokens;
  if (k >= limit || !adjacent(ctx, end, toks[k].start)) return null;
  // "ambassador in Venezuela": "in" leads only to a country or city
  const lead = COMPLEMENT_LEAD.has(toks[k].text) || (toks[k].text === 'in' && k + 1 < limit && hitAt(ctx, toks[k + 1].start, ['country', 'city']) !== null);
  if (!lead) return null;
  let at = k + 1;
  let prevEnd = toks[k].end;
  let lastWord = -1;
  let lastEnd = -1;
  while (at < limit) {
    const paren = lastEnd === prevEnd ? /^\s*\([^()\n]{1,40}\)/.exec(ctx.content.slice(prevEnd, prevEnd + 44)) : null;
    if (paren) {
      prevEnd += paren[0].length;
      lastEnd = prevEnd;
      while (at < limit && toks[at].start < prevEnd) at++;
      lastWord = at - 1;
      continue;
    }
    const t = toks[at];
    if (!adjacent(ctx, prevEnd, t.start)) break;
    // "adviser to U.S. Vice President …": a country written with stops is one word of the part
    const state = hitAt(ctx, t.start, ['country', 'demonym']);
    if (state && state.end > t.end) {
      lastEnd = prevEnd = state.end;
      while (at < limit && toks[at].start < state.end) at++;
      lastWord = at - 1;
      continue;
    }
    // "ambassador to the US and senior economic secretary Choi": "and" begins the next person's title
    // "President of the Republic of Kenya and His Excellency B": nor does an honorific ("and Dr B") continue the part
    if (t.text === 'and' && at + 1 < limit && (titleWords(ctx, at + 1, limit) || opensAddress(ctx, at + 1))) break;
    if (COMPLEMENT_JOIN.has(t.text)) {
      prevEnd = t.end;
      at++;
      continue;
    }
    // "Aide to President Putin, Ushakov": one name word after a head inside the "to …" part is that head's own
    const ownHead = lastWord === at - 1 && ctx.vocab.titleHeads.has(toks[at - 1].text.toLowerCase()) && nameTokensAt(ctx, at, limit).length === 1;
    if (nameMayFollow && !ownHead && lastWord === at - 1 && closesName(ctx, toks[at - 1]) && nameStartsAt(ctx, at, limit)) break;
    const word = t.cap || t.upper || (lowercase && (ctx.vocab.titleModifiers.has(t.text) || ctx.vocab.titleHeads.has(t.text)));
    if (!word) break;
    lastWord = at;
    lastEnd = t.end;
    prevEnd = t.end;
    at++;
  }
  if (lastWord < 0) return null;
  return { next: lastWord + 1, end: lastEnd };
}

/** "… of Turkmenistan" ending a title: the country, and where the title ends without it. */
function trailingCountry(ctx: DocContext, start: number, end: number): { country: string; end: number } | null {
  const text = ctx.content.slice(start, end);
  // "of the so-called Kosovo": a paper that disputes a state still names the one the official serves
  const re = /\s+of\s+(?:the\s+)?(?:so-called\s+|self-proclaimed\s+|self-declared\s+)?/g;
  // the first "of" whose rest is a country: "of the People's Republic of China" is one
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = hitAt(ctx, start + m.index + m[0].length, ['country']);
    if (hit && /^\s*(?:\(\p{Lu}{2,6}\))?$/u.test(ctx.content.slice(hit.end, end))) return { country: hit.value, end: start + m.index };
  }
  return null;
}

/**
 * "head of China's National Energy Administration" is written by an analyst as "head of the National Energy
 * Administration", with China as the country; "ambassador to the US" names the country served in, not the one served.
 */
function possessiveCountry(ctx: DocContext, start: number, end: number): { country: string; start: number; end: number } | null {
  const text = ctx.content.slice(start, end);
  const m = /\sof\s+((\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s)\s/u.exec(text);
  const country = m ? ctx.vocab.countryOf.get(m[2]) : undefined;
  if (!m || !country) return null;
  const at = start + m.index + m[0].indexOf(m[1]);
  return { country, start: at, end: at + m[1].length };
}

/** "President of the Spanish Government": a people's name inside the "of …" part says whose office it is. */
function demonymInPart(ctx: DocContext, start: number, end: number): string | null {
  const of = ctx.content.slice(start, end).search(/\sof\s/);
  if (of < 0) return null;
  for (const h of hitsIn(ctx, start + of, end)) if (h.kind === 'demonym' && h.end <= end) return h.value;
  return null;
}

/** The title as an analyst writes it: white space folded, a country's possessive inside it made "the". */
export function titleText(ctx: DocContext, start: number, end: number): { title: string; country: string | null } {
  const trailing = trailingCountry(ctx, start, end);
  const stop = trailing?.end ?? end;
  const possessive = possessiveCountry(ctx, start, stop);
  const demonym = possessive ? null : demonymInPart(ctx, start, stop);
  const raw = possessive ? `${ctx.content.slice(start, possessive.start)}the${ctx.content.slice(possessive.end, stop)}` : ctx.content.slice(start, stop);
  // "then-foreign minister" was a foreign minister: "then-" says when, not what
  return { title: raw.replace(/\s+/g, ' ').trim().replace(/^then-/, ''), country: trailing?.country ?? possessive?.country ?? demonym ?? null };
}

/**
 * The first word of a title, past the words of an institution that a capitalized word before it names
 * ("White House National Security Advisor", "Federation Council Speaker"): the institution is no part of the title.
 */
function titleStart(ctx: DocContext, i: number, limit: number): number {
  const toks = ctx.tokens;
  const prev = toks[i - 1];
  if (!prev || !prev.cap || !adjacent(ctx, prev.end, toks[i].start) || hitAt(ctx, prev.start, ['country', 'demonym'])) return i;
  let k = i;
  while (k < limit && ctx.vocab.heads.has(toks[k].text) && !ctx.vocab.titleHeads.has(toks[k].text.toLowerCase())) k++;
  return k < limit ? k : i;
}

/**
 * The title that starts at token i, or null. Before a name (nameMayFollow) its "of …" part stops where a name
 * starts; after one ("X, professor at the … Research Center") it runs to its end.
 */
const NOT_YET = /^(?:\s*\(\p{Lu}{2,8}\))?(?:\s*[-–—]\s*|\s+)(designate|elect)\b/u;

export function titlePhraseAt(ctx: DocContext, from: number, limit: number, nameMayFollow = true): TitlePhrase | null {
  // "12:33 PM": after a number an abbreviation is a time or a unit, no title
  if (ctx.vocab.abbreviations.has(ctx.tokens[from].text) && /\d[\s.:]*$/.test(ctx.content.slice(Math.max(0, ctx.tokens[from].start - 3), ctx.tokens[from].start))) return null;
  const i = titleStart(ctx, from, limit);
  const words = titleWords(ctx, i, limit);
  if (!words) return null;
  const start = ctx.tokens[i].start;
  let end = words.headEnd;
  let next = words.next;
  const complement = complementAt(ctx, next, limit, end, words.lowercase, nameMayFollow);
  if (complement) {
    end = complement.end;
    next = complement.next;
  }
  const written = titleText(ctx, start, end);
  // "Trade Representative (TR) – designate": an office not yet taken up, as an analyst writes it
  const pending = NOT_YET.exec(ctx.content.slice(end, end + 24));
  if (pending) {
    end += pending[0].length;
    next = lowerBound(ctx.tokens, (t) => t.start < end);
  }
  const lastHead = ctx.tokens[words.next - 1];
  const singular = ctx.vocab.titleHeads.has(lastHead.text.toLowerCase()) ? null : singularHead(ctx, lastHead.text);
  const plural = singular !== null;
  const title = plural ? `${ctx.content.slice(start, lastHead.start)}${singular}`.replace(/\s+/g, ' ') : `${written.title}${pending ? `-${pending[1]}` : ''}`;
  return { title, start, end, headEnd: words.headEnd, next, lowercase: words.lowercase, plural, country: written.country };
}
