// Finds officials in one document and links every later short mention to them. A person is introduced by a title
// before the name ("Chinese Foreign Minister Wang Yi", "Russia's top diplomat Sergei Lavrov") or a role after it
// ("Li Yongquan, head of the …"); after that the family name, "President Xi" and "the Russian president" refer back.
import type { Candidate, LocalPerson, LocalRole, Span } from '../types.js';
import { spanListOf } from '../text/spanList.js';
import { type Token, isPossessive, stripPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, hitAt, hitEndingAt, hitsIn, isNameToken, sentenceText } from './context.js';
import { orgPhraseAt } from './names.js';
import { nameTokensAt } from './personName.js';
import { type TitlePhrase, titlePhraseAt, titleText } from './titles.js';
import { lowerBound } from '../text/lowerBound.js';
import { asciiFold } from '../text/fold.js';
import eventsData from '../../../data/events.json' with { type: 'json' };

interface Anchor {
  tokens: string[];
  span: Span;
  role: LocalRole | null;
  /** A country known without a title ("his Japanese counterpart, …"). */
  country?: string | null;
}

interface TitledShort {
  token: Token;
  title: string | null;
  country: string | null;
}

export interface PeopleResult {
  persons: LocalPerson[];
  /** Spans the people stage owns: mentions and the titles that introduced them. */
  claimed: Span[];
  /** Titled single names ("President Xi") with no full name in this document. */
  unresolved: Candidate[];
}

/** A person while the document is read: mentions are gathered as pairs, then sorted and packed; `forms` are the
 * written forms of the full name, the longest first. */
type PersonDraft = Omit<LocalPerson, 'mentions'> & { mentions: Span[]; forms: string[][]; capitalsFirst: boolean };

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

/** An honorific or a title word just before a name ("Lady", "Sheikh"): where the name itself starts. */
function honorificEnd(ctx: DocContext, k: number, limit: number): number {
  const t = ctx.tokens[k];
  if (k + 1 >= limit || !t || !ctx.vocab.honorifics.has(t.text)) return k;
  const gap = ctx.content.slice(t.end, ctx.tokens[k + 1].start);
  return /^\.?\s{1,2}$/.test(gap) ? k + 1 : k;
}

/**
 * The person named at token k, after a title or honorific: their name tokens. A title word that would leave a
 * one-word name may be a given name ("Prime Minister Sheikh Hasina"), and then it stays in the name.
 */
