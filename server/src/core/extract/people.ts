// Finds officials in one document and links every later short mention to them. A person is introduced by a title
// before the name ("Chinese Foreign Minister Wang Yi", "Russia's top diplomat Sergei Lavrov") or a role after it
// ("Li Yongquan, head of the …"); after that the family name, "President Xi" and "the Russian president" refer back.
import type { Candidate, LocalPerson, LocalRole, Span } from '../types.js';
import { spanListOf } from '../text/spanList.js';
import { type Token, isPossessive, stripPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, hitAt, hitEndingAt, isNameToken } from './context.js';
import { orgPhraseAt } from './names.js';
import { lowerBound } from '../text/lowerBound.js';
import { asciiFold } from '../text/fold.js';
import eventsData from '../../../data/events.json' with { type: 'json' };

interface Anchor {
  tokens: string[];
  span: Span;
  role: LocalRole | null;
}

interface TitledShort {
  token: Token;
  title: string;
  country: string | null;
}

export interface PeopleResult {
  persons: LocalPerson[];
  /** Spans the people stage owns: mentions and the titles that introduced them. */
  claimed: Span[];
  /** Titled single names ("President Xi") with no full name in this document. */
  unresolved: Candidate[];
}

/** A person while the document is read: mentions are gathered as pairs, then sorted and packed. */
type PersonDraft = Omit<LocalPerson, 'mentions'> & { mentions: Span[] };

const MAX_NAME_TOKENS = 4;

/** The name tokens starting at i: capitalized, adjacent, with particles ("bin", "van") allowed inside. */
function nameTokensAt(ctx: DocContext, i: number, limit: number): Token[] {
  const toks = ctx.tokens;
  const out: Token[] = [];
  let k = i;
  while (k < limit && out.length < MAX_NAME_TOKENS) {
    const t = toks[k];
    if (out.length > 0 && !adjacent(ctx, out[out.length - 1].end, t.start)) break;
    if (isNameToken(ctx, t)) {
      out.push(t);
      k++;
      if (isPossessive(t.text)) break;
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
  return out;
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

interface TitleSpan {
  title: string;
  start: number;
  end: number;
  next: number;
  lowercase: boolean;
  /** "President of Azerbaijan <Name>": the country between the title and the name, not part of the title. */
  of: { country: string; end: number } | null;
}

/** A title that starts at token i: one or more titles joined by "and", plus "to <Country>" for envoys. */
function titleAt(ctx: DocContext, i: number, limit: number): TitleSpan | null {
  const toks = ctx.tokens;
  const first = hitAt(ctx, toks[i].start, ['title']) ?? hitAt(ctx, toks[i].start, ['descriptive']);
  if (!first) return null;
  let end = first.end;
  let k = i;
  while (k < limit && toks[k].start < end) k++;
  while (k + 1 < limit && toks[k].text === 'and' && adjacent(ctx, end, toks[k].start)) {
    const more = hitAt(ctx, toks[k + 1].start, ['title']);
    if (!more || !adjacent(ctx, toks[k].end, toks[k + 1].start)) break;
    end = more.end;
    k += 2;
    while (k < limit && toks[k].start < end) k++;
  }
  const to = /^\s+to\s+(?:the\s+)?/.exec(ctx.content.slice(end, end + 10));
  if (to) {
    const place = hitAt(ctx, end + to[0].length, ['country']);
    if (place) {
      end = place.end;
      while (k < limit && toks[k].start < end) k++;
    }
  }
  const of = to ? null : countryAfter(ctx, end);
  let next = k;
  while (of && next < limit && toks[next].start < of.end) next++;
  return { title: ctx.content.slice(toks[i].start, end), start: toks[i].start, end, next, lowercase: first.kind === 'descriptive', of };
}

function titledAnchors(ctx: DocContext, anchors: Anchor[], shorts: TitledShort[], titleSpans: Span[]): void {
  const toks = ctx.tokens;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      const title = titleAt(ctx, i, limit);
      if (!title || title.next >= limit) continue;
      const before = countryBefore(ctx, title.start, ctx.sentences[s].start);
      if (title.lowercase && !before) continue;
      const firstName = toks[title.next];
      if (!adjacent(ctx, title.of?.end ?? title.end, firstName.start)) continue;
      const name = nameTokensAt(ctx, title.next, limit);
      if (name.length === 0 || (title.lowercase && name.length < 2)) continue;
      const last = name[name.length - 1];
      const nameEnd = last.start + stripPossessive(last.text).length;
      const after = countryAfter(ctx, nameEnd);
      const country = before?.country ?? title.of?.country ?? after?.country ?? null;
      titleSpans.push([before?.start ?? title.start, title.end]);
      if (name.length === 1) {
        shorts.push({ token: name[0], title: title.title, country });
      } else {
        anchors.push({ tokens: name.map((t) => stripPossessive(t.text)), span: [name[0].start, nameEnd], role: { title: title.title, country } });
      }
      i = title.next + name.length - 1;
    }
  }
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
      const lead = /^,\s+(?:(?:the|a|an|also|now|then|currently|formerly)\s+)*/.exec(ctx.content.slice(nameEnd, nameEnd + 40));
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
      const role = hitAt(ctx, at, ['appositive', 'descriptive']) ?? hitAt(ctx, at, ['title']);
      if (!role) continue;
      let end = role.end;
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
            country ??= place.value;
            end = place.end;
          }
        }
      }
      const after = /^\s*(?:,|\s(?:said|says|told|noted|added|stressed|called|urged|warned|wrote))/.exec(ctx.content.slice(end, end + 12));
      if (!after && end < ctx.sentences[s].end - 1) continue;
      const title = ctx.content.slice(role.start, end);
      anchors.push({ tokens: name.map((t) => t.text), span: [name[0].start, nameEnd], role: { title, country } });
      titleSpans.push([role.start, end]);
      i += name.length - 1;
    }
  }
}

