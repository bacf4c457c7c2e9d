// The spellings a document writes for one person or name: each mention's text as written, white space folded, once
// each. The index keeps mention spans, not their text, so cards read these to list only spellings that occur.
import type { Span } from '../types.js';

export function writtenForms(content: string, mentions: readonly Span[]): string[] {
  return [...new Set(mentions.map(([start, end]) => content.slice(start, end).replace(/\s+/g, ' ')))];
}
