// Masks Markdown syntax that is not prose (code, link targets, bare URLs, HTML tags), so a name inside a URL
// or a code block is never taken for a mention.
import type { Span } from '../types.js';

const NOT_PROSE = [
  /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, // fenced code
  /`[^`\n]+`/g, // inline code
  /\]\([^)\n]*\)/g, // link targets
  /<[^>\n]{1,200}>/g, // HTML tags and autolinks
  /\bhttps?:\/\/[^\s)>\]]+/g, // bare URLs
];

export function markdownNoise(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of NOT_PROSE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function isMarkdownUri(uri: string): boolean {
  return /\.(md|markdown)$/i.test(uri);
}
