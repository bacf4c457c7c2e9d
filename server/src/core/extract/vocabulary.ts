// The generic vocabularies (titles, countries, organization head nouns, event triggers) from server/data and the
// world-countries package, and one Aho-Corasick pass that finds all of them in a document at once.
import AhoCorasick from 'modern-ahocorasick';
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import countriesData from '../../../data/countries.json' with { type: 'json' };
import pressData from '../../../data/countryPress.json' with { type: 'json' };
import titlesData from '../../../data/titles.json' with { type: 'json' };
import orgData from '../../../data/organizations.json' with { type: 'json' };
import eventsData from '../../../data/events.json' with { type: 'json' };
import namesData from '../../../data/names.json' with { type: 'json' };
import { isWordChar, lowerSameLength } from '../text/tokens.js';
import { type PackageCountry, type PressSupplement, buildGazetteer } from './gazetteer.js';

export type HitKind = 'title' | 'descriptive' | 'appositive' | 'demonym' | 'country' | 'city' | 'trigger' | 'sameDay' | 'institution';

export interface VocabHit {
  kind: HitKind;
  start: number;
  end: number;
  /** Canonical value: the country for demonyms and countries, the event kind for triggers, the title as written. */
  value: string;
}

interface Pattern {
  kind: HitKind;
  /** The exact surface the original text must show, or null when any case is accepted. */
  exact: string | null;
  /** The original text must start lowercase (lowercase titles). */
  lower: boolean;
  value: string;
}

export interface KnownAcronym {
  name: string;
  kind: 'initiative' | 'organization';
}

export interface Vocabulary {
  countryOf: Map<string, string>;
  demonymOf: Map<string, string>;
  places: Set<string>;
  /** Country → its capital, and capital → its country. */
  capitalOf: Map<string, string>;
  countryOfCapital: Map<string, string>;
  titles: Set<string>;
  roleNouns: Map<string, string[]>;
  /** Role nouns that a state's bare "leader" answers to when its adjective qualifies them ("the Chinese president"). */
  leaderRoleNouns: Set<string>;
  heads: Map<string, 'initiative' | 'organization'>;
  weakHeads: Set<string>;
  acronyms: Map<string, KnownAcronym>;
  /** Acronym prefixes that carry a session number ("COP" in "COP29"). */
  numberedAcronyms: Map<string, 'initiative' | 'organization'>;
  standaloneHeads: Set<string>;
  genericModifiers: Set<string>;
  namePossessives: Set<string>;
  groupNouns: Set<string>;
  initiativeNouns: Set<string>;
  lowercaseHeads: Set<string>;
  acronymBodies: Set<string>;
  numberWords: Map<string, number>;
  familyFirstSurnames: Set<string>;
  familyFirstCountries: Set<string>;
  particles: Set<string>;
  /** Particles that make a name a patronymic chain ("bin", "ould"), whose short form is the given name. */
  patronymics: Set<string>;
  notNames: Set<string>;
  /** Lowercase word endings that make a compound, not a name ("Kremlin-led", "Paris-based"). */
  compoundSuffixes: Set<string>;
  /** Lowercase verbs that headlines capitalize ("Meets", "Accused"). */
  headlineVerbs: Set<string>;
  eventKinds: string[];
  /** Lowercase words that are titles or role words, never part of a name. */
  titleWords: Set<string>;
  /** Lowercase words a title ends in ("minister", "aide") and words that qualify them ("industry", "deputy"). */
  titleHeads: Set<string>;
  titleModifiers: Set<string>;
  /** Heads and modifiers as they may be written: lowercase, capitalized, and heads in the plural. */
  titleWordForms: Set<string>;
  /** Words before a name that are no title ("Ms", "Dr", "Sheikh"), and military ranks, which are. */
  honorifics: Set<string>;
  /** Honorifics that are given names too ("Sheikh Hasina"). */
  honorificNames: Set<string>;
  /** Honorifics that serve as a title when a person has no other ("Dr"). */
  titleHonorifics: Set<string>;
  ranks: Set<string>;
  /** Short forms of titles ("PM" → "Prime Minister"). */
  abbreviations: Map<string, string>;
  /** Lowercase titles that are family ties ("first lady", "wife"). */
  familyRoles: Set<string>;
  /** Role nouns that mark a person but are no title ("his counterpart, …"). */
  cueNouns: Set<string>;
  scan(text: string): VocabHit[];
}

/**
 * Drops a country or demonym found inside a longer one of the same kind: "Republic of China" in "People's Republic
 * of China" is not Taiwan, nor "Korean" in "North Korean" South Korea. Hits come sorted by start, longest first.
 */
function withoutInnerNames(hits: VocabHit[]): VocabHit[] {
  const outer = new Map<HitKind, VocabHit>();
  return hits.filter((h) => {
    if (h.kind !== 'country' && h.kind !== 'demonym') return true;
    const o = outer.get(h.kind);
    if (o && h.end <= o.end && h.end - h.start < o.end - o.start) return false;
    outer.set(h.kind, h);
    return true;
  });
}

