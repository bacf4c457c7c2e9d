// The states officials serve, with the names, adjectives and capitals the press writes for them: built from the
// world-countries package and the small press supplement in server/data, leaving out the package's codes and
// endonyms that would be taken for ordinary words or names.
import anyAscii from 'any-ascii';

/** The fields of a world-countries entry this module reads. */
export interface PackageCountry {
  cca2: string;
  unMember: boolean;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
}

/** Which fields of a record to keep: `true` keeps a field whole, an object keeps only the fields it names. */
export type FieldSelection<T> = { [K in keyof T]-?: true | FieldSelection<NonNullable<T[K]>> };

/**
 * The fields of PackageCountry, which the type makes name every one of them: the bundle keeps only these of the
 * package's entries (scripts/countryFields.mjs).
 */
export const PACKAGE_COUNTRY_FIELDS: FieldSelection<PackageCountry> = {
  cca2: true,
  unMember: true,
  name: { common: true, official: true, native: true },
  altSpellings: true,
  demonyms: { eng: true },
  capital: true,
};

/** server/data/countryPress.json. */
export interface PressSupplement {
  states: string[];
  canonical: Record<string, string>;
  codes: string[];
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  capitals: Record<string, string[]>;
  notFolded: string[];
  nameLikePlaces: string[];
}

export interface State {
  /** The canonical name: the package's common English name unless the supplement gives the press's. */
  name: string;
  /** Every way the text may name the state, the canonical name included. */
  forms: string[];
  demonyms: string[];
  capitals: string[];
}

const LATIN = /^[\p{Script=Latin}\p{M} .'’-]+$/u;
const CODE = /^\p{Lu}{2,}$/u;

/** The package writes a name in Latin letters, capitalized, with no comma or parentheses ("Korea, Republic of"). */
function wellFormed(form: string): boolean {
  return LATIN.test(form) && /^\p{Lu}/u.test(form);
}

function nativeNames(c: PackageCountry): Set<string> {
  return new Set(Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]));
}

/**
 * An alternative spelling the press writes in English. Dropped: codes (IN, TO, ME, AS are words) unless the press
 * writes them as names; one-word alternatives (mostly endonyms and transliterations, such as Nippon or Island),
 * unless a hyphen joins a word of the English name to another ("Congo-Kinshasa");
 * names in the state's own language and romanizations with diacritics, unless its English name uses them
 * ("Republic of Côte d'Ivoire"); and phrases with a lowercase word English would not write ("Jamhuri ya Kenya").
 */
export function isPressAlternative(form: string, c: PackageCountry, press: PressSupplement): boolean {
  if (CODE.test(form)) return press.codes.includes(form);
  if (!wellFormed(form)) return false;
  const english = `${c.name.common} ${c.name.official}`;
  if (!form.includes(' ')) return form.includes('-') && form.split('-').some((p) => english.split(' ').includes(p));
  if (nativeNames(c).has(form) || /[^\x20-\x7e’]/.test(form)) return english.includes(form);
  return form.split(' ').every((w) => /^(?:\p{Lu}|of$|the$|and$|\p{Ll}['’]\p{Lu})/u.test(w));
}

/** "Guinea-Bissau", "Timor-Leste": the press also writes a hyphen between two capitalized words as a space. */
const HYPHENED = /(?<=\p{Ll})-(?=\p{Lu})/gu;

/**
 * The form and the spellings the press also writes for it: without diacritics ("Turkiye", "Bogota"), with the
 * other apostrophe ("Cote d’Ivoire"), and spaced where a hyphen joins two names ("Guinea Bissau").
 */
function spellings(forms: string[], press: PressSupplement): string[] {
  const out: string[] = [];
  for (const f of forms.flatMap((x) => [x, x.replace(HYPHENED, ' ')])) {
    const folded = anyAscii(f).replace(/['’]/g, "'");
    for (const g of folded !== f && !press.notFolded.includes(folded) ? [f, folded] : [f]) {
      out.push(g.replace(/’/g, "'"), g.replace(/'/g, '’'));
    }
  }
  return [...new Set(out)];
}

function stateOf(c: PackageCountry, press: PressSupplement): State {
  const name = press.canonical[c.cca2] ?? c.name.common;
  const official = wellFormed(c.name.official) && !c.name.official.includes(',') ? [c.name.official] : [];
  const alternatives = c.altSpellings.filter((a) => isPressAlternative(a, c, press));
  const forms = [name, c.name.common, ...official, ...alternatives, ...(press.aliases[c.cca2] ?? [])];
  const eng = c.demonyms?.eng;
  const demonyms = [...(eng ? [eng.m, eng.f] : []), ...(press.demonyms[c.cca2] ?? [])].flatMap((d) => d.split(/ or |, /)).filter(wellFormed);
  const capitals = [...c.capital, ...(press.capitals[c.cca2] ?? [])].filter(wellFormed);
  return { name, forms: spellings(forms, press), demonyms: [...new Set(demonyms)], capitals: spellings(capitals, press) };
}

/** Keeps in each list only the surfaces no other state claims: a shared form ("Congolese") names neither. */
function dropShared(states: State[], key: 'forms' | 'demonyms'): State[] {
  const claims = new Map<string, number>();
  for (const s of states) for (const f of s[key]) claims.set(f, (claims.get(f) ?? 0) + 1);
  return states.map((s) => ({ ...s, [key]: s[key].filter((f) => claims.get(f) === 1) }));
}

/** The UN member states and the few other states the supplement names. */
export function buildGazetteer(countries: PackageCountry[], press: PressSupplement): State[] {
  const states = countries.filter((c) => c.unMember || press.states.includes(c.cca2)).map((c) => stateOf(c, press));
  return dropShared(dropShared(states, 'forms'), 'demonyms');
}
