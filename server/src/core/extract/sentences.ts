// Splits cleaned text into paragraphs and sentences. Paragraph breaks come from the layout (blank lines, and single
// line breaks after headline-like lines, as scraped pages have them); sentence breaks inside a paragraph come
// from wink-nlp, which knows abbreviations such as "U.S." and "Aug.".
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types.js';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function sbd() {
  nlp ??= winkNLP(model, ['sbd']);
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

export function sentences(content: string, markdown: boolean): Sentence[] {
  const out: Sentence[] = [];
  const its = sbd().its;
  paragraphs(content, markdown).forEach(([ps, pe], paragraph) => {
    const body = content.slice(ps, pe);
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
      out.push({ start: ps + at, end: ps + at + trimmed.length, paragraph });
      cursor = at + trimmed.length;
    }
  });
  return out;
}
