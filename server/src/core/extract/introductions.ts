// How a document introduces a person: a title before the name, a role after it, a title in apposition, a plural
// title before a list, an honorific, or a full name that speaks or acts. People.ts then links their mentions.
import type { LocalRole, Span } from '../types.js';
import { type Token, isPossessive, stripPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, hitAt, hitEndingAt, hitsIn, isNameToken, sentenceText } from './context.js';
import { orgPhraseAt } from './names.js';
import { nameEnd, nameTokensAt } from './personName.js';
import { type TitlePhrase, titlePhraseAt, titleText, withoutTimePrefix } from './titles.js';
import { inTitleCaseLine } from './headlines.js';
import { lowerBound } from '../text/lowerBound.js';
import type { HitKind } from './vocabulary.js';
import { kinAnchors } from './kinship.js';
import eventsData from '../../../data/events.json' with { type: 'json' };

/** A person as one place in the text introduces them. */
export interface Anchor {
  tokens: string[];
  span: Span;
  role: LocalRole | null;
  /** A country known without a title ("his Japanese counterpart, …"). */
  country?: string | null;
  /** An honorific that is the person's title if nothing else gives one ("Dr"). */
  fallbackTitle?: string;
}

/** A one-word name after a title or honorific ("President Xi", "Mr Froman"). */
export interface TitledShort {
  token: Token;
  title: string | null;
  country: string | null;
}

/**
 * The country written just before a title: a demonym ("Chinese"), the country's name used as one ("Singapore
 * Foreign Minister") or a possessive ("Russia's").
 */