function introducedName(ctx: DocContext, k: number, limit: number): Token[] {
  const at = honorificEnd(ctx, k, limit);
  const name = nameTokensAt(ctx, at, limit, true);
  // "Minister of Foreign Affairs, Santiago Cafiero": after a title a city's name can be a given name
  if (name.length === 0 && at + 1 < limit && ctx.tokens[at].cap && hitAt(ctx, ctx.tokens[at].start, ['city']) && adjacent(ctx, ctx.tokens[at].end, ctx.tokens[at + 1].start)) {
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
 * The country written just before a title: a demonym, a possessive, a country's name ("Bhutan PM") or an
 * institution of one state ("Kremlin aide", "White House National Security Advisor").
 */
function countryBeforeTitle(ctx: DocContext, offset: number, sentenceStart: number): { country: string; start: number } | null {
  const found = countryBefore(ctx, offset, sentenceStart);
  if (found) return found;
  let at = offset;
  while (at > sentenceStart && /[ \t\u00a0]/.test(ctx.content[at - 1])) at--;
  const name = hitEndingAt(ctx, at, ['country', 'institution']);
  return name && name.start >= sentenceStart ? { country: name.value, start: name.kind === 'country' ? name.start : offset } : null;
}

/** A cheap first test, since most words start no title: a title word, or a listed title written from here. */
function mayStartTitle(ctx: DocContext, t: Token): boolean {
  return ctx.vocab.titleWordForms.has(t.text) || ctx.vocab.abbreviations.has(t.text) || ctx.hitsByStart.has(t.start);
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

/** "Presidents A of X, B of Y and C of Z": one person per name, each with the singular title and own country. */
function listedAnchors(ctx: DocContext, intro: Introduction, limit: number, anchors: Anchor[]): number {
  const toks = ctx.tokens;
  let k = intro.title.next;
  let last = k;
  while (k < limit) {
    const name = introducedName(ctx, k, limit);
    if (name.length < 2) break;
    const end = name[name.length - 1].start + stripPossessive(name[name.length - 1].text).length;
    const after = countryAfter(ctx, end);
    anchors.push({ tokens: name.map((t) => stripPossessive(t.text)), span: [name[0].start, end], role: { title: intro.title.title, country: after?.country ?? intro.country } });
    k += name.length;
    const stop = after?.end ?? end;
    while (k < limit && toks[k].start < stop) k++;
    last = k;
    if (k < limit && toks[k].text === 'and') k++;
    const sep = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.exec(k < limit ? ctx.content.slice(stop, toks[k].start) : '');
    if (!sep) break;
  }
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
  if (name.length < 2) return [];
  const end = name[name.length - 1].end;
  return /^(?:\s*[,;.)\-–—]|\s+\p{Ll}|\s*$)/u.test(ctx.content.slice(end, end + 8)) ? name : [];
}

function titledAnchors(ctx: DocContext, anchors: Anchor[], shorts: TitledShort[], titleSpans: Span[]): void {
  const toks = ctx.tokens;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    const side = sentenceSide(ctx, s);
    // "Sri Lanka's Foreign Minister A, Health Minister B, …": one country for a run of titled names
    let listCountry: { country: string | null; end: number; commas: number } = { country: null, end: -1, commas: 0 };
    for (let i = first; i < limit; i++) {
      if (!mayStartTitle(ctx, toks[i])) continue;
      const found = titlePhraseAt(ctx, i, limit);
      if (!found || found.next >= limit) continue;
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
        const end = listedAnchors(ctx, intro, limit, anchors);
        if (end > title.next) titleSpans.push([intro.start, title.headEnd]);
        i = Math.max(i, end - 1);
        continue;
      }
      const adjacentName = adjacent(ctx, title.end, toks[title.next].start) ? introducedName(ctx, title.next, limit) : [];
      const name = adjacentName.length > 0 ? adjacentName : appositionAfterTitle(ctx, title, limit);
      if (name.length === 0 || (title.lowercase && name.length < 2)) continue;
      const last = name[name.length - 1];
      const nameEnd = last.start + stripPossessive(last.text).length;
      const after = countryAfter(ctx, nameEnd);
      const country = intro.country ?? after?.country ?? (inList ? listCountry.country : null) ?? side;
      // the title's "of …" part may name an organization, which is the names stage's to find
      titleSpans.push([intro.start, title.headEnd]);
      const role = ctx.vocab.cueNouns.has(title.title.toLowerCase()) ? null : { title: title.title, country };
      if (name.length === 1) {
        if (role) shorts.push({ token: name[0], title: role.title, country });
      } else {
        anchors.push({ tokens: name.map((t) => stripPossessive(t.text)), span: [name[0].start, nameEnd], role, country });
      }
      listCountry = { country, end: after?.end ?? nameEnd, commas: inList && comma ? listCountry.commas + 1 : 0 };
      i = lowerBound(toks, (t) => t.start < nameEnd) - 1;
    }
  }
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
      const last = name[name.length - 1];
      const end = last.start + stripPossessive(last.text).length;
      if (name.length === 1) shorts.push({ token: name[0], title: null, country: null });
      else anchors.push({ tokens: name.map((t) => stripPossessive(t.text)), span: [name[0].start, end], role: null, country: null });
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
  const name = k < limit ? nameTokensAt(ctx, k, limit) : [];
  return name.length >= 2 && /^(?:\s*[,;.)]|\s*$)/.test(ctx.content.slice(name[name.length - 1].end, name[name.length - 1].end + 3));
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
      const nameEnd = name[name.length - 1].end;
      const lead = /^,\s+(?:(?:the|a|an|also|now|then|currently|formerly|his|her|its|their)\s+)*/.exec(ctx.content.slice(nameEnd, nameEnd + 40));
      if (!lead) continue;
      let at = nameEnd + lead[0].length;
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
      anchors.push({ tokens: name.map((t) => t.text), span: [name[0].start, nameEnd], role: ctx.vocab.cueNouns.has(role.title.toLowerCase()) ? null : { title: role.title, country: roleCountry }, country: roleCountry });
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
      if (i > first && (isNameToken(ctx, toks[i - 1]) || toks[i - 1].cap) && !isPossessive(toks[i - 1].text) && adjacent(ctx, toks[i - 1].end, toks[i].start)) continue;
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

/**
 * Which token is the family name: the first for family-first countries and surnames, for a family name written in
 * capitals ("HAYASHI Yoshimasa"), and for a name built on "bin"/"ould", whose short form is the given name ("Tamim").
 */
