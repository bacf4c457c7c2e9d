// The generic vocabularies (titles, countries, organization head nouns, event triggers) from server/data,
// and one Aho-Corasick pass that finds all of them in a document at once.
import AhoCorasick from 'modern-ahocorasick';
import countriesData from '../../../data/countries.json' with { type: 'json' };
import titlesData from '../../../data/titles.json' with { type: 'json' };
import orgData from '../../../data/organizations.json' with { type: 'json' };
import eventsData from '../../../data/events.json' with { type: 'json' };
import namesData from '../../../data/names.json' with { type: 'json' };
import { isWordChar, lowerSameLength } from '../text/tokens.js';

export type HitKind = 'title' | 'descriptive' | 'appositive' | 'demonym' | 'country' | 'city' | 'trigger' | 'sameDay';

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

export interface Vocabulary {
  countryOf: Map<string, string>;
  demonymOf: Map<string, string>;
  places: Set<string>;
  /** Country → its capital, and capital → its country. */
  capitalOf: Map<string, string>;
  countryOfCapital: Map<string, string>;
  titles: Set<string>;
  roleNouns: Map<string, string[]>;
  heads: Map<string, 'initiative' | 'organization'>;
  weakHeads: Set<string>;
  acronyms: Map<string, { name: string; kind: 'initiative' | 'organization' }>;
  familyFirstSurnames: Set<string>;
  familyFirstCountries: Set<string>;
  particles: Set<string>;
  notNames: Set<string>;
  eventKinds: string[];
  /** Lowercase words that are titles or role words, never part of a name. */
  titleWords: Set<string>;
  scan(text: string): VocabHit[];
}

function buildVocabulary(): Vocabulary {
  const patterns = new Map<string, Pattern[]>();
  const add = (surface: string, p: Pattern) => {
    const key = lowerSameLength(surface);
    const list = patterns.get(key) ?? [];
    list.push(p);
    patterns.set(key, list);
  };
  const countryOf = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const places = new Set<string>();
  const capitalOf = new Map<string, string>();
  const countryOfCapital = new Map<string, string>();
  for (const c of countriesData.countries as { name: string; demonyms: string[]; capital: string; aliases?: string[] }[]) {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      countryOf.set(n, c.name);
      add(n, { kind: 'country', exact: n, lower: false, value: c.name });
      places.add(n);
    }
    for (const d of c.demonyms) {
      demonymOf.set(d, c.name);
      add(d, { kind: 'demonym', exact: d, lower: false, value: c.name });
    }
    places.add(c.capital);
    capitalOf.set(c.name, c.capital);
    countryOfCapital.set(c.capital, c.name);
    add(c.capital, { kind: 'city', exact: c.capital, lower: false, value: c.capital });
  }
  for (const city of countriesData.cities) {
    places.add(city);
    add(city, { kind: 'city', exact: city, lower: false, value: city });
  }
  const titleWords = new Set<string>();
  for (const t of titlesData.titles) {
    add(t, { kind: 'title', exact: t, lower: false, value: t });
    for (const w of t.toLowerCase().split(/[\s-]+/)) titleWords.add(w);
  }
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
  const scan = (text: string): VocabHit[] => {
    const lower = lowerSameLength(text);
    const hits: VocabHit[] = [];
    for (const m of matcher.search(lower)) {
      if (isWordChar(text[m.start - 1]) || isWordChar(text[m.end])) continue;
      const surface = text.slice(m.start, m.end);
      for (const p of patterns.get(m.pattern) ?? []) {
        if (p.exact !== null && surface !== p.exact) continue;
        if (p.lower && surface[0] !== lower[m.start]) continue;
        hits.push({ kind: p.kind, start: m.start, end: m.end, value: p.value });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits;
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
    heads,
    weakHeads: new Set(orgData.weakHeads),
    acronyms: new Map(Object.entries(orgData.acronyms) as [string, { name: string; kind: 'initiative' | 'organization' }][]),
    familyFirstSurnames: new Set(namesData.familyFirstSurnames),
    familyFirstCountries: new Set(countriesData.familyFirstCountries),
    particles: new Set(namesData.particles),
    notNames: new Set(namesData.notNames),
    eventKinds,
    titleWords,
    scan,
  };
}

let shared: Vocabulary | null = null;

/** The vocabulary is immutable and costly to build, so every analysis shares one. */
export function vocabulary(): Vocabulary {
  shared ??= buildVocabulary();
  return shared;
}