function countryBefore(ctx: DocContext, offset: number, sentenceStart: number): { country: string; start: number } | null {
  let at = offset;
  while (at > sentenceStart && /[ \t\u00a0]/.test(ctx.content[at - 1])) at--;
  const demonym = hitEndingAt(ctx, at, ['demonym']) ?? hitEndingAt(ctx, at, ['country']);
  if (demonym && demonym.start >= sentenceStart) return { country: demonym.value, start: demonym.start };
  const m = /(\p{Lu}[\p{L}.\- ]*?)['’]s$/u.exec(ctx.content.slice(Math.max(sentenceStart, at - 40), at));
  if (m) {
    const country = ctx.vocab.countryOf.get(m[1].trim()) ?? ctx.vocab.countryOf.get(m[1].trim().split(' ').pop() ?? '');
    if (country) return { country, start: at - m[0].length };
  }
  return null;
}

/** "of Russia" right after a name or title. */
function countryAfter(ctx: DocContext, offset: number): { country: string; end: number } | null {
  const m = /^\s+of\s+(?:the\s+)?/.exec(ctx.content.slice(offset, offset + 12));
  if (!m) return null;
  const hit = hitAt(ctx, offset + m[0].length, ['country']);
  return hit ? { country: hit.value, end: hit.end } : null;
}

/**
 * An honorific just before a name ("Lady", "Sheikh"), or after a title an abbreviated one ("his counterpart FM
 * A"): where the name itself starts. Alone, "PM" is as often the time of day.
 */
function honorificEnd(ctx: DocContext, k: number, limit: number, afterTitle = false): number {
  const t = ctx.tokens[k];
  if (k + 1 >= limit || !t || (!ctx.vocab.honorifics.has(t.text) && !(afterTitle && ctx.vocab.abbreviations.has(t.text)))) return k;
  const gap = ctx.content.slice(t.end, ctx.tokens[k + 1].start);
  return /^\.?\s{1,2}$/.test(gap) ? k + 1 : k;
}

/**
 * The person named at token k, after a title or honorific: their name tokens. A title word that would leave a
 * one-word name may be a given name ("Prime Minister Sheikh Hasina"), and then it stays in the name.
 */
function introducedName(ctx: DocContext, k: number, limit: number): Token[] {
  const at = honorificEnd(ctx, k, limit, true);
  const name = nameTokensAt(ctx, at, limit, true);
  // "Minister of Foreign Affairs, Santiago Cafiero", "Defence Minister Jan Lind": after a title a city's name, or a
  // month's short name with no number after it, can be a given name
  const first = ctx.tokens[at];
  const givenName = () => hitAt(ctx, first.start, ['city']) || (CALENDAR_WORD.test(first.text) && !/^\s*\d/.test(ctx.content.slice(first.end, first.end + 3)));
  if (name.length === 0 && at + 1 < limit && first.cap && adjacent(ctx, first.end, ctx.tokens[at + 1].start) && givenName()) {
    const rest = nameTokensAt(ctx, at + 1, limit);
    if (rest.length > 0) return [ctx.tokens[at], ...rest];
  }
  if (at > k && name.length === 1 && ctx.vocab.honorificNames.has(ctx.tokens[k].text)) return [ctx.tokens[k], ...name];
  // "Defense Minister Dong Jun": after a title a month's name is a given name, unless a number makes it a date
  const next = ctx.tokens[at + name.length];
  if (name.length === 1 && next && at + 1 < limit && CALENDAR_WORD.test(next.text) && adjacent(ctx, name[0].end, next.start) && !/^\s*\d/.test(ctx.content.slice(next.end, next.end + 3))) {
    return [...name, next];
  }
  return name;
}

/**
 * The country written just before a title (see countryBefore), or told by an institution of one state ("Kremlin
 * aide", "White House National Security Advisor").
 */
function countryBeforeTitle(ctx: DocContext, offset: number, sentenceStart: number): { country: string; start: number } | null {
  const found = countryBefore(ctx, offset, sentenceStart);
  if (found) return found;
  let at = offset;
  while (at > sentenceStart && /[ \t\u00a0]/.test(ctx.content[at - 1])) at--;
  // the institution stays out of the title's span: it may be an organization the names stage finds
  const institution = hitEndingAt(ctx, at, ['institution']);
  return institution && institution.start >= sentenceStart ? { country: institution.value, start: offset } : null;
}

const TITLE_HITS = new Set<HitKind>(['title', 'descriptive', 'appositive', 'institution']);

/** A cheap first test, since most words start no title: a title word, or a listed title written from here. */
function mayStartTitle(ctx: DocContext, t: Token): boolean {
  if (ctx.vocab.titleWordForms.has(t.text) || ctx.vocab.abbreviations.has(t.text) || withoutTimePrefix(t.text) !== t.text) return true;
  const hits = ctx.hitsByStart.get(t.start);
  return hits !== undefined && hits.some((h) => TITLE_HITS.has(h.kind));
}

/** The country of an institution a title names ("Federation Council Speaker", "Kremlin aide"). */
function institutionIn(ctx: DocContext, start: number, end: number): string | null {
  for (const h of hitsIn(ctx, start, end)) if (h.kind === 'institution' && h.end <= end) return h.value;
  return null;
}

const SIDE = /\b(?:the\s+)?(\p{Lu}[\p{L}.]+)\s+(?:side|delegation)\b/u;

/** "From the Korean side, …", "the American delegation": a country that the sentence's officials serve. */
function sentenceSide(ctx: DocContext, s: number): string | null {
  const m = SIDE.exec(sentenceText(ctx, s));
  return m ? (ctx.vocab.demonymOf.get(m[1]) ?? ctx.vocab.countryOf.get(m[1]) ?? null) : null;
}

const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

interface Introduction {
  title: TitlePhrase;
  country: string | null;
  start: number;
}

/** "Russian and Chinese foreign ministers": the countries written before a plural title, in order. */
function countriesBefore(ctx: DocContext, offset: number, sentenceStart: number): string[] {
  const out: string[] = [];
  let at = offset;
  for (;;) {
    while (at > sentenceStart && /[ \t\u00a0]/.test(ctx.content[at - 1])) at--;
    const hit = hitEndingAt(ctx, at, ['demonym']) ?? hitEndingAt(ctx, at, ['country']);
    if (!hit || hit.start < sentenceStart) break;
    out.unshift(hit.value);
    const joint = /(?:,\s*(?:and\s+)?|\s+and\s+)$/.exec(ctx.content.slice(Math.max(sentenceStart, hit.start - 8), hit.start));
    if (!joint) break;
    at = hit.start - joint[0].length;
  }
  return out;
}

/**
 * "Presidents A of X, B of Y and C of Z", "Russian and Chinese foreign ministers A and B": one person per name, each
 * with the singular title and their own country, or the countries before the title in the same order.
 */
function listedAnchors(ctx: DocContext, intro: Introduction, sentenceStart: number, limit: number, anchors: Anchor[]): number {
  const toks = ctx.tokens;
  const listed: { name: Token[]; end: number; country: string | null }[] = [];
  let k = intro.title.next;
  let last = k;
  while (k < limit) {
    const name = introducedName(ctx, k, limit);
    if (name.length < 2) break;
    const end = nameEnd(name);
    const after = countryAfter(ctx, end);
    listed.push({ name, end, country: after?.country ?? null });
    k += name.length;
    const stop = after?.end ?? end;
    while (k < limit && toks[k].start < stop) k++;
    last = k;
    if (k < limit && toks[k].text === 'and') k++;
    const sep = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.exec(k < limit ? ctx.content.slice(stop, toks[k].start) : '');
    if (!sep) break;
  }
  const before = countriesBefore(ctx, intro.start, sentenceStart);
  listed.forEach((p, n) => {
    const country = p.country ?? (before.length === listed.length ? before[n] : before.length === 1 ? before[0] : null);
    anchors.push({ tokens: p.name.map((t) => stripPossessive(t.text)), span: [p.name[0].start, p.end], role: { title: intro.title.title, country } });
  });
  return last;
}

/**
 * "the EU's special representative for the dialogue between X and Y, Ana Varga,": a title whose "for/of …" part
 * runs in plain words up to the comma before its holder's name. The title, ending at that comma, or null.
 */
function longTitleBeforeName(ctx: DocContext, title: TitlePhrase, limit: number): TitlePhrase | null {
  const m = /^\s+(?:for|of|on|to)\s+[^,;:.()\n]{3,80}?(?=,\s)/.exec(ctx.content.slice(title.headEnd, title.headEnd + 100));
  if (!m) return null;
  const end = title.headEnd + m[0].length;
  const next = lowerBound(ctx.tokens, (t) => t.start < end);
  if (next >= limit) return null;
  const written = titleText(ctx, title.start, end);
  return { ...title, title: written.title, country: title.country ?? written.country, end, next };
}

/** ", Ms Ana Varga," after a title: the title's holder named in apposition. */
function appositionAfterTitle(ctx: DocContext, title: TitlePhrase, limit: number): Token[] {
  const k = title.next;
  if (k >= limit || !/^,\s{1,2}$/.test(ctx.content.slice(title.end, ctx.tokens[k].start))) return [];
  const name = introducedName(ctx, k, limit);
  // a lone word is a name only where an honorific says so (", Mr Berg,")
  if (name.length < (honorificEnd(ctx, k, limit) > k ? 1 : 2)) return [];
  const end = name[name.length - 1].end;
  if (/^(?:\s*[,;.)\-–—]|\s+\p{Ll}|\s*$)/u.test(ctx.content.slice(end, end + 8))) return name;
  // "…, Ana Varga a Chilean company": a scraped link that lost the space and comma after the name
  const next = ctx.tokens[k + name.length];
  return next && /^\s+$/.test(ctx.content.slice(end, next.start)) && hitAt(ctx, next.start, ['demonym']) ? name : [];
}

