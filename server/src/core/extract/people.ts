// Makes one local person of each name the document introduces (introductions.ts) and links every later mention to
// them: full and shorter forms, the family name, a word of one person's name, "President Xi", "the Russian president".
import type { Candidate, LocalPerson, Span } from '../types.js';
import { spanListOf } from '../text/spanList.js';
import { type Token, isPossessive, stripPossessive } from '../text/tokens.js';
import { type DocContext, adjacent, isNameToken } from './context.js';
import { type Anchor, type TitledShort, findIntroductions, isPlaceName } from './introductions.js';
import { inTitleCaseLine } from './headlines.js';
import { type CountryPerson, familyOnly, findStateClues } from './personCountries.js';
import { namedState, writtenCountry } from './states.js';
import { asciiFold, foldWord } from '../text/fold.js';
import { pushAll } from '../pushAll.js';
import { writtenForms } from './written.js';

export interface PeopleResult {
  persons: LocalPerson[];
  /** Spans the people stage owns: mentions and the titles that introduced them. */
  claimed: Span[];
  /** Titled single names ("President Xi") with no full name in this document. */
  unresolved: Candidate[];
}

/** A person while the document is read: mentions are gathered as pairs, then sorted and packed; `forms` are the
 * written forms of the full name, the longest first. */
type PersonDraft = Omit<LocalPerson, 'mentions' | 'written'> & { mentions: Span[]; forms: string[][]; capitalsFirst: boolean };

/**
 * Which token is the family name: the first for family-first countries and surnames, for a family name written in
 * capitals ("HAYASHI Yoshimasa"), for a monarch's regnal name ("Felipe VI"), and for a name built on "bin"/"ould",
 * whose short form is the given name ("Tamim").
 */
function familyIndexOf(ctx: DocContext, tokens: string[], country: string | null, capitalsFirst: boolean): number {
  if (tokens.length === 1 || capitalsFirst || /^[IVX]{1,4}$/.test(tokens[tokens.length - 1])) return 0;
  const v = ctx.vocab;
  if (tokens.some((t) => v.patronymics.has(t))) return 0;
  if (country && v.familyFirstCountries.has(country)) return 0;
  if (!country && tokens.length <= 3 && v.familyFirstSurnames.has(tokens[0])) return 0;
  if (!country && tokens.length === 2 && FAMILY_FIRST_SHAPE.test(tokens[0]) && GIVEN_AFTER_SHAPE.test(tokens[1])) return 0;
  return tokens.length - 1;
}

/**
 * "Woo Won-shik", "Chiang Kai-shek": a short word and then a given name of two syllables joined by a hyphen, the
 * second in lowercase, is a Korean or Chinese name written family name first, whatever the surname.
 */
const FAMILY_FIRST_SHAPE = /^\p{Lu}\p{Ll}{1,4}$/u;
const GIVEN_AFTER_SHAPE = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;

function personKey(tokens: string[]): string {
  return tokens.map(foldWord).join(' ');
}

function mergeAnchors(ctx: DocContext, anchors: Anchor[]): PersonDraft[] {
  const byKey = new Map<string, PersonDraft>();
  const fallbacks = new Map<PersonDraft, string>();
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
    if (a.fallbackTitle) fallbacks.set(p, a.fallbackTitle);
  }
  for (const [p, title] of fallbacks) if (p.titles.length === 0) p.titles.push({ title, country: null });
  const persons = foldShortForms([...byKey.values()]);
  for (const p of persons) p.familyIndex = familyIndexOf(ctx, p.tokens, p.country, p.capitalsFirst);
  return persons;
}

/** "Abu Zeid" after "Ahmed Abu Zeid", "Ibrahim Solih" after "Ibrahim Mohamed Solih": a shorter form of a longer name. */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  const tail = long.slice(long.length - short.length);
  if (tail.every((w, k) => foldWord(w) === foldWord(short[k]))) return true;
  return short.length === 2 && foldWord(short[0]) === foldWord(long[0]) && foldWord(short[1]) === foldWord(long[long.length - 1]);
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
      const f = foldWord(bareInitial(form[0]));
      (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push({ person: p, form });
    }
    const fam = asciiFold(p.tokens[p.familyIndex]);
    // "al-Sudani" opens a sentence as "Al-Sudani"
    for (const key of new Set([fam, fam[0].toUpperCase() + fam.slice(1)])) (byFamily.get(key) ?? byFamily.set(key, []).get(key)!).push(p);
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
      for (const { person, form } of byFirst.get(foldWord(stripPossessive(t.text))) ?? []) {
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
      // "Sheikh Karim" for Emir Sheikh Karim bin Omar: an honorific that goes with a given name
      const honorific = i > first && ctx.vocab.honorificNames.has(toks[i - 1].text) && adjacent(ctx, toks[i - 1].end, t.start);
      const partFits = part?.length === 1 && (i === first || honorific || titleFitsPerson(ctx, toks[i - 1].text, part[0]));
      if ((byFamily.has(word) || partFits) && (honorific || standsAlone(ctx, i, first, limit) || inTitleCaseLine(ctx, t.start))) familyHits.push(t);
    }
  }
  fullMentions.sort((a, b) => a.start - b.start);
  const nearest = (all: PersonDraft[], offset: number): PersonDraft => {
    // "Obama" after "Barack Obama and First Lady Michelle Obama" is the one known for more than a family tie
    // someone whose every title is a family tie ("First Lady") is not the one a bare shared family name means
    const principals = all.filter((p) => !familyOnly(ctx, p));
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
    unresolved.push({ text: base, start: span[0], end: span[1], shape: 'name', title: sh.title, introduced: true, ...(sh.country ? { country: sh.country } : {}) });
    claimed.push(span);
  }
  linkRoleNouns(ctx, persons);
  linkCounterparts(ctx, persons);
  linkInitials(ctx, persons);
  for (const p of persons) {
    p.mentions.sort((a, b) => a[0] - b[0]);
    p.mentions = p.mentions.filter((m, i, all) => i === 0 || m[0] !== all[i - 1][0]);
    pushAll(claimed, p.mentions);
  }
  return unresolved;
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
    if (foldWord(stripPossessive(t.text)) !== foldWord(bareInitial(form[k]))) return false;
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

