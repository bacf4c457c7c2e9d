// Stable, readable entity ids: the same names always give the same id, whatever order documents arrive in.
import { asciiFold } from '../text/fold.js';

export function slug(s: string): string {
  return asciiFold(s).toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Allocates `base`, or `base-2`, `base-3`… when taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Code-unit order: the same on every machine, unlike localeCompare, and much faster. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders documents the way definitions are chosen: earliest published first, undated last, then by uri. */
export function byPublication(a: { published: string | null; uri: string }, b: { published: string | null; uri: string }): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return compareText(a.uri, b.uri);
}

/** The most frequent value; ties go to the value seen first. */
export function mostFrequent<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
