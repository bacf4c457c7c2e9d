// The words of a personal name where one starts in the text: capitalized words, particles inside ("bin", "von der"),
// initials ("S. Odontuya", "KP Sharma Oli"), and a possessive that ends it.
import { type Token, isPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, isNameToken } from './context.js';

const MAX_NAME_TOKENS = 5;

/** "S." before a name: one capital and a full stop, then a space. The token returned covers the stop. */
function initialAt(ctx: DocContext, t: Token): Token | null {
  if (!/^\p{Lu}$/u.test(t.text) || ctx.content[t.end] !== '.' || ctx.content[t.end + 1] !== ' ') return null;
  return { ...t, text: `${t.text}.`, end: t.end + 1 };
}

/** "KP" in "KP Sharma Oli": two or three capitals standing for given names, only before a name. */
function capitalInitials(ctx: DocContext, t: Token, next: Token | undefined): boolean {
  return /^\p{Lu}{2,3}$/u.test(t.text) && !ctx.vocab.acronyms.has(t.text) && !ctx.vocab.countryOf.has(t.text) && next !== undefined && isNameToken(ctx, next) && adjacent(ctx, t.end, next.start);
}

/** The name tokens starting at i, at most MAX_NAME_TOKENS, within the sentence ending at limit. */
export function nameTokensAt(ctx: DocContext, i: number, limit: number): Token[] {
  const toks = ctx.tokens;
  const out: Token[] = [];
  let k = i;
  while (k < limit && out.length < MAX_NAME_TOKENS) {
    const t = toks[k];
    const prevEnd = out.length > 0 ? out[out.length - 1].end : -1;
    if (out.length > 0 && !adjacent(ctx, prevEnd, t.start)) break;
    if (isNameToken(ctx, t)) {
      out.push(t);
      k++;
      if (isPossessive(t.text)) break;
      continue;
    }
    const initial = initialAt(ctx, t);
    if (initial && k + 1 < limit && isNameToken(ctx, toks[k + 1])) {
      out.push(initial);
      k++;
      continue;
    }
    if (out.length === 0 && capitalInitials(ctx, t, toks[k + 1])) {
      out.push(t);
      k++;
      continue;
    }
    const next = toks[k + 1];
    if (out.length > 0 && ctx.vocab.particles.has(t.text) && next && k + 1 < limit && isNameToken(ctx, next) && adjacent(ctx, t.end, next.start)) {
      out.push(t);
      k++;
      continue;
    }
    break;
  }
  // a particle never ends a name, and a lone initial is no name
  while (out.length > 0 && ctx.vocab.particles.has(out[out.length - 1].text)) out.pop();
  if (out.length > 0 && out.every((t) => t.text.endsWith('.') || /^\p{Lu}{2,3}$/u.test(t.text))) return [];
  return out;
}