const UNTITLED_AFTER = new RegExp(`^(?:,\\s+who\\s|\\s+(?:also\\s+)?(?:${eventsData.speechVerbs.join('|')})\\b)`);
const UNTITLED_BEFORE = new RegExp(`\\b(?:${eventsData.speechVerbs.join('|')}|according to)\\s+$`);

/** "Li Keqiang, who …", "X Y said", "said X Y": a full name that speaks or is described is a person even untitled. */
function untitledAnchors(ctx: DocContext, anchors: Anchor[]): void {
  const toks = ctx.tokens;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      if (i > first && (isNameToken(ctx, toks[i - 1]) || toks[i - 1].cap) && adjacent(ctx, toks[i - 1].end, toks[i].start)) continue;
      const name = nameTokensAt(ctx, i, limit);
      if (name.length < 2 || name.length > 3 || !name.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(t.text))) continue;
      const end = name[name.length - 1].end;
      const after = ctx.content.slice(end, end + 30);
      const before = ctx.content.slice(Math.max(0, name[0].start - 30), name[0].start);
      if (UNTITLED_AFTER.test(after) || UNTITLED_BEFORE.test(before)) {
        anchors.push({ tokens: name.map((t) => t.text), span: [name[0].start, end], role: null });
      }
      i += name.length - 1;
    }
  }
}

function familyIndexOf(ctx: DocContext, tokens: string[], country: string | null): number {
  if (tokens.length === 1) return 0;
  const v = ctx.vocab;
  if (country && v.familyFirstCountries.has(country)) return 0;
  if (!country && tokens.length <= 3 && v.familyFirstSurnames.has(tokens[0])) return 0;
  return tokens.length - 1;
}

function personKey(tokens: string[]): string {
  return tokens.map((t) => asciiFold(t).toLowerCase()).join(' ');
}

function mergeAnchors(ctx: DocContext, anchors: Anchor[]): PersonDraft[] {
  const byKey = new Map<string, PersonDraft>();
  for (const a of anchors) {
    const key = personKey(a.tokens);
    let p = byKey.get(key);
    if (!p) {
      p = { name: a.tokens.join(' '), tokens: a.tokens, familyIndex: 0, country: null, titles: [], mentions: [] };
      byKey.set(key, p);
    }
    if (a.role && !p.titles.some((r) => r.title === a.role!.title && r.country === a.role!.country)) p.titles.push(a.role);
    if (a.role?.country && !p.country) p.country = a.role.country;
  }
  const persons = [...byKey.values()];
  for (const p of persons) p.familyIndex = familyIndexOf(ctx, p.tokens, p.country);
  return persons;
}

/** Every place the document names a known person: full names, family names, "President Xi", "the premier". */
function linkMentions(ctx: DocContext, persons: PersonDraft[], shorts: TitledShort[], claimed: Span[]): Candidate[] {
  const toks = ctx.tokens;
  const byFirst = new Map<string, PersonDraft[]>();
  const byFamily = new Map<string, PersonDraft[]>();
  for (const p of persons) {
    const f = asciiFold(p.tokens[0]);
    (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push(p);
    const fam = asciiFold(p.tokens[p.familyIndex]);
    (byFamily.get(fam) ?? byFamily.set(fam, []).get(fam)!).push(p);
  }
  const fullMentions: { person: PersonDraft; start: number }[] = [];
  const familyHits: Token[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [first, limit] = ctx.sentenceTokens[s];
    for (let i = first; i < limit; i++) {
      const t = toks[i];
      if (!t.cap) continue;
      let best: { person: PersonDraft; n: number } | null = null;
      for (const p of byFirst.get(asciiFold(stripPossessive(t.text))) ?? []) {
        const n = p.tokens.length;
        if (n < 2 || i + n > limit || (best && best.n >= n)) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          ok = asciiFold(stripPossessive(toks[i + k].text)) === asciiFold(p.tokens[k]) && (k === 0 || adjacent(ctx, toks[i + k - 1].end, toks[i + k].start));
        }
        if (ok) best = { person: p, n };
      }
      if (best) {
        const last = toks[i + best.n - 1];
        const span: Span = [t.start, last.start + stripPossessive(last.text).length];
        best.person.mentions.push(span);
        fullMentions.push({ person: best.person, start: span[0] });
        i += best.n - 1;
        continue;
      }
      if (byFamily.has(asciiFold(stripPossessive(t.text))) && standsAlone(ctx, i, first, limit)) familyHits.push(t);
    }
  }
  fullMentions.sort((a, b) => a.start - b.start);
  const nearest = (group: PersonDraft[], offset: number): PersonDraft => {
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
    const group = byFamily.get(asciiFold(stripPossessive(t.text)))!;
    const p = group.length === 1 ? group[0] : nearest(group, t.start);
    p.mentions.push([t.start, t.start + stripPossessive(t.text).length]);
  }
  const unresolved: Candidate[] = [];
  for (const sh of shorts) {
    const base = stripPossessive(sh.token.text);
    const span: Span = [sh.token.start, sh.token.start + base.length];
    if (byFamily.has(asciiFold(base)) || persons.some((p) => p.mentions.some((m) => m[0] === span[0]))) continue;
    unresolved.push({ text: base, start: span[0], end: span[1], shape: 'name', title: sh.title });
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
  const persons = mergeAnchors(ctx, anchors);
  const claimed: Span[] = [...titleSpans];
  const unresolved = linkMentions(ctx, persons, shorts, claimed);
  return { persons: persons.map((p) => ({ ...p, mentions: spanListOf(p.mentions) })), claimed, unresolved };
}
