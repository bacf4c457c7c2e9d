// Name-like spans a document could not resolve on its own: capitalized names, acronyms and lowercase re-mentions
// of an initiative ("the pre-2030 development plan"). The link stage resolves them against the whole corpus,
// which is how a note's bare "Lavrov" or "BRI" finds its entity.
import type { Candidate, Span } from '../types.js';
import { type SpanSet, overlapsAny, spanSet } from '../text/spanSet.js';
import { stripPossessive, titleCase } from '../text/tokens.js';
import { type DocContext, adjacent, isNameToken } from './context.js';
import { acronymKey } from './vocabulary.js';
import { pushAll } from '../pushAll.js';

/** Places are never people or initiatives: "Mexico City", or "NEW DELHI" written in capitals. */
function placeSpans(ctx: DocContext): Span[] {
  const out: Span[] = ctx.hits.filter((h) => h.kind === 'city' || h.kind === 'country').map((h) => [h.start, h.end] as Span);
  const toks = ctx.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (a.upper && b.upper && adjacent(ctx, a.end, b.start) && ctx.vocab.places.has(titleCase(`${a.text} ${b.text}`))) out.push([a.start, b.end]);
  }
  return out;
}

export function extractCandidates(ctx: DocContext, claimedSpans: Span[]): Candidate[] {
  const coalesced = spanSet([...claimedSpans, ...placeSpans(ctx)]);
  const out: Candidate[] = [];
  const toks = ctx.tokens;
  const countryAliases = ctx.vocab.countryOf;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      const t = toks[i];
      if (overlapsAny(coalesced, [t.start, t.end])) continue;
      if (t.upper && !countryAliases.has(t.text) && !ctx.vocab.places.has(titleCase(t.text)) && t.text.length <= 10) {
        // "COP 29": a session number written apart is still part of the acronym
        const session = toks[i + 1];
        if (i + 1 < limit && ctx.vocab.numberedAcronyms.has(t.text) && /^\d{1,3}$/.test(session.text) && adjacent(ctx, t.end, session.start)) {
          out.push({ text: t.text + session.text, start: t.start, end: session.end, shape: 'acronym', title: null });
          i++;
          continue;
        }
        out.push({ text: t.text, start: t.start, end: t.end, shape: 'acronym', title: null });
        continue;
      }
      // "Asean", "G-7": a well-known acronym written as a word
      const written = t.upper ? null : acronymKey(ctx.vocab, t.text);
      if (written) {
        out.push({ text: written, start: t.start, end: t.end, shape: 'acronym', title: null });
        continue;
      }
      if (!isNameToken(ctx, t)) continue;
      let j = i + 1;
      while (j < limit && j - i < 4 && isNameToken(ctx, toks[j]) && adjacent(ctx, toks[j - 1].end, toks[j].start) && !overlapsAny(coalesced, [toks[j].start, toks[j].end])) {
        if (/['’]s$/.test(toks[j - 1].text)) break;
        j++;
      }
      const last = toks[j - 1];
      const end = last.start + stripPossessive(last.text).length;
      const candidate: Candidate = { text: ctx.content.slice(t.start, end), start: t.start, end, shape: 'name', title: null };
      if (i === first && j - i >= 2) candidate.sentenceStart = true;
      out.push(candidate);
      i = j - 1;
    }
  }
  pushAll(out, lowercaseReMentions(ctx, coalesced));
  return out;
}

let reMention: RegExp | null = null;

/** "the pre-2030 development plan": lowercase words ending in an initiative or organization head noun. */
function lowercaseReMentions(ctx: DocContext, claimed: SpanSet): Candidate[] {
  const heads = [...ctx.vocab.heads.keys()].map((h) => h.toLowerCase());
  reMention ??= new RegExp(`\\b[Tt]he\\s+((?:[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}\\-]*\\s+){1,5}?(?:${heads.join('|')}))\\b`, 'gu');
  const re = reMention;
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (let m = re.exec(ctx.content); m; m = re.exec(ctx.content)) {
    const start = m.index + m[0].length - m[1].length;
    const span: Span = [start, start + m[1].length];
    if (/[\r\n]/.test(m[1]) || overlapsAny(claimed, span)) continue;
    out.push({ text: m[1].replace(/\s+/g, ' '), start: span[0], end: span[1], shape: 'phrase', title: null });
  }
  return out;
}
