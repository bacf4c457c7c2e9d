// Which state a person's titles write, a clue names, or a vocabulary hit names: read alike by the extractors that
// infer states (personCountries.ts, rosters.ts, people.ts) and by linking.
import type { LocalRole, StateClue } from '../types.js';
import type { Vocabulary, VocabHit } from './vocabulary.js';

/** The country written with the person: their own, or one of their titles'. */
export function writtenCountry(p: { country: string | null; titles: LocalRole[] }): string | null {
  return p.country ?? p.titles.find((r) => r.country)?.country ?? null;
}

/** The country a clue names for a group ("the Nigerian delegation"), not one that points to another person. */
export function namedState(clue: StateClue | undefined): string | null {
  return clue && 'country' in clue ? clue.country : null;
}

/** The state a country, a demonym or a capital names. */
export function stateOfHit(vocab: Pick<Vocabulary, 'countryOfCapital'>, h: VocabHit): string | null {
  if (h.kind === 'country' || h.kind === 'demonym') return h.value;
  return h.kind === 'city' ? (vocab.countryOfCapital.get(h.value) ?? null) : null;
}
