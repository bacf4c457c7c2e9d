// Word tokens with their offsets, and the small character tests every extractor shares.
import type { Span } from '../types.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Two or more characters, all uppercase letters or digits, at least one letter: an acronym shape. */
  upper: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}]{2,}$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const word = m[0];
    out.push({ text: word, start: m.index, end: m.index + word.length, cap: UPPER_START.test(word), upper: ACRONYM.test(word) });
  }
  return out;
}

/** `Russia's` → `Russia`; the possessive is not part of a name. */
export function stripPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

export function isPossessive(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === 's' && (word[n - 2] === "'" || word[n - 2] === '’');
}

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

export function spanText(text: string, span: Span): string {
  return text.slice(span[0], span[1]);
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** `NEW DELHI` → `New Delhi`: every word capitalized, the rest lowercase, as place names are listed. */
export function titleCase(words: string): string {
  return words.trim().toLowerCase().replace(/(^|[\s\-'])\p{L}/gu, (c) => c.toUpperCase());
}

/** Lowercases without changing the length, so offsets found in the result stay valid in the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
