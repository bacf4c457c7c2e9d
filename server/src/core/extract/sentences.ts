// Splits cleaned text into paragraphs and sentences. Paragraph breaks come from the layout (blank lines, and single
// line breaks after headline-like lines, as scraped pages have them); sentence breaks inside a paragraph come
// from wink-nlp, which knows abbreviations such as "U.S." and "Aug.".
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import titlesData from '../../../data/titles.json' with { type: 'json' };
import type { Span } from '../types.js';
import { escapeRegExp } from '../text/regexEscape.js';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * The one part of wink-nlp's pipeline Dossier runs (sentence breaks); the bundle ships stand-ins for the data of
 * the parts it leaves out (scripts/winkStandIns.mjs).
 */
export const WINK_PIPE: readonly string[] = ['sbd'];

let nlp: ReturnType<typeof winkNLP> | null = null;
function sbd() {
  nlp ??= winkNLP(model, [...WINK_PIPE]);
  return nlp;
}

const TERMINAL = /[.!?:;"”’)]\s*$/;

/**
 * Markdown joins the lines of a block into one paragraph. Scraped text puts one paragraph on a line, so there a
 * line joins the next only when it looks hard-wrapped: long, no end punctuation, and the next starts lowercase.
 */
export function paragraphs(content: string, markdown: boolean): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  let cur: [number, number] | null = null;
  let prevWrapped = false;
  for (let m = re.exec(content); m && m[0].length > 0; m = re.exec(content)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const s = m.index;
    const e = m.index + line.length;
    const blank = line.trim() === '';
    if (blank) {
      if (cur) out.push(cur);
      cur = null;
      prevWrapped = false;
      continue;
    }
    const continues = markdown ? !/^\s*([-*+>#]|\d+[.)])\s/.test(line) : /^\s*[\p{Ll}\d]/u.test(line);
    if (cur && prevWrapped && continues) cur[1] = e;
    else {
      if (cur) out.push(cur);
      cur = [s, e];
    }
    prevWrapped = markdown ? !/^\s*#/.test(line) : line.trim().length >= 60 && !TERMINAL.test(line);
    if (re.lastIndex >= content.length) break;
  }
  if (cur) out.push(cur);
  return out.map(([s, e]) => trimSpan(content, s, e)).filter((p) => p[1] > p[0]);
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/**
 * The white space wink-nlp leaves out of the sentences it gives back: it rebuilds each from its tokens and the
 * spaces it records before them, and it records none of these, so a sentence with one was not found in the
 * paragraph and was lost with its mentions. They separate words as a space does; given to wink-nlp as plain
 * spaces, one code unit for one, its sentences are found where they are written.
 */
const UNRECORDED_SPACE = /[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/g;

/**
 * "…, President Bio of Sierra Leone, President. Umaro Sissoco of Guinea-Bissau, …": a title alone after a comma
 * or "and", with a period and then a name, is a stray period in a list of officials, not the end of a sentence.
 */
const STRAY_TITLE_STOP = new RegExp(`(?:,|\\band)\\s+(?:${[...titlesData.titles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\.$`, 'u');

/** "Minister Amb. Aminu Wali": a short honorific's period is no sentence's end. */
const HONORIFIC_STOP = new RegExp(`\\b(?:${titlesData.honorifics.filter((h) => h.length <= 4).map(escapeRegExp).join('|')})\\.$`, 'u');

export function sentences(content: string, markdown: boolean): Sentence[] {
  const out: Sentence[] = [];
  const its = sbd().its;
  paragraphs(content, markdown).forEach(([ps, pe], paragraph) => {
    const body = content.slice(ps, pe).replace(UNRECORDED_SPACE, ' ');
    if (!/[.!?]\s+\S/.test(body)) {
      out.push({ start: ps, end: pe, paragraph });
      return;
    }
    let cursor = 0;
    for (const sent of sbd().readDoc(body).sentences().out(its.value) as string[]) {
      const trimmed = sent.trim();
      if (!trimmed) continue;
      const at = body.indexOf(trimmed, cursor);
      if (at < 0) continue;
      const last = out[out.length - 1];
      const tail = last?.paragraph === paragraph && /^\p{Lu}/u.test(trimmed) ? content.slice(last.start, last.end) : '';
      if (tail && (STRAY_TITLE_STOP.test(tail) || HONORIFIC_STOP.test(tail))) last.end = ps + at + trimmed.length;
      else out.push({ start: ps + at, end: ps + at + trimmed.length, paragraph });
      cursor = at + trimmed.length;
    }
  });
  return out;
}