/**
 * "adviser to U.S. Vice President Joe Biden": a title whose "to …" or "of …" part ends in a title head of its own,
 * with no "the", ends in another person's title, and the name after it is theirs; the inner title is read where it
 * starts.
 */
function innerTitleBeforeName(ctx: DocContext, found: TitlePhrase): boolean {
  const last = ctx.tokens[found.next - 1];
  if (last.start < found.headEnd || !ctx.vocab.titleHeads.has(last.text.toLowerCase())) return false;
  // "Aide to the President Ana Varga": an inner title after "the" names an office, and the name is the aide's
  return !/^\s*\p{L}+\s+the\s/u.test(ctx.content.slice(found.headEnd, last.start));
}

function titledAnchors(ctx: DocContext, anchors: Anchor[], shorts: TitledShort[], titleSpans: Span[]): void {
  const toks = ctx.tokens;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    // read only when a titled person has no other country: most sentences never need it
    let side: string | null | undefined;
    // "Sri Lanka's Foreign Minister A, Health Minister B, …": one country for a run of titled names
    let listCountry: { country: string | null; end: number; commas: number } = { country: null, end: -1, commas: 0 };
    let lastOffice: string | null = null;
    for (let i = first; i < limit; i++) {
      if (!mayStartTitle(ctx, toks[i])) continue;
      const found = titlePhraseAt(ctx, i, limit);
      if (!found || found.next >= limit || innerTitleBeforeName(ctx, found)) continue;
      const direct = adjacent(ctx, found.end, toks[found.next].start) && introducedName(ctx, found.next, limit).length > 0;
      const long = direct || appositionAfterTitle(ctx, found, limit).length > 0 ? null : longTitleBeforeName(ctx, found, limit);
      const title = long && appositionAfterTitle(ctx, long, limit).length > 0 ? long : found;
      const before = countryBeforeTitle(ctx, title.start, ctx.sentences[s].start);
      // a comma carries the country on; "and" only ends a list that commas began ("X President A and Prime Minister B"
      // may be two states)
      const gap = listCountry.end >= 0 ? ctx.content.slice(listCountry.end, title.start) : '';
      const comma = /^\s*[,;]\s*$/.test(gap);
      const inList = comma || (listCountry.commas > 0 && /^\s*,?\s+and\s*$/.test(gap));
      const known = before?.country ?? title.country ?? institutionIn(ctx, title.start, title.end) ?? null;
      const intro: Introduction = { title, country: known, start: before?.start ?? title.start };
      if (title.plural && inTitleCaseLine(ctx, title.start)) continue;
      if (title.plural) {
        const end = listedAnchors(ctx, { ...intro, start: title.start }, ctx.sentences[s].start, limit, anchors);
        if (end > title.next) titleSpans.push([intro.start, title.headEnd]);
        i = Math.max(i, end - 1);
        continue;
      }
      const adjacentName = adjacent(ctx, title.end, toks[title.next].start) || strayPeriod(ctx, title) ? introducedName(ctx, title.next, limit) : [];
      const name = adjacentName.length > 0 ? adjacentName : appositionAfterTitle(ctx, title, limit);
      // "the foreign minister, Mr Berg": an honorific makes a lone word after a lowercase title a name
      if (name.length === 0 || (title.lowercase && name.length < 2 && !afterHonorific(ctx, name[0]))) continue;
      const end = nameEnd(name);
      const after = countryAfter(ctx, end);
      const country = intro.country ?? after?.country ?? (inList ? listCountry.country : null) ?? (side === undefined ? (side = sentenceSide(ctx, s)) : side);
      // the title's "of …" part may name an organization, which is the names stage's to find
      titleSpans.push([intro.start, title.headEnd]);
      // "President A … shakes hands with his Chinese counterpart B": a counterpart holds the same office as the
      // titled person named last before it, whose counterpart it most often is ("spokesman C spoke of the call
      // between President A and his counterpart B")
      const cue = ctx.vocab.cueNouns.has(title.title.toLowerCase());
      const heldTitle = cue ? (title.title.toLowerCase() === 'counterpart' ? lastOffice : null) : title.title;
      const role = heldTitle ? { title: heldTitle, country } : null;
      // the office itself, without what it is of ("President of the Spanish Government" is a President)
      if (!cue) lastOffice = withoutTimePrefix(ctx.content.slice(title.start, title.headEnd).replace(/\s+/g, ' '));
      if (name.length === 1) {
        if (role) shorts.push({ token: name[0], title: role.title, country });
      } else {
        anchors.push({ tokens: name.map((t) => stripPossessive(t.text)), span: [name[0].start, end], role, country });
      }
      listCountry = { country, end: after?.end ?? end, commas: inList && comma ? listCountry.commas + 1 : 0 };
      i = lowerBound(toks, (t) => t.start < end) - 1;
    }
  }
}

