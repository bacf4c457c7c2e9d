// Long corpus-wide work written as generators that pause now and then, so a caller can spread it over many short
// slices (the language server answers requests in between) or run it to the end at once.

/** A computation of a T that yields whenever it is a good moment to pause. */
export type Steps<T> = Generator<void, T, void>;

/** About this much work passes between pauses: a few milliseconds at most. */
const UNITS_PER_PAUSE = 256;

/**
 * A counter of work done since the last pause: `if (pace(units)) yield;` in a loop. A unit is one document, or
 * about 8 mentions of an entity, so a loop over a few very popular entities pauses as often as one over many
 * documents.
 */
export function pacer(): (units?: number) => boolean {
  let done = 0;
  return (units = 1) => {
    done += units;
    if (done < UNITS_PER_PAUSE) return false;
    done = 0;
    return true;
  };
}

/** The work units of an entity-sized step that handles `mentions` mentions. */
export const mentionUnits = (mentions: number): number => 1 + mentions / 8;

/** Runs steps to the end. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs steps for about `budgetMs`; the result when they finished, otherwise undefined (call again to go on). */
export function runFor<T>(steps: Steps<T>, budgetMs: number): { done: true; value: T } | { done: false } {
  const until = performance.now() + budgetMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (performance.now() >= until) return { done: false };
  }
}

/** Sorts in runs, then merges them, pausing every few thousand items: sorting 100,000 uris at once takes 40–300 ms. */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const RUN = 4096;
  let from: T[] = [];
  for (let i = 0; i < items.length; i += RUN) {
    from.push(...items.slice(i, i + RUN).sort(compare));
    yield;
  }
  let into = new Array<T>(from.length);
  for (let width = RUN; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        into[k] = j >= hi || (i < mid && compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if (k % RUN === RUN - 1) yield;
      }
    }
    [from, into] = [into, from];
  }
  return from;
}
