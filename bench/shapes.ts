// Inputs whose cost grew faster than their size (issue 19, "Quadratic inputs"), each built at a given scale: the
// growth sweep (sweep.ts) times them at growing scales, and the fuzz tests glue small ones into article text.
import type { SourceText } from '../server/src/core/types.js';

export interface Shape {
  name: string;
  /** What is timed: one document's analysis, or linking the analyses of all the documents. */
  stage: 'analyze' | 'link';
  /** The documents at this scale; scale 1 is about 25 KB of text, or 125 people for the linking shapes. */
  build(scale: number): SourceText[];
}

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));
const one = (uri: string, text: string): SourceText[] => [{ uri, text }];
const KB = 25_000;

/** Given names far apart in spelling and sound, so people sharing a family name stay apart. */
export function givenName(i: number): string {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  let s = '';
  for (let k = 0, n = i * 7919 + 13; k < 4; k++, n = Math.floor(n / 70) + k * 131) s += consonants[n % 14] + vowels[Math.floor(n / 14) % 5];
  return s[0].toUpperCase() + s.slice(1);
}

/** Many people with one family name, introduced a hundred to a document, and one document of "Li said." × 5 each. */
function sharedFamilyName(scale: number): SourceText[] {
  const people = Math.ceil(125 * scale);
  const docs: SourceText[] = [];
  for (let d = 0; d * 100 < people; d++) {
    let text = '';
    for (let i = d * 100; i < Math.min(people, d * 100 + 100); i++) text += `Foreign Minister ${givenName(i)} Li said on Monday that talks went well.\n\n`;
    docs.push({ uri: `file:///sweep/people-${d}.txt`, text });
  }
  docs.push({ uri: 'file:///sweep/said.txt', text: 'Li said. '.repeat(people * 5) });
  return docs;
}

/** An entity note with many aliases, and a document that names the entity. */
function manyAliases(scale: number): SourceText[] {
  const aliases = Array.from({ length: 2500 * scale }, (_, i) => `  - Alias ${givenName(i)} ${i}`).join('\n');
  return [
    { uri: 'file:///sweep/note.md', text: `---\nentity: Alpha Beta Council\naliases:\n${aliases}\n---\nThe Alpha Beta Council is a body.\n` },
    { uri: 'file:///sweep/doc.txt', text: 'The Alpha Beta Council met on Monday.\n' },
  ];
}

export const SHAPES: Shape[] = [
  { name: '"](" with no ")" (.md)', stage: 'analyze', build: (s) => one('file:///sweep/a.md', repeat('](', s * KB)) },
  { name: '"Alpha and Alpha and …"', stage: 'analyze', build: (s) => one('file:///sweep/a.txt', 'Alpha' + repeat(' and Alpha', s * KB)) },
  { name: '"Alpha of Alpha of …"', stage: 'analyze', build: (s) => one('file:///sweep/a.txt', 'Alpha' + repeat(' of Alpha', s * KB)) },
  { name: '"Alpha and the Alpha …"', stage: 'analyze', build: (s) => one('file:///sweep/a.txt', 'Alpha' + repeat(' and the Alpha', s * KB)) },
  { name: 'a long run before "(AC)"', stage: 'analyze', build: (s) => one('file:///sweep/a.txt', repeat('Alpha ', s * KB) + 'Council (AC)') },
  { name: 'an acronym defined, then used', stage: 'analyze', build: (s) => one('file:///sweep/a.txt', 'The Alpha Beta Council (ABC) said' + repeat(' ABC', s * KB)) },
  { name: '"Li said." and people named Li', stage: 'link', build: sharedFamilyName },
  { name: 'an entity note with many aliases', stage: 'link', build: manyAliases },
];
