// How alike two spellings of a name part are: a bounded edit distance, so that spelling variants of one name can be
// told from different names that merely sound alike.
import { foldWord } from './fold.js';

/** Levenshtein distance, or max + 1 as soon as it must exceed max (the caller only asks "within max?"). */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two spellings of one name part: both of four letters or more, and at most a quarter of the letters differ. */
export function spellingVariant(a: string, b: string): boolean {
  const x = foldWord(a).replace(/[^a-z]/g, '');
  const y = foldWord(b).replace(/[^a-z]/g, '');
  if (x.length < 4 || y.length < 4) return false;
  const max = Math.floor(Math.max(x.length, y.length) / 4);
  return editDistanceWithin(x, y, max) <= max;
}