function afterHonorific(ctx: DocContext, t: Token): boolean {
  const k = lowerBound(ctx.tokens, (x) => x.start < t.start);
  return k > 0 && ctx.vocab.honorifics.has(ctx.tokens[k - 1].text);
}

/** "…, President Bio of Sierra Leone, President. Umaro Sissoco of Guinea-Bissau": a stray period between a listed title and its name. */
function strayPeriod(ctx: DocContext, title: TitlePhrase): boolean {
  return /^\.[ \t]{1,2}$/.test(ctx.content.slice(title.end, ctx.tokens[title.next].start)) && /(?:,|\band)\s+$/.test(ctx.content.slice(Math.max(0, title.start - 6), title.start));
}

/** "Ms Varga", "Dr Ana Varga": an honorific marks a person without giving a title. */
function honorificAnchors(ctx: DocContext, anchors: Anchor[], shorts: TitledShort[]): void {
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      const at = honorificEnd(ctx, i, limit);
      if (at === i) continue;
      const name = nameTokensAt(ctx, at, limit);
      if (name.length === 0) continue;
      const end = nameEnd(name);
      if (name.length === 1) shorts.push({ token: name[0], title: null, country: null });
      else {
        const honorific = ctx.tokens[i].text;
        const fallback = ctx.vocab.titleHonorifics.has(honorific) ? { fallbackTitle: honorific } : {};
        anchors.push({ tokens: name.map((t) => stripPossessive(t.text)), span: [name[0].start, end], role: null, country: null, ...fallback });
      }
      i = at + name.length - 1;
    }
  }
}

