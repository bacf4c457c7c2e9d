// The variant index narrows which clusters a spelling variant is tried against: it must never leave out one that a
// variant test would accept, and it keeps the order the clusters were made in, so the first that fits is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToBucket, candidates, deletions, newBucket, probeOf } from '../../../../server/src/core/link/variantIndex.js';
import { spellingVariant } from '../../../../server/src/core/text/similarity.js';
import { sameGivenName } from '../../../../server/src/core/link/givenNames.js';

/** Names of random letters, a third of them one edit away from an earlier one, with some long ones and short forms. */
function names(count: number, seed: number): string[][] {
  let n = seed;
  const next = () => (n = (n * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letter = () => 'abdegiklmnorstu'[Math.floor(next() * 15)];
  const word = () => {
    let w = letter().toUpperCase();
    for (let i = 1, length = 3 + Math.floor(next() * 12); i < length; i++) w += letter();
    return w;
  };
  const edited = (w: string) => {
    const at = 1 + Math.floor(next() * (w.length - 1));
    const kind = Math.floor(next() * 3);
    return w.slice(0, at) + (kind === 2 ? '' : letter()) + w.slice(kind === 1 ? at : at + 1);
  };
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    if (i % 17 === 0) out.push(['William']);
    else if (i % 19 === 0) out.push(['Bill', word()]);
    else if (i > 0 && i % 3 === 0) out.push(out[Math.floor(next() * i)].map(edited));
    else out.push(next() < 0.2 ? [word(), word()] : [word()]);
  }
  return out;
}

test('every cluster a variant test accepts is a candidate, in the order the clusters were added', () => {
  const stored = names(600, 7);
  const bucket = newBucket<number>();
  stored.forEach((given, i) => addToBucket(bucket, i, probeOf(given.join(''), given)));
  const firstGiven = (g: string[]) => g[0].toLowerCase();
  let accepted = 0;
  let tried = 0;
  let short = 0;
  for (const query of names(300, 7).map((g, i) => (i % 2 ? g : names(300, 99)[i]))) {
    const part = query.join('');
    const found = candidates(bucket, probeOf(part, query));
    assert.deepEqual(found, [...found].sort((a, b) => a - b));
    const kept = new Set(found);
    // a part of more than 12 letters is tried against the whole key
    if (part.length <= 12) {
      tried += found.length;
      short++;
    }
    for (const [i, given] of stored.entries()) {
      const other = given.join('');
      if (!(spellingVariant(part, other) || firstGiven(query) === firstGiven(given) || sameGivenName(part, other))) continue;
      accepted++;
      assert.ok(kept.has(i), `${part} and ${other} are variants, but ${other} is no candidate`);
    }
  }
  // the test means something only if variants were there to miss, and the index left others out
  assert.ok(accepted > 100, `${accepted} accepted pairs`);
  assert.ok(tried < (stored.length * short) / 4, `${tried} candidates tried for ${short} parts of 12 letters or fewer`);
});

test('a part within a quarter of its letters of another shares one of its deletions with it', () => {
  assert.ok([...deletions('abdeabde')].some((d) => deletions('abdebde').has(d)));
  assert.equal(deletions('abc').size, 1);
  assert.ok(deletions('abcdefgh').has('abcdef'));
});
