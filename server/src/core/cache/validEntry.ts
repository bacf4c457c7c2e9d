// Checks a cached analysis before it is used: every field has the type `analyzeDocument` gives it, every offset lies
// inside the text it is stored for, and every index points at an item that exists. A cache entry is a plain file
// that anyone who can write the cache folder can change, and the index, the cards and the CLI trust analyses.
import type { DocAnalysis } from '../types.js';

/** What an entry stores: the analysis without what the text gives back. */
export type StoredAnalysis = Omit<DocAnalysis, 'uri' | 'lineStarts'>;

type Check = (v: unknown) => boolean;
type Fields = Record<string, Check>;

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isCount: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const nullOr = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: unknown[]): Check => (v) => values.includes(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const below = (n: number): Check => (v) => isCount(v) && (v as number) < n;

/** A plain object with exactly the `required` fields, any of the `optional` ones, and nothing else. */
function record(required: Fields, optional: Fields = {}): Check {
  const names = Object.keys(required);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (const k of names) if (!Object.hasOwn(o, k) || !required[k](o[k])) return false;
    // JSON.parse gives own fields only; `hasOwn`, since `k in` would take "constructor" for a check
    for (const k in o) if (!Object.hasOwn(required, k) && !(Object.hasOwn(optional, k) && optional[k](o[k]))) return false;
    return true;
  };
}

/** [start, end) inside a text of `length`. */
function spanIn(length: number): Check {
  return (v) => Array.isArray(v) && v.length === 2 && isCount(v[0]) && isCount(v[1]) && v[0] <= v[1] && v[1] <= length;
}

/** A flat list of spans (start, end, start, end, …) inside a text of `length`. */
function spanListIn(length: number): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length % 2 !== 0) return false;
    for (let i = 0; i < v.length; i += 2) if (!(isCount(v[i]) && isCount(v[i + 1]) && v[i] <= v[i + 1] && v[i + 1] <= length)) return false;
    return true;
  };
}

const ENTITY_KINDS = ['person', 'initiative', 'organization'];

function frontMatterCheck(length: number): Check {
  return record({
    title: nullOr(isString),
    date: nullOr(isString),
    source: nullOr(isString),
    url: nullOr(isString),
    aliases: arrayOf(isString),
    entity: nullOr(isString),
    entityKind: nullOr(oneOf(...ENTITY_KINDS)),
    span: nullOr(spanIn(length)),
  });
}

function personCheck(length: number, persons: number): Check {
  const byPerson = record({ person: below(persons) });
  const byCountry = record({ country: isString });
  const fields = record(
    {
      name: isString,
      tokens: arrayOf(isString),
      familyIndex: isCount,
      country: nullOr(isString),
      titles: arrayOf(record({ title: isString, country: nullOr(isString) })),
      mentions: spanListIn(length),
      written: arrayOf(isString),
    },
    {
      stateClue: (v) => byPerson(v) || byCountry(v),
      homeCountry: isString,
    },
  );
  return (v) => fields(v) && (v as { familyIndex: number; tokens: string[] }).familyIndex < (v as { tokens: string[] }).tokens.length;
}

function nameCheck(length: number): Check {
  return record({
    name: isString,
    kind: oneOf('initiative', 'organization'),
    acronym: nullOr(isString),
    mentions: spanListIn(length),
    written: arrayOf(isString),
    acronymDefinition: nullOr(spanIn(length)),
    sentence: spanIn(length),
    sentenceText: isString,
  });
}

function candidateCheck(length: number): Check {
  const fields = record(
    { text: isString, start: isCount, end: isCount, shape: oneOf('name', 'acronym', 'phrase'), title: nullOr(isString) },
    { sentenceStart: isBoolean, introduced: isBoolean, country: isString, homeCountry: isString },
  );
  return (v) => fields(v) && spanIn(length)([(v as { start: number }).start, (v as { end: number }).end]);
}

function eventCheck(length: number, persons: number, names: number, candidates: number): Check {
  const person = record({ person: below(persons) });
  const candidate = record({ candidate: below(candidates) });
  const participant = (v: unknown) => person(v) || candidate(v);
  const fields = record(
    {
      kind: isString,
      date: nullOr(isString),
      place: nullOr(isString),
      participants: arrayOf(participant),
      names: arrayOf(below(names)),
      sources: arrayOf(spanIn(length)),
      excerpts: arrayOf(isString),
    },
    { planned: isBoolean },
  );
  return (v) => fields(v) && (v as { excerpts: unknown[] }).excerpts.length === (v as { sources: unknown[] }).sources.length;
}

function diagnosticCheck(length: number): Check {
  return record({ span: spanIn(length), severity: oneOf('error', 'warning', 'info'), message: isString });
}

/**
 * Whether `v` is an analysis of a text of `length` UTF-16 code units, as `analyzeDocument` could have made it.
 * Linear in the entry's size; it does not re-derive anything from the text, which would cost an analysis.
 */
export function isStoredAnalysis(v: unknown, length: number): v is StoredAnalysis {
  const lists = ['persons', 'names', 'candidates'] as const;
  const x = v as Record<string, unknown[]> | null;
  if (typeof x !== 'object' || x === null || !lists.every((k) => Array.isArray(x[k]))) return false;
  const [persons, names, candidates] = lists.map((k) => x[k].length);
  return record({
    title: nullOr(isString),
    published: nullOr(isString),
    anchorDate: nullOr(isString),
    frontMatter: nullOr(frontMatterCheck(length)),
    length: (n) => n === length,
    persons: arrayOf(personCheck(length, persons)),
    names: arrayOf(nameCheck(length)),
    candidates: arrayOf(candidateCheck(length)),
    events: arrayOf(eventCheck(length, persons, names, candidates)),
    diagnostics: arrayOf(diagnosticCheck(length)),
  })(v);
}