/** The role written after a name, from offset at: a listed role head with its organization ("head of the Z"). */
function listedRoleAfter(ctx: DocContext, at: number): { start: number; end: number; country: string | null } | null {
  const toks = ctx.tokens;
  const role = hitAt(ctx, at, ['appositive', 'descriptive']) ?? hitAt(ctx, at, ['title']);
  if (!role) return null;
  let end = role.end;
  let country: string | null = null;
  const of = /^\s+(?:of|at|for|to)\s+(?:the\s+)?/.exec(ctx.content.slice(end, end + 12));
  if (of) {
    const orgStart = end + of[0].length;
    const found = lowerBound(toks, (t) => t.start < orgStart);
    const k = toks[found]?.start === orgStart ? found : -1;
    const org = k >= 0 ? orgPhraseAt(ctx, k) : null;
    if (org && org.start === orgStart) end = org.end;
    else {
      const place = hitAt(ctx, orgStart, ['country']);
      if (place) {
        country = place.value;
        end = place.end;
      }
    }
  }
  return { start: role.start, end, country };
}

/** The role after a name: a listed one, or any title the title grammar reads there ("senior director for …"). */
function roleAfter(ctx: DocContext, at: number, limit: number): { start: number; end: number; title: string; country: string | null } | null {
  const k = lowerBound(ctx.tokens, (t) => t.start < at);
  const phrase = k < limit && ctx.tokens[k].start === at ? titlePhraseAt(ctx, k, limit, false) : null;
  const listed = listedRoleAfter(ctx, at);
  if (listed && (!phrase || listed.end >= phrase.end)) {
    const written = titleText(ctx, listed.start, listed.end);
    return { ...listed, title: written.title, country: listed.country ?? written.country };
  }
  return phrase && !phrase.plural ? { start: phrase.start, end: phrase.end, title: phrase.title, country: phrase.country } : null;
}

/** "A, the head of X, B, …": a role followed by a name in apposition is that name's, not the one before it. */
function introducesNextName(ctx: DocContext, roleEnd: number, limit: number): boolean {
  const comma = /^,\s{1,2}/.exec(ctx.content.slice(roleEnd, roleEnd + 3));
  if (!comma) return false;
  const k = lowerBound(ctx.tokens, (t) => t.start < roleEnd + comma[0].length);
  const name = k < limit ? introducedName(ctx, k, limit) : [];
  return name.length >= 2 && /^(?:\s*[,;.)]|\s+and\s|\s*$)/.test(ctx.content.slice(name[name.length - 1].end, name[name.length - 1].end + 5));
}