/** "King Omar" is not "Crown Prince Faisal bin Omar": a title word before a name word must be one of theirs, if any. */
function titleFitsPerson(ctx: DocContext, word: string, p: PersonDraft): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}/u.test(word) || (!ctx.vocab.titleWords.has(lower) && !ctx.vocab.abbreviations.has(word))) return true;
  const full = (ctx.vocab.abbreviations.get(word) ?? word).toLowerCase();
  return p.titles.length === 0 || p.titles.some((r) => r.title.toLowerCase().includes(full));
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

/** "president" also as "President": the capital a state's adjective often brings ("the Chinese President"). */
const eitherCase = (noun: string) => noun.replace(/\b\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * "the president", "the Chinese President": the last person named before it whose title fits, of that state when
 * its adjective is given. A capitalized noun is taken only after a state's adjective, since "the President" alone
 * is as often a title of the text's own country as a reference back. Without "the" ("Chinese FM holds talks", as
 * headlines write), the adjective and a capitalized role or its abbreviation are the one person of the document
 * who fits, wherever they are named.
 */
function linkRoleNouns(ctx: DocContext, persons: PersonDraft[]): void {
  const nouns = [...ctx.vocab.roleNouns.keys(), ...ctx.vocab.abbreviations.keys()].sort((a, b) => b.length - a.length);
  roleNounPattern ??= new RegExp(`(\\bthe\\s+)?(?:(\\p{Lu}[\\p{L}\\-]+)\\s+)?\\b(${nouns.map(eitherCase).join('|')})(?![\\-\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
  const re = roleNounPattern;
  re.lastIndex = 0;
  const all = persons.flatMap((p) => p.mentions.map((m) => ({ p, start: m[0] }))).sort((a, b) => a.start - b.start);
  for (let m = re.exec(ctx.content); m; m = re.exec(ctx.content)) {
    const demonym = m[2] ? ctx.vocab.demonymOf.get(m[2]) : undefined;
    if (m[2] && !demonym) continue;
    const noun = (ctx.vocab.abbreviations.get(m[3]) ?? m[3]).toLowerCase();
    const capitalized = noun !== m[3];
    if ((capitalized && !demonym) || (!m[1] && !capitalized)) continue;
    const fits = roleFits(ctx, noun, demonym);
    const chosen = m[1] ? lastFitting(all, m.index, fits) : onlyFitting(persons, fits, demonym ? unplaced(roleFits(ctx, noun, undefined)) : undefined);
    if (chosen) chosen.mentions.push([m.index, m.index + m[0].length]);
  }
}

/** "his Chilean counterpart" with no name after it. */
const UNNAMED_COUNTERPART = /\b(?:his|her|their)\s+(?:(\p{Lu}[\p{L}-]+)\s+)?counterpart\b(?!,?\s+(?:\p{Lu}|the\b))/gu;

/**
 * "Foreign Minister A met with his Chilean counterpart on Friday": the counterpart holds the office of the titled
 * person named last before it, and is the one other holder of that office the document names, of that state if
 * some holder has it, or else the one with no state yet.
 */
function linkCounterparts(ctx: DocContext, persons: PersonDraft[]): void {
  const all = persons.flatMap((p) => p.mentions.map((m) => ({ p, start: m[0] }))).sort((a, b) => a.start - b.start);
  for (const m of ctx.content.matchAll(UNNAMED_COUNTERPART)) {
    const demonym = m[1] ? ctx.vocab.demonymOf.get(m[1]) : undefined;
    if (m[1] && !demonym) continue;
    const owner = lastFitting(all, m.index, (p) => p.titles.length > 0);
    const office = owner?.titles[0].title;
    if (!owner || !office) continue;
    const holds = (p: PersonDraft) => p !== owner && p.titles.some((r) => r.title === office);
    const ofState = (p: PersonDraft) => holds(p) && (!demonym || (p.country ?? p.titles.find((r) => r.country)?.country) === demonym);
    const chosen = onlyFitting(persons, ofState, demonym ? unplaced(holds) : undefined);
    if (chosen) chosen.mentions.push([m.index, m.index + m[0].length]);
  }
}

/** "(commonly known as MBS)", "(AMLO)" right after a name: the initials the text gives the person. */
const INITIALS_AFTER = /^\s*\((?:(?:commonly|popularly|widely|often|also|better)\s+)?(?:known\s+as\s+|called\s+|dubbed\s+)?(\p{Lu}{2,6})\)/u;

/**
 * "Crown Prince Karim bin Omar (known as KBO) … a summit hosted by KBO": initials given in parentheses after a
 * name, made of its words' first letters, are that person wherever the document writes them.
 */
function linkInitials(ctx: DocContext, persons: PersonDraft[]): void {
  for (const p of persons) {
    const initials = p.tokens.map((t) => t[0].toUpperCase()).join('');
    if (initials.length < 2 || !p.mentions.some((m) => INITIALS_AFTER.exec(ctx.content.slice(m[1], m[1] + 50))?.[1] === initials)) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = word.exec(ctx.content); m; m = word.exec(ctx.content)) p.mentions.push([m.index, m.index + initials.length]);
  }
}

/** Whether a person holds the role a noun names, and serves the state its adjective gives. */
function roleFits(ctx: DocContext, noun: string, demonym: string | undefined): (p: PersonDraft) => boolean {
  const titles = ctx.vocab.roleNouns.get(noun) ?? [];
  // a state's bare "leader" is its president, premier or chancellor to the same paper ("the Chinese leader")
  const leader = demonym !== undefined && ctx.vocab.leaderRoleNouns.has(noun);
  return (p) =>
    (!demonym || (p.country ?? p.titles.find((r) => r.country)?.country) === demonym) &&
    p.titles.some((r) => titles.some((t) => r.title.includes(t)) || (leader && r.title === 'leader'));
}

/**
 * The one person who fits; where none does, the one who would but for a state the text has not given them yet
 * ("Korean FM meets B" over "The Minister of Foreign Affairs, A, met his Chinese counterpart, B").
 */
function onlyFitting(persons: PersonDraft[], fits: (p: PersonDraft) => boolean, orElse?: (p: PersonDraft) => boolean): PersonDraft | null {
  const fitting = persons.filter(fits);
  if (fitting.length === 0 && orElse) return onlyFitting(persons, orElse);
  return fitting.length === 1 ? fitting[0] : null;
}

function unplaced(fits: (p: PersonDraft) => boolean): (p: PersonDraft) => boolean {
  return (p) => fits(p) && !p.country && !p.titles.some((r) => r.country);
}

function lastFitting(all: { p: PersonDraft; start: number }[], before: number, fits: (p: PersonDraft) => boolean): PersonDraft | null {
  let chosen: PersonDraft | null = null;
  for (const x of all) {
    if (x.start >= before) break;
    if (fits(x.p)) chosen = x.p;
  }
  return chosen;
}

/** The state a clue names: a country, or the one a local person of the document serves as written or named for their group. */
function clueState(persons: PersonDraft[], n: CountryPerson): string | null {
  const clue = n.stateClue;
  if (!clue || 'country' in clue) return namedState(clue);
  const p = persons[clue.person];
  return p ? (writtenCountry(p) ?? namedState(p.stateClue)) : null;
}

/** `datelinePlace` is where the article was filed from, a clue to the state its officials serve. */
export function extractPeople(ctx: DocContext, datelinePlace: string | null = null): PeopleResult {
  const { anchors, shorts, titleSpans } = findIntroductions(ctx);
  const persons = mergeAnchors(ctx, anchors);
  const claimed: Span[] = [...titleSpans];
  const unresolved = linkMentions(ctx, persons, shorts, claimed);
  // the names a title or honorific alone introduces ("PM Shehbaz", "Mr Froman") take part too, and keep what is
  // found of their state for the link stage
  const introduced = unresolved.filter((c) => c.introduced);
  const named: CountryPerson[] = introduced.map((c) => ({ tokens: [c.text], familyIndex: 0, country: c.country ?? null, titles: c.title ? [{ title: c.title, country: c.country ?? null }] : [], mentions: [[c.start, c.end]] }));
  findStateClues(ctx, [...persons, ...named], datelinePlace);
  named.forEach((n, k) => {
    const state = clueState(persons, n) ?? n.homeCountry;
    if (state) introduced[k].homeCountry = state;
  });
  return {
    persons: persons.map(({ forms: _, capitalsFirst: __, ...p }) => ({ ...p, mentions: spanListOf(p.mentions), written: writtenForms(ctx.content, p.mentions) })),
    claimed,
    unresolved,
  };
}