function familyIndexOf(ctx: DocContext, tokens: string[], country: string | null, capitalsFirst: boolean): number {
  if (tokens.length === 1 || capitalsFirst) return 0;
  const v = ctx.vocab;
  if (tokens.some((t) => v.patronymics.has(t))) return 0;
  if (country && v.familyFirstCountries.has(country)) return 0;
  if (!country && tokens.length <= 3 && v.familyFirstSurnames.has(tokens[0])) return 0;
  return tokens.length - 1;
}

function personKey(tokens: string[]): string {
  return tokens.map((t) => asciiFold(t).toLowerCase()).join(' ');
}

/** Words that name a place or a people ("Sierra Leone", "Sri Lankan"), which no introduction makes a person. */
function isPlaceName(ctx: DocContext, start: number, end: number): boolean {
  return (ctx.hitsByStart.get(start) ?? []).some((h) => h.end >= end && (h.kind === 'country' || h.kind === 'demonym' || h.kind === 'city'));
}

function mergeAnchors(ctx: DocContext, anchors: Anchor[]): PersonDraft[] {
  const byKey = new Map<string, PersonDraft>();
  for (const a of anchors) {
    if (isPlaceName(ctx, a.span[0], a.span[1])) continue;
    const key = personKey(a.tokens);
    let p = byKey.get(key);
    if (!p) {
      const written = ctx.content.slice(a.span[0], a.span[0] + a.tokens[0].length);
      p = { name: a.tokens.join(' '), tokens: a.tokens, familyIndex: 0, country: null, titles: [], mentions: [], forms: [a.tokens], capitalsFirst: written.length > 1 && written === written.toUpperCase() && written !== a.tokens[0] };
      byKey.set(key, p);
    }
    if (a.role && !p.titles.some((r) => r.title === a.role!.title && r.country === a.role!.country)) p.titles.push(a.role);
    const country = a.role?.country ?? a.country;
    if (country && !p.country) p.country = country;
  }
  const persons = foldShortForms([...byKey.values()]);
  for (const p of persons) p.familyIndex = familyIndexOf(ctx, p.tokens, p.country, p.capitalsFirst);
  return persons;
}

/** "Abu Zeid" after "Ahmed Abu Zeid", "Ibrahim Solih" after "Ibrahim Mohamed Solih": a shorter form of a longer name. */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  const f = (w: string) => asciiFold(w).toLowerCase();
  const tail = long.slice(long.length - short.length);
  if (tail.every((w, k) => f(w) === f(short[k]))) return true;
  return short.length === 2 && f(short[0]) === f(long[0]) && f(short[1]) === f(long[long.length - 1]);
}

/** Within one document a shorter form of someone's name is that person: its titles join theirs, its form is kept. */
function foldShortForms(persons: PersonDraft[]): PersonDraft[] {
  const kept: PersonDraft[] = [];
  for (const p of persons) {
    const long = persons.find((q) => q !== p && isShortFormOf(p.tokens, q.tokens));
    if (!long) {
      kept.push(p);
      continue;
    }
    long.forms.push(p.tokens);
    for (const r of p.titles) if (!long.titles.some((x) => x.title === r.title && x.country === r.country)) long.titles.push(r);
    long.country ??= p.country;
  }
  return kept;
}