/** "X Y, head of the Z," and "X Y, Russia's top diplomat,": the role after the name. */
function appositiveAnchors(ctx: DocContext, anchors: Anchor[], titleSpans: Span[]): void {
  const toks = ctx.tokens;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      if (i > first && isNameToken(ctx, toks[i - 1]) && adjacent(ctx, toks[i - 1].end, toks[i].start)) continue;
      const name = nameTokensAt(ctx, i, limit);
      if (name.length < 2 || isPossessive(name[name.length - 1].text)) continue;
      const wordsEnd = name[name.length - 1].end;
      const lead = /^,\s+(?:(?:the|a|an|also|now|then|currently|formerly|his|her|its|their)\s+)*/.exec(ctx.content.slice(wordsEnd, wordsEnd + 40));
      if (!lead) continue;
      let at = wordsEnd + lead[0].length;
      let country: string | null = null;
      const demonym = hitAt(ctx, at, ['demonym']);
      const possessive = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s\s+/u.exec(ctx.content.slice(at, at + 40));
      if (demonym && /^\s/.test(ctx.content[demonym.end] ?? '')) {
        country = demonym.value;
        at = demonym.end + 1;
      } else if (possessive && ctx.vocab.countryOf.has(possessive[1])) {
        country = ctx.vocab.countryOf.get(possessive[1])!;
        at += possessive[0].length;
      }
      const role = roleAfter(ctx, at, limit);
      if (!role || introducesNextName(ctx, role.end, limit)) continue;
      // the role ends the apposition, or another joined by "and" follows ("head of X and deputy head of Y")
      const after = /^\s*(?:,|\s(?:and|said|says|told|noted|added|stressed|called|urged|warned|wrote)\b)/.exec(ctx.content.slice(role.end, role.end + 12));
      if (!after && role.end < ctx.sentences[s].end - 1) continue;
      const roleCountry = country ?? role.country;
      anchors.push({ tokens: name.map((t) => t.text), span: [name[0].start, wordsEnd], role: ctx.vocab.cueNouns.has(role.title.toLowerCase()) ? null : { title: role.title, country: roleCountry }, country: roleCountry });
      titleSpans.push([role.start, role.end]);
      i += name.length - 1;
    }
  }
}

const CUE_VERBS = [...eventsData.speechVerbs, ...eventsData.personCues].join('|');
const UNTITLED_AFTER = new RegExp(`^(?:,\\s+who\\s|\\s+(?:also\\s+|has\\s+|had\\s+|then\\s+)?(?:${CUE_VERBS})\\b)`);
const UNTITLED_BEFORE = new RegExp(`\\b(?:${CUE_VERBS}|according to)\\s+$|\\b(?:met|meets|meeting|talks|spoke|speaks|agreed)\\b[^.;:]{0,50}\\bwith\\s+$`);

/**
 * Whether capitalized words that act like a person are a name: not a place or a people ("Sri Lankan", "United
 * States"), not after "the" ("the Casa de Nariño, who …") or a capitalized "X of", not the qualifier of a title
 * ("Public Enterprises Minister").
 */
function untitledNameFits(ctx: DocContext, name: Token[], i: number, limit: number): boolean {
  const start = name[0].start;
  const end = name[name.length - 1].end;
  if (isPlaceName(ctx, start, end)) return false;
  if (/\bthe\s+$/i.test(ctx.content.slice(Math.max(0, start - 5), start))) return false;
  // "the Alliance of Tidal States met": after a capitalized "X of" the words end an organization's name
  if (/\p{Lu}[\p{L}]*\s+of\s+$/u.test(ctx.content.slice(Math.max(0, start - 40), start))) return false;
  const next = ctx.tokens[i + name.length];
  return !(next && i + name.length < limit && next.cap && adjacent(ctx, end, next.start) && ctx.vocab.titleHeads.has(next.text.toLowerCase()));
}

/**
 * "Li Keqiang, who …", "X Y said", "said X Y", "X Y met …", "talks with X Y": a full name that speaks, acts or is
 * described is a person even untitled; "Chile's X Y said" gives their country too.
 */
