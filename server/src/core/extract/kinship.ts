// Family members named by their given name after a kinship noun ("their daughters, Ana and Lena"): each is a
// person, with the family name of the one named last before them.
import type { Anchor } from './introductions.js';
import { type DocContext, isNameToken } from './context.js';
import { lowerBound } from '../text/lowerBound.js';

const KIN = /\b(?:his|her|their)\s+(wife|husband|daughters?|sons?|brothers?|sisters?|mother|father)\s*,?\s+/gu;
const JOINER = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/u;
/** How far back the one whose family it is may be named. */
const REACH = 300;

/** The given names listed at `at`: single capitalized words, none the first of a longer name. */
function givenNamesAt(ctx: DocContext, at: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let k = lowerBound(ctx.tokens, (t) => t.start < at);
  while (k < ctx.tokens.length && ctx.tokens[k].start === at) {
    const t = ctx.tokens[k];
    const next = ctx.tokens[k + 1];
    if (!isNameToken(ctx, t) || (next && next.cap && /^\s$/.test(ctx.content.slice(t.end, next.start)))) break;
    out.push({ text: t.text, start: t.start, end: t.end });
    const joint = JOINER.exec(ctx.content.slice(t.end, t.end + 8));
    if (!joint || !next) break;
    at = t.end + joint[0].length;
    k = lowerBound(ctx.tokens, (x) => x.start < at);
  }
  return out;
}

function singular(noun: string): string {
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

export function kinAnchors(ctx: DocContext, anchors: Anchor[]): void {
  const named = [...anchors].sort((a, b) => a.span[1] - b.span[1]);
  KIN.lastIndex = 0;
  for (let m = KIN.exec(ctx.content); m; m = KIN.exec(ctx.content)) {
    const before = named.filter((a) => a.span[1] <= m!.index && a.span[1] >= m!.index - REACH && a.tokens.length > 1).pop();
    if (!before) continue;
    const family = before.tokens[before.tokens.length - 1];
    for (const n of givenNamesAt(ctx, m.index + m[0].length)) {
      anchors.push({ tokens: [n.text, family], span: [n.start, n.end], role: { title: singular(m[1]), country: null } });
    }
  }
}