/** Every place the document names a known person: full names, family names, "President Xi", "the premier". */
function linkMentions(ctx: DocContext, persons: PersonDraft[], shorts: TitledShort[], claimed: Span[]): Candidate[] {
  const toks = ctx.tokens;
  const byFirst = new Map<string, { person: PersonDraft; form: string[] }[]>();
  const byFamily = new Map<string, PersonDraft[]>();
  for (const p of persons) {
    for (const form of p.forms) {
      const f = foldName(bareInitial(form[0]));
      (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push({ person: p, form });
    }
    const fam = asciiFold(p.tokens[p.familyIndex]);
    (byFamily.get(fam) ?? byFamily.set(fam, []).get(fam)!).push(p);
  }
  const byPart = nameParts(ctx, persons);
  const fullMentions: { person: PersonDraft; start: number }[] = [];
  const familyHits: Token[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      const t = toks[i];
      if (!t.cap) continue;
      let best: { person: PersonDraft; n: number } | null = null;
      for (const { person, form } of byFirst.get(foldName(stripPossessive(t.text))) ?? []) {
        const n = form.length;
        if (n < 2 || (best && best.n >= n) || !formAt(ctx, i, limit, form)) continue;
        best = { person, n };
      }
      if (best) {
        const last = toks[i + best.n - 1];
        const span: Span = [t.start, last.start + stripPossessive(last.text).length];
        best.person.mentions.push(span);
        fullMentions.push({ person: best.person, start: span[0] });
        i += best.n - 1;
        continue;
      }
      const word = asciiFold(stripPossessive(t.text));
      const part = byPart.get(word);
      const partFits = part?.length === 1 && (i === first || titleFitsPerson(ctx, toks[i - 1].text, part[0]));
      if ((byFamily.has(word) || partFits) && (standsAlone(ctx, i, first, limit) || inTitleCaseLine(ctx, t.start))) familyHits.push(t);
    }
  }
  fullMentions.sort((a, b) => a.start - b.start);
  const nearest = (all: PersonDraft[], offset: number): PersonDraft => {
    // "Obama" after "Barack Obama and First Lady Michelle Obama" is the one known for more than a family tie
    const principals = all.filter((p) => !onlyFamilyRoles(ctx, p));
    const group = principals.length > 0 ? principals : all;
    let before: PersonDraft | null = null;
    let after: PersonDraft | null = null;
    for (const m of fullMentions) {
      if (!group.includes(m.person)) continue;
      if (m.start <= offset) before = m.person;
      else if (!after) after = m.person;
    }
    return before ?? after ?? group[0];
  };
  for (const t of familyHits) {
    const word = asciiFold(stripPossessive(t.text));
    const group = byFamily.get(word) ?? byPart.get(word)!;
    const p = group.length === 1 ? group[0] : nearest(group, t.start);
    p.mentions.push([t.start, t.start + stripPossessive(t.text).length]);
  }
  const unresolved: Candidate[] = [];
  for (const sh of shorts) {
    const base = stripPossessive(sh.token.text);
    const span: Span = [sh.token.start, sh.token.start + base.length];
    const named = persons.find((p) => p.mentions.some((m) => m[0] === span[0]));
    // "President Xi" after "his counterpart Xi Jinping": the title is theirs too
    if (named && sh.title && !named.titles.some((r) => r.title === sh.title)) named.titles.push({ title: sh.title, country: sh.country ?? named.country });
    if (named && sh.country) named.country ??= sh.country;
    if (byFamily.has(asciiFold(base)) || named) continue;
    unresolved.push({ text: base, start: span[0], end: span[1], shape: 'name', title: sh.title, introduced: true });
    claimed.push(span);
  }
  linkRoleNouns(ctx, persons);
  for (const p of persons) {
    p.mentions.sort((a, b) => a[0] - b[0]);
    p.mentions = p.mentions.filter((m, i, all) => i === 0 || m[0] !== all[i - 1][0]);
    claimed.push(...p.mentions);
  }
  return unresolved;
}

/** A name word for matching written forms: folded to ASCII and lowercase, since "DORVAL" is "Dorval". */
function foldName(word: string): string {
  return asciiFold(word).toLowerCase();
}

/** "S." is written as the token "S" and a full stop. */
function bareInitial(word: string): string {
  return word.replace(/^(\p{Lu})\.$/u, '$1');
}

/** Whether the written form of a name ("S.", "Odontuya") stands at token i, word by word. */
function formAt(ctx: DocContext, i: number, limit: number, form: string[]): boolean {
  const toks = ctx.tokens;
  if (i + form.length > limit) return false;
  for (let k = 0; k < form.length; k++) {
    const t = toks[i + k];
    if (foldName(stripPossessive(t.text)) !== foldName(bareInitial(form[k]))) return false;
    if (k > 0 && !adjacent(ctx, toks[i + k - 1].end + (form[k - 1].endsWith('.') ? 1 : 0), t.start)) return false;
  }
  return true;
}

/**
 * The other words of each name ("Lula" in "Luiz Inácio Lula da Silva", "Abiy" in "Abiy Ahmed"): in a document a
 * word that belongs to one person's name alone names that person, as articles shorten names by custom.
 */
