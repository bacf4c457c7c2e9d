// Headlines in Title Case ("Varga Meets Berg In Lisbon"), where capitals say nothing of where a name ends.
import type { DocContext } from './context.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'as', 'from', 'after', 'over']);

const titleCaseLines = new WeakMap<DocContext, Map<number, boolean>>();

/** A headline in Title Case ("Varga Meets Berg In Lisbon"), where capitals next to a name say nothing of it. */
export function inTitleCaseLine(ctx: DocContext, offset: number): boolean {
  const start = ctx.content.lastIndexOf('\n', offset) + 1;
  const known = titleCaseLines.get(ctx) ?? titleCaseLines.set(ctx, new Map()).get(ctx)!;
  const memo = known.get(start);
  if (memo !== undefined) return memo;
  const answer = titleCaseAt(ctx, start);
  known.set(start, answer);
  return answer;
}

/** Every word of the line but the small ones is capitalized, and there are 3 to 16 of them. */
function titleCaseAt(ctx: DocContext, start: number): boolean {
  const word = /[^\s]+|\n/g;
  word.lastIndex = start;
  let count = 0;
  for (let m = word.exec(ctx.content); m && m[0] !== '\n'; m = word.exec(ctx.content)) {
    const w = m[0];
    if (!/\p{L}/u.test(w[0]) || SMALL_WORDS.has(w)) continue;
    if (w[0] === w[0].toLowerCase() || ++count > 16) return false;
  }
  return count >= 3;
}
