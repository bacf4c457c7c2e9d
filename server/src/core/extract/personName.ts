// The words of a personal name where one starts in the text: capitalized words, particles inside ("bin", "von der"),
// initials ("S. Odontuya", "KP Sharma Oli"), and a possessive that ends it.
import { type Token, isPossessive, stripPossessive, titleCase } from '../text/tokens.js';
import { type DocContext, adjacent, isNameToken } from './context.js';

/** Name words at most, particles not counted ("Mohammed bin Salman bin Abdulaziz Al Saud" has five). */
const MAX_NAME_WORDS = 5;

/** Where a name ends in the text, its last word's possessive left out ("Varga's" ends at "Varga"). */
export function nameEnd(name: readonly Token[]): number {
  const last = name[name.length - 1];
  return last.start + stripPossessive(last.text).length;
}

/** "S." before a name: one capital and a full stop, then a space. The token returned covers the stop. */
function initialAt(ctx: DocContext, t: Token): Token | null {
  if (!/^\p{Lu}$/u.test(t.text) || ctx.content[t.end] !== '.' || ctx.content[t.end + 1] !== ' ') return null;
  return { ...t, text: `${t.text}.`, end: t.end + 1 };
}

/** "KP" in "KP Sharma Oli": two or three capitals standing for given names, only before a name. */
function capitalInitials(ctx: DocContext, t: Token, next: Token | undefined): boolean {
  return /^\p{Lu}{2,3}$/u.test(t.text) && !ctx.vocab.acronyms.has(t.text) && !ctx.vocab.countryOf.has(t.text) && next !== undefined && isNameToken(ctx, next) && adjacent(ctx, t.end, next.start);
}

/** "al-Sudani", "el-Sisi": a lowercase particle and a hyphen, then a capitalized name word. */
function particlePrefixed(ctx: DocContext, t: Token): boolean {
  const m = /^(\p{Ll}+)-\p{Lu}\p{Ll}/u.exec(t.text);
  return m !== null && ctx.vocab.particles.has(m[1]);
}

/** "von der" before "Leyen": the token index past one or more particles that a name word follows, or k. */
function particleRun(ctx: DocContext, k: number, limit: number): number {
  const toks = ctx.tokens;
  let j = k;
  while (j < limit && j - k < 3 && ctx.vocab.particles.has(toks[j].text) && (j === k || adjacent(ctx, toks[j - 1].end, toks[j].start))) j++;
  if (j === k || j >= limit || !isNameToken(ctx, toks[j]) || !adjacent(ctx, toks[j - 1].end, toks[j].start)) return k;
  return j;
}

/** "HAYASHI Yoshimasa": a family name in capitals, written first, then one given name. */
function familyInCapitals(ctx: DocContext, t: Token, given: Token | undefined, after: Token | undefined): boolean {
  if (!/^\p{Lu}{3,}$/u.test(t.text) || !/[AEIOUY]/.test(t.text) || ctx.vocab.acronyms.has(t.text) || ctx.vocab.countryOf.has(t.text)) return false;
  if (!given || !isNameToken(ctx, given) || !adjacent(ctx, t.end, given.start)) return false;
  return !after || !adjacent(ctx, given.end, after.start) || !(isNameToken(ctx, after) || after.upper);
}

/** A capital's name inside a name ("Tomasz Kingston"), which only a title before the name lets through. */
function cityInName(ctx: DocContext, t: Token): boolean {
  const base = stripPossessive(t.text);
  return t.cap && !t.upper && ctx.vocab.places.has(base) && !ctx.vocab.countryOf.has(base) && !ctx.vocab.demonymOf.has(base);
}

/**
 * The name tokens starting at i, at most MAX_NAME_WORDS words, within the sentence ending at limit. After a title
 * (`titled`) a word that names a city may be one of them, past the first.
 */
export function nameTokensAt(ctx: DocContext, i: number, limit: number, titled = false): Token[] {
  const toks = ctx.tokens;
  // every way a name starts needs a capital: most words are done with here
  if (!toks[i]?.cap) return [];
  const out: Token[] = [];
  let k = i;
  let words = 0;
  while (k < limit && words < MAX_NAME_WORDS) {
    const t = toks[k];
    const prevEnd = out.length > 0 ? out[out.length - 1].end : -1;
    if (out.length > 0 && !adjacent(ctx, prevEnd, t.start)) break;
    const initial = t.text.length === 1 ? initialAt(ctx, t) : null;
    if (initial && k + 1 < limit && isNameToken(ctx, toks[k + 1])) {
      out.push(initial);
      k++;
      words++;
      continue;
    }
    // "Mohammed Shia al-Sudani": a particle written onto the next name word makes a name word too
    if (isNameToken(ctx, t) || (out.length > 0 && ((titled && cityInName(ctx, t)) || particlePrefixed(ctx, t)))) {
      out.push(t);
      k++;
      words++;
      if (isPossessive(t.text)) break;
      continue;
    }
    if (out.length === 0 && capitalInitials(ctx, t, toks[k + 1])) {
      out.push(t);
      k++;
      words++;
      continue;
    }
    // "Felipe VI", "Charles III": a regnal number ends a name
    if (out.length > 0 && /^[IVX]{1,4}$/.test(t.text)) {
      out.push(t);
      break;
    }
    const particles = particleRun(ctx, k, limit);
    if (out.length > 0 && particles > k) {
      out.push(...toks.slice(k, particles));
      k = particles;
      continue;
    }
    if (out.length === 0 && familyInCapitals(ctx, t, toks[k + 1], toks[k + 2])) {
      out.push({ ...t, text: titleCase(t.text) });
      k++;
      words++;
      continue;
    }
    break;
  }
  // a particle or a bare capital never ends a name ("Inácio da", "Varga L"), and a lone initial is no name
  while (out.length > 0 && (ctx.vocab.particles.has(out[out.length - 1].text) || /^\p{Lu}$/u.test(out[out.length - 1].text))) out.pop();
  if (out.length > 0 && out.every((t) => t.text.endsWith('.') || /^\p{Lu}{2,3}$/u.test(t.text))) return [];
  return out;
}
