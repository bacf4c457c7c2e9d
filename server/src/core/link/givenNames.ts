// Given names and the short forms the press writes for them ("Cathy" for "Catherine"), from names.json, so that
// two spellings of one person meet across documents.
import namesData from '../../../data/names.json' with { type: 'json' };
import { foldWord } from '../text/fold.js';

let formals: Map<string, string[]> | null = null;

/** The formal given names a name may stand for: itself, and each formal name it is a short form of. */
export function formalNames(given: string): string[] {
  if (!formals) {
    formals = new Map();
    for (const [formal, short] of Object.entries(namesData.diminutives)) {
      for (const n of [formal, ...short]) {
        const key = foldWord(n);
        const list = formals.get(key) ?? formals.set(key, []).get(key)!;
        if (!list.includes(foldWord(formal))) list.push(foldWord(formal));
      }
    }
  }
  const key = foldWord(given);
  return [...new Set([key, ...(formals.get(key) ?? [])])];
}

/** "Cathy" and "Catherine", "Bill" and "William": one given name, one a short form of the other or both of one. */
export function sameGivenName(a: string, b: string): boolean {
  const x = formalNames(a);
  return formalNames(b).some((n) => x.includes(n));
}
