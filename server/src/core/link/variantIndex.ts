// Where a spelling variant of a name finds the clusters it may join without trying every one under its variant key:
// when thousands of people share a family name, a key holds thousands of clusters, and trying each for every new
// person grew with the square of their number. The index only narrows which clusters are tried, in the order they
// were made; the tests that decide (spellingVariant and the others in linkPeople.ts) are unchanged.
import { foldWord } from '../text/fold.js';
import { formalNames } from './givenNames.js';

/** A name part as one of the variant tests reads it. */
export interface VariantProbe {
  /** The part's letters as spellingVariant compares them (folded, a–z only). */
  letters: string;
  /** Given names only: the first given word folded, which a dropped middle name leaves in place, and the formal names. */
  firstGiven?: string;
  formal?: string[];
}

/** Below this many clusters a key is tried whole, as an index would cost more than it saves. */
const INDEX_FROM = 32;
/**
 * Parts longer than this are not indexed by their deletions (a part of n letters has about n^k/k! of them, with k a
 * quarter of n); they are tried always, and a longer query tries the whole key.
 */
const MAX_INDEXED = 12;

export interface VariantBucket<T> {
  items: T[];
  probes: VariantProbe[];
  index: Map<string, number[]> | null;
  /** Positions of parts too long to index by their deletions that may still be a spelling variant of an indexed one. */
  long: number[];
}

export function newBucket<T>(): VariantBucket<T> {
  return { items: [], probes: [], index: null, long: [] };
}

export function probeOf(part: string, given: string[] | null): VariantProbe {
  const letters = foldWord(part).replace(/[^a-z]/g, '');
  if (!given) return { letters };
  return { letters, firstGiven: given.length > 0 ? foldWord(given[0]) : undefined, formal: formalNames(part) };
}

export function addToBucket<T>(bucket: VariantBucket<T>, item: T, probe: VariantProbe): void {
  bucket.items.push(item);
  bucket.probes.push(probe);
  if (bucket.index) indexProbe(bucket, bucket.items.length - 1);
  else if (bucket.items.length >= INDEX_FROM) {
    bucket.index = new Map();
    for (let i = 0; i < bucket.items.length; i++) indexProbe(bucket, i);
  }
}

/**
 * The items any variant test could accept for `probe`, in the order they were added: every one whose part is within
 * a spelling variant's edit distance, shares the first given word, or shares a formal given name.
 */
export function candidates<T>(bucket: VariantBucket<T>, probe: VariantProbe): T[] {
  if (!bucket.index || probe.letters.length > MAX_INDEXED) return bucket.items;
  const at = new Set<number>(bucket.long);
  const take = (key: string) => {
    for (const i of bucket.index!.get(key) ?? []) at.add(i);
  };
  if (probe.letters.length >= 4) for (const d of deletions(probe.letters)) take(`d:${d}`);
  if (probe.firstGiven !== undefined) take(`w:${probe.firstGiven}`);
  for (const f of probe.formal ?? []) take(`n:${f}`);
  return [...at].sort((a, b) => a - b).map((i) => bucket.items[i]);
}

function indexProbe<T>(bucket: VariantBucket<T>, i: number): void {
  const probe = bucket.probes[i];
  const index = bucket.index!;
  const put = (key: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const letters = probe.letters.length;
  // a part too long to index is tried by every shorter query it may be a spelling variant of: within a quarter
  if (letters > MAX_INDEXED && letters - Math.floor(letters / 4) <= MAX_INDEXED) bucket.long.push(i);
  else if (letters >= 4 && letters <= MAX_INDEXED) for (const d of deletions(probe.letters)) put(`d:${d}`);
  if (probe.firstGiven !== undefined) put(`w:${probe.firstGiven}`);
  for (const f of probe.formal ?? []) put(`n:${f}`);
}

/**
 * Every string `s` becomes with up to a quarter of its letters deleted. Two parts within a spelling variant's edit
 * distance k (a quarter of the longer) share a subsequence as long as the longer less k, which each reaches within
 * a quarter of its own letters: so they share one of these.
 */
export function deletions(s: string): Set<string> {
  const out = new Set<string>([s]);
  let level = [s];
  for (let k = 0; k < Math.floor(s.length / 4); k++) {
    const next: string[] = [];
    for (const w of level) {
      for (let j = 0; j < w.length; j++) {
        const d = w.slice(0, j) + w.slice(j + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    level = next;
  }
  return out;
}