function buildVocabulary(): Vocabulary {
  const patterns = new Map<string, Pattern[]>();
  const add = (surface: string, given: Pattern) => {
    const key = foldApostrophes(lowerSameLength(surface));
    const list = patterns.get(key) ?? [];
    // curly and straight apostrophes are one spelling, so their patterns are one pattern
    const p = { ...given, exact: given.exact === null ? null : foldApostrophes(given.exact) };
    if (!list.some((q) => q.kind === p.kind && q.exact === p.exact && q.value === p.value)) list.push(p);
    patterns.set(key, list);
  };
  const countryOf = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const places = new Set<string>();
  const capitalOf = new Map<string, string>();
  const countryOfCapital = new Map<string, string>();
  const press: PressSupplement = pressData;
  // a capital that is also a common first name or surname is still found as a place, but not barred from names
  const place = (city: string) => {
    if (!press.nameLikePlaces.includes(city)) places.add(city);
    add(city, { kind: 'city', exact: city, lower: false, value: city });
  };
  // the JSON's inferred type spells out every language key, which no interface can name
  const pkg = worldCountries as unknown as PackageCountry[];
  for (const s of buildGazetteer(pkg, press)) {
    for (const n of s.forms) {
      countryOf.set(n, s.name);
      add(n, { kind: 'country', exact: n, lower: false, value: s.name });
      places.add(n);
    }
    for (const d of s.demonyms) {
      demonymOf.set(d, s.name);
      add(d, { kind: 'demonym', exact: d, lower: false, value: s.name });
    }
    for (const c of s.capitals) {
      place(c);
      if (!capitalOf.has(s.name)) capitalOf.set(s.name, c);
      if (!countryOfCapital.has(c)) countryOfCapital.set(c, s.name);
    }
  }
  for (const city of countriesData.cities) place(city);
  for (const region of countriesData.regions) places.add(region);
  const titleWords = new Set<string>();
  for (const t of [...titlesData.titles, ...titlesData.ranks]) {
    add(t, { kind: 'title', exact: t, lower: false, value: t });
    for (const w of t.toLowerCase().split(/[\s-]+/)) titleWords.add(w);
  }
  for (const [name, country] of Object.entries(titlesData.institutions)) add(name, { kind: 'institution', exact: name, lower: false, value: country });
  for (const t of titlesData.descriptive) add(t, { kind: 'descriptive', exact: null, lower: true, value: t });
  for (const t of titlesData.appositive) add(t, { kind: 'appositive', exact: null, lower: true, value: t });
  const eventKinds = Object.keys(eventsData.kinds);
  for (const [kind, triggers] of Object.entries(eventsData.kinds)) {
    // capitalized triggers too ("Press conference by …", "Summit opens"): events.ts decides where they count
    for (const t of triggers) add(t, { kind: 'trigger', exact: null, lower: false, value: kind });
  }
  // a venue names its city ("the Kremlin"): a city hit whose value is the city
  for (const [venue, city] of Object.entries(eventsData.venues)) add(venue, { kind: 'city', exact: venue, lower: false, value: city });
  for (const t of eventsData.sameDay) add(t, { kind: 'sameDay', exact: null, lower: true, value: t });

  const keys = [...patterns.keys()];
  const matcher = new AhoCorasick(keys);
  const longest = keys.reduce((most, k) => Math.max(most, k.length), 0);
  const scan = (text: string): VocabHit[] => {
    const lower = lowerSameLength(text);
    const hits: VocabHit[] = [];
    for (const m of searchInChunks(matcher, foldApostrophes(lower), longest)) {
      if (isWordChar(text[m.start - 1]) || isWordChar(text[m.end])) continue;
      const surface = foldApostrophes(text.slice(m.start, m.end));
      for (const p of patterns.get(m.pattern) ?? []) {
        if (p.exact !== null && surface !== p.exact) continue;
        if (p.lower && surface[0] !== lower[m.start]) continue;
        hits.push({ kind: p.kind, start: m.start, end: m.end, value: p.value });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return withoutInnerNames(hits);
  };

  const heads = new Map(Object.entries(orgData.heads) as [string, 'initiative' | 'organization'][]);
  return {
    countryOf,
    demonymOf,
    places,
    capitalOf,
    countryOfCapital,
    titles: new Set(titlesData.titles),
    roleNouns: new Map(Object.entries(titlesData.roleNouns)),
    leaderRoleNouns: new Set(titlesData.leaderRoleNouns),
    heads,
    weakHeads: new Set(orgData.weakHeads),
    acronyms: new Map(Object.entries(orgData.acronyms) as [string, KnownAcronym][]),
    numberedAcronyms: new Map(Object.entries(orgData.numberedAcronyms) as [string, 'initiative' | 'organization'][]),
    standaloneHeads: new Set(orgData.standaloneHeads),
    genericModifiers: new Set(orgData.genericModifiers),
    namePossessives: new Set(orgData.namePossessives),
    groupNouns: new Set(orgData.groupNouns),
    initiativeNouns: new Set(orgData.initiativeNouns),
    lowercaseHeads: new Set(orgData.lowercaseHeads),
    acronymBodies: new Set(orgData.acronymBodies),
    numberWords: new Map(Object.entries(orgData.numberWords)),
    familyFirstSurnames: new Set(namesData.familyFirstSurnames),
    familyFirstCountries: new Set(countriesData.familyFirstCountries),
    particles: new Set(namesData.particles),
    patronymics: new Set(namesData.patronymics),
    notNames: new Set(namesData.notNames),
    headlineVerbs: new Set(namesData.headlineVerbs),
    compoundSuffixes: new Set(namesData.compoundSuffixes),
    eventKinds,
    titleWords,
    titleHeads: new Set(titlesData.heads),
    titleModifiers: new Set(titlesData.modifiers),
    titleWordForms: titleWordForms(titlesData.heads, titlesData.modifiers),
    honorifics: new Set(titlesData.honorifics),
    honorificNames: new Set(titlesData.honorificNames),
    titleHonorifics: new Set(titlesData.titleHonorifics),
    ranks: new Set(titlesData.ranks),
    abbreviations: new Map(Object.entries(titlesData.abbreviations)),
    cueNouns: new Set(titlesData.cues),
    familyRoles: new Set(titlesData.familyRoles),
    scan,
  };
}

const CHUNK = 2048;

/**
 * The matcher's hits over the text, searched a line, or a piece of a long line, at a time: the matcher segments
 * what it is given into graphemes, which takes time growing faster than the length of non-ASCII text on Node 20.
 * Each piece runs on past its end by the longest pattern, and keeps only the hits that start inside it.
 */
function* searchInChunks(matcher: AhoCorasick, text: string, overlap: number): Generator<{ start: number; end: number; pattern: string }> {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    const end = Math.min(lineEnd, start + CHUNK);
    const piece = text.slice(start, Math.min(lineEnd, end + overlap));
    for (const m of matcher.search(piece)) {
      if (m.start < end - start) yield { start: m.start + start, end: m.end + start, pattern: m.pattern };
    }
    start = end === lineEnd ? lineEnd + 1 : end;
  }
}

/** "People’s" and "People's" are one spelling: curly and straight apostrophes match alike (same length). */
function foldApostrophes(text: string): string {
  return text.replace(/’/g, "'");
}

function titleWordForms(heads: string[], modifiers: string[]): Set<string> {
  const plurals = heads.map((h) => (/[^aeiou]y$/.test(h) ? `${h.slice(0, -1)}ies` : `${h}s`));
  const forms = new Set<string>();
  for (const w of [...heads, ...modifiers, ...plurals]) {
    forms.add(w);
    forms.add(w[0].toUpperCase() + w.slice(1));
  }
  return forms;
}

let shared: Vocabulary | null = null;

/** The vocabulary is immutable and costly to build, so every analysis shares one. */
export function vocabulary(): Vocabulary {
  shared ??= buildVocabulary();
  return shared;
}

const NUMBERED = /^(\p{Lu}{1,5})-?(\d{1,3})$/u;

/**
 * The acronym a word writes, in the form the vocabulary and the corpus list it: "NATO" as it is, a well-known
 * acronym written as a word ("Asean", "Brics") in capitals, a hyphen before a number dropped ("G-7", "COP-29").
 * Null when the word is no acronym.
 */
export function acronymKey(v: Vocabulary, word: string): string | null {
  const hyphen = word.includes('-');
  // a word that starts in lowercase is no acronym in either form below, and most words do
  if (!hyphen && word[0] >= 'a' && word[0] <= 'z') return null;
  if (hyphen) {
    const numbered = NUMBERED.exec(word);
    if (!numbered) return null;
    const key = numbered[1] + numbered[2];
    return v.acronyms.has(key) || v.numberedAcronyms.has(numbered[1]) ? key : null;
  }
  const upper = word.toUpperCase();
  if (upper === word) return /^(?=.*\p{Lu})[\p{Lu}\p{N}]{2,}$/u.test(word) ? word : null;
  return word.length >= 4 && v.acronyms.has(upper) && /^\p{Lu}\p{Ll}+$/u.test(word) ? upper : null;
}

/** What a well-known acronym stands for: a listed expansion, or itself for a numbered session ("COP29"). */
export function knownAcronymEntry(v: Vocabulary, acronym: string): KnownAcronym | null {
  const listed = v.acronyms.get(acronym);
  if (listed) return listed;
  const numbered = NUMBERED.exec(acronym);
  const kind = numbered ? v.numberedAcronyms.get(numbered[1]) : undefined;
  return kind ? { name: acronym, kind } : null;
}