function untitledAnchors(ctx: DocContext, anchors: Anchor[]): void {
  const toks = ctx.tokens;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      // inside a name already: after a name word, or a particle ("bin Salman bin Abdulaziz")
      const prev = i > first ? toks[i - 1] : null;
      if (prev && (isNameToken(ctx, prev) || prev.cap || ctx.vocab.particles.has(prev.text)) && !isPossessive(prev.text) && adjacent(ctx, prev.end, toks[i].start)) continue;
      const name = nameTokensAt(ctx, i, limit);
      const words = name.filter((t) => !ctx.vocab.particles.has(t.text));
      if (words.length < 2 || words.length > 4 || !words.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(t.text))) continue;
      const end = name[name.length - 1].end;
      const after = ctx.content.slice(end, end + 30);
      const before = ctx.content.slice(Math.max(0, name[0].start - 80), name[0].start);
      const owner = countryBefore(ctx, name[0].start, ctx.sentences[s].start);
      const possessed = owner !== null && /['’]s\s+$/.test(ctx.content.slice(owner.start, name[0].start));
      if ((UNTITLED_AFTER.test(after) || UNTITLED_BEFORE.test(before)) && untitledNameFits(ctx, name, i, limit)) {
        anchors.push({ tokens: name.map((t) => t.text), span: [name[0].start, end], role: null, country: possessed ? owner.country : null });
      }
      i += name.length - 1;
    }
  }
}

/** Words that name a place or a people ("Sierra Leone", "Sri Lankan"), which no introduction makes a person. */
export function isPlaceName(ctx: DocContext, start: number, end: number): boolean {
  return (ctx.hitsByStart.get(start) ?? []).some((h) => h.end >= end && (h.kind === 'country' || h.kind === 'demonym' || h.kind === 'city'));
}

/** A sentence that is a whole line of its own. */
function wholeLine(ctx: DocContext, s: number): boolean {
  const text = sentenceText(ctx, s);
  return !/\n/.test(text.trim()) && /(?:^|\n)\s*$/.test(ctx.content.slice(Math.max(0, ctx.sentences[s].start - 2), ctx.sentences[s].start));
}

/** "John Smith" on one line and "Secretary of State" alone on the next: a transcript's or release's signature. */
function signatureAnchors(ctx: DocContext, anchors: Anchor[], titleSpans: Span[]): void {
  for (let s = 0; s + 1 < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    const [titleFirst, titleLimit] = ctx.sentenceTokens[s + 1];
    if (limit - first < 2 || limit - first > 4 || titleFirst >= titleLimit || !wholeLine(ctx, s) || !wholeLine(ctx, s + 1)) continue;
    if (!/^[ \t]*\n[ \t]*$/.test(ctx.content.slice(ctx.tokens[limit - 1].end, ctx.tokens[titleFirst].start))) continue;
    const name = nameTokensAt(ctx, first, limit);
    const title = titlePhraseAt(ctx, titleFirst, titleLimit, false);
    if (name.length !== limit - first || !title || title.next !== titleLimit || title.start !== ctx.tokens[titleFirst].start) continue;
    anchors.push({ tokens: name.map((t) => t.text), span: [name[0].start, name[name.length - 1].end], role: { title: title.title, country: title.country }, country: title.country });
    titleSpans.push([title.start, title.headEnd]);
  }
}

export interface Introductions {
  anchors: Anchor[];
  shorts: TitledShort[];
  /** The titles that introduced someone, up to their head word: the people stage owns them. */
  titleSpans: Span[];
}

/** Every introduction in the document, in the order the finders run. */
export function findIntroductions(ctx: DocContext): Introductions {
  const found: Introductions = { anchors: [], shorts: [], titleSpans: [] };
  titledAnchors(ctx, found.anchors, found.shorts, found.titleSpans);
  appositiveAnchors(ctx, found.anchors, found.titleSpans);
  untitledAnchors(ctx, found.anchors);
  honorificAnchors(ctx, found.anchors, found.shorts);
  signatureAnchors(ctx, found.anchors, found.titleSpans);
  kinAnchors(ctx, found.anchors);
  return found;
}
