// fast-check generators for article-like text: fragments that exercise every extractor (titles, names, dates,
// acronyms, page furniture, markup), glued with random Unicode, surrogate pairs and every kind of line break.
import fc from 'fast-check';
import { SHAPES } from '../../../bench/shapes.js';

const FRAGMENTS = [
  'Chinese President Xi Jinping', 'Russian President Vladimir Putin', 'State Councilor and Foreign Minister Wang Yi',
  "Russia's top diplomat Sergei Lavrov", 'Foreign Minister Sergey Lavrov of Russia', 'Premier Li Qiang', 'Li Keqiang, who',
  'Anna Petrova, head of the Institute of Far Eastern, Central Asian and Arctic Studies, said', 'the premier', 'the Russian president',
  'President Xi', 'Xi', 'Putin', 'Lavrov', 'Li', 'Wang', 'held talks with', 'met', 'signed', 'paid a state visit to Russia',
  'in Beijing', 'on Thursday', 'in March last year', 'Earlier the same day,', 'On September 11, 2020', 'BEIJING, May 30 (Xinhua) --',
  'the Belt and Road Initiative (BRI)', 'the BRI', 'the Shanghai Cooperation Organization (SCO)', 'BRICS', 'the pre-2030 development plan',
  'Home > World > Asia', 'Share   Print', 'Photo: AFP/Ivan Petrov', 'Editor : Chen Rui', 'Related news', 'We use cookies on this website.',
  '© 2024 Example', '2024-08-22', '16/05/2024 17:54', '13:20, May 31, 2024', ' date 2024-05-31 ', '---\ntitle: x\n---\n', '---js\n1\n---\n',
  '# Heading', '[[Wang Yi]]', '[link](command:x)', '<b>bold</b>', '`code`', '```\ncode\n```', '🙂', '𝐀', 'é', '\u00a0', '\u200b',
  '\r\n', '\r', '\n', '\n\n', '.', ',', '"', '“', '”', "'", '(', ')', 'the two presidents',
];

export const articleText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 60 })
  .chain((parts) => fc.array(fc.constantFrom(' ', ' ', ' ', '. ', '\n', ', ', ''), { minLength: parts.length, maxLength: parts.length }).map((glue) => parts.map((p, i) => p + glue[i]).join('')));

export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

export interface Edit {
  doc: number;
  /** Where, as a fraction of the document's length. */
  at: number;
  deleteCount: number;
  insert: string;
}

export const edits = fc.array(
  fc.record({
    doc: fc.nat({ max: 2 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    deleteCount: fc.nat({ max: 15 }),
    insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 6 }), fc.constant('')),
  }),
  { maxLength: 12 },
);

export const runs = (fallback: number) => Number(process.env.FUZZ_RUNS ?? fallback);

/**
 * The inputs that once cost more than linear time (bench/shapes.ts), a few hundred to a thousand characters of
 * one shape set inside article-like text, so the analyzer's answers on them are checked like any other text's.
 */
export const quadraticText = fc
  .tuple(fc.constantFrom(...SHAPES.filter((s) => s.stage === 'analyze')), fc.double({ min: 0.005, max: 0.04, noNaN: true }), articleText, articleText)
  .map(([shape, scale, before, after]) => before + shape.build(scale)[0].text + after);

/** Text made of the pieces of Markdown link syntax, for comparing the link-target masking with its regex. */
export const linkSyntax = fc.array(fc.constantFrom('](', ')', '(', ']', '[a', '\n', 'b', ' ', '\r\n'), { maxLength: 40 }).map((parts) => parts.join(''));