function nameParts(ctx: DocContext, persons: PersonDraft[]): Map<string, PersonDraft[]> {
  const parts = new Map<string, PersonDraft[]>();
  for (const p of persons) {
    p.tokens.forEach((w, k) => {
      // a father's name after "bin" is not the person's own ("Omar" in "Faisal bin Omar")
      if (k === p.familyIndex || w.length < 3 || w.endsWith('.') || ctx.vocab.particles.has(w) || /^\p{Lu}+$/u.test(w)) return;
      if (p.tokens.slice(0, k).some((t) => ctx.vocab.patronymics.has(t))) return;
      const key = asciiFold(w);
      const list = parts.get(key) ?? parts.set(key, []).get(key)!;
      if (!list.includes(p)) list.push(p);
    });
  }
  return parts;
}

/** "King Omar" is not "Crown Prince Faisal bin Omar": a title word before a name word must be one of theirs. */
function titleFitsPerson(ctx: DocContext, word: string, p: PersonDraft): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}/u.test(word) || (!ctx.vocab.titleWords.has(lower) && !ctx.vocab.abbreviations.has(word))) return true;
  const full = (ctx.vocab.abbreviations.get(word) ?? word).toLowerCase();
  return p.titles.some((r) => r.title.toLowerCase().includes(full));
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'as', 'from', 'after', 'over']);

const titleCaseLines = new WeakMap<DocContext, Map<number, boolean>>();

/** A headline in Title Case ("Varga Meets Berg In Lisbon"), where capitals next to a name say nothing of it. */
function inTitleCaseLine(ctx: DocContext, offset: number): boolean {
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

/** Someone whose every title is a family tie ("First Lady", "his wife"): a bare shared family name is not theirs. */
function onlyFamilyRoles(ctx: DocContext, p: PersonDraft): boolean {
  return p.titles.length > 0 && p.titles.every((r) => ctx.vocab.familyRoles.has(r.title.toLowerCase()));
}

/** A capitalized token that is not part of a longer capitalized name around it. */
function standsAlone(ctx: DocContext, i: number, first: number, limit: number): boolean {
  const toks = ctx.tokens;
  const prev = i > first ? toks[i - 1] : null;
  const next = i + 1 < limit ? toks[i + 1] : null;
  if (prev && isNameToken(ctx, prev) && adjacent(ctx, prev.end, toks[i].start)) return false;
  if (next && !isPossessive(toks[i].text) && (isNameToken(ctx, next) || next.upper) && adjacent(ctx, toks[i].end, next.start)) return false;
  return true;
}

let roleNounPattern: RegExp | null = null;

function linkRoleNouns(ctx: DocContext, persons: PersonDraft[]): void {
  const nouns = [...ctx.vocab.roleNouns.keys()].sort((a, b) => b.length - a.length);
  roleNounPattern ??= new RegExp(`\\bthe\\s+(?:(\\p{Lu}[\\p{L}\\-]+)\\s+)?(${nouns.join('|')})(?![\\-\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
  const re = roleNounPattern;
  re.lastIndex = 0;
  const all = persons.flatMap((p) => p.mentions.map((m) => ({ p, start: m[0] }))).sort((a, b) => a.start - b.start);
  for (let m = re.exec(ctx.content); m; m = re.exec(ctx.content)) {
    const demonym = m[1] ? ctx.vocab.demonymOf.get(m[1]) : undefined;
    if (m[1] && !demonym) continue;
    const titles = ctx.vocab.roleNouns.get(m[2]) ?? [];
    const fits = (p: PersonDraft) =>
      p.titles.some((r) => titles.some((t) => r.title.includes(t))) && (!demonym || (p.country ?? p.titles.find((r) => r.country)?.country) === demonym);
    let chosen: PersonDraft | null = null;
    for (const x of all) {
      if (x.start >= m.index) break;
      if (fits(x.p)) chosen = x.p;
    }
    if (chosen) chosen.mentions.push([m.index, m.index + m[0].length]);
  }
}

export function extractPeople(ctx: DocContext): PeopleResult {
  const anchors: Anchor[] = [];
  const shorts: TitledShort[] = [];
  const titleSpans: Span[] = [];
  titledAnchors(ctx, anchors, shorts, titleSpans);
  appositiveAnchors(ctx, anchors, titleSpans);
  untitledAnchors(ctx, anchors);
  honorificAnchors(ctx, anchors, shorts);
  const persons = mergeAnchors(ctx, anchors);
  const claimed: Span[] = [...titleSpans];
  const unresolved = linkMentions(ctx, persons, shorts, claimed);
  return { persons: persons.map(({ forms: _, capitalsFirst: __, ...p }) => ({ ...p, mentions: spanListOf(p.mentions) })), claimed, unresolved };
}
