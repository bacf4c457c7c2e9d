// Masks Markdown syntax that is not prose (code, link targets, bare URLs, HTML tags), so a name inside a URL
// or a code block is never taken for a mention.
import type { Span } from '../types.js';

const CODE = [
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, // fenced code
  /`[^`\n]+`/g, // inline code
];
const MARKUP = [
  /<[^>\n]{1,200}>/g, // HTML tags and autolinks
  /\bhttps?:\/\/[^\s)>\]]+/g, // bare URLs
];

export function markdownNoise(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of CODE) pushMatches(spans, re, text);
  pushLinkTargets(spans, text);
  for (const re of MARKUP) pushMatches(spans, re, text);
  return spans;
}

function pushMatches(spans: Span[], re: RegExp, text: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
}

/**
 * Link targets, what `/\]\([^)\n]*\)/g` matches. That regex rescans the rest of the line from every "](" on a line
 * with no ")" (a 391 KB line took 93 s); here each stretch up to the next ")" or line break is scanned once: every
 * "](" before it ends there, so when it is a line break none of them is a target.
 */
function pushLinkTargets(spans: Span[], text: string): void {
  for (let at = text.indexOf(']('); at >= 0; ) {
    const stop = stopAfter(text, at + 2);
    if (text[stop] === ')') spans.push([at, stop + 1]);
    at = text.indexOf('](', text[stop] === ')' ? stop + 1 : stop);
  }
}

/** The first ")" or line break at or after `from`, or the text's length. */
function stopAfter(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (text[k] === ')' || text[k] === '\n') return k;
  return text.length;
}

export function isMarkdownUri(uri: string): boolean {
  return /\.(md|markdown)$/i.test(uri);
}
