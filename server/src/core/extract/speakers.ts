// Who speaks where in a transcript: a paragraph that opens with a speaker's label ("SECRETARY KERRY:", "Minister
// Varga:") is theirs, and so are the paragraphs after it until the next label, so "I" there is that person.
import type { LocalPerson } from '../types.js';
import type { DocContext } from './context.js';
import { foldWord } from '../text/fold.js';

/** A label of up to four capitalized words and a colon, opening a paragraph. */
const LABEL = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+):\s/u;

/** The speaker of each sentence in a labelled turn, by sentence index; a label no person answers to ends the turn. */
export function transcriptSpeakers(ctx: DocContext, persons: LocalPerson[]): Map<number, number> {
  const out = new Map<number, number>();
  let speaker: number | null = null;
  let paragraph = -1;
  ctx.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      const label = LABEL.exec(ctx.content.slice(s.start, s.end));
      if (label) speaker = speakerNamed(persons, label[1]);
    }
    if (speaker !== null) out.set(i, speaker);
  });
  return out;
}

/** The one person whose family name ends the label ("SECRETARY KERRY" is Kerry), or null. */
function speakerNamed(persons: LocalPerson[], label: string): number | null {
  const last = foldWord(label.split(/\s+/).pop()!.replace(/\.$/, ''));
  const fits = persons.flatMap((p, k) => (foldWord(p.tokens[p.familyIndex]) === last ? [k] : []));
  return fits.length === 1 ? fits[0] : null;
}
