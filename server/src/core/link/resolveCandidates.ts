// Resolves what documents could not resolve alone: a bare "Lavrov" or "Xi" in a note goes to the person with that
// family name who has the most mentions (a title written with it must fit); "BRI" goes to the entity the corpus
// defined it for, or to a well-known expansion; "the pre-2030 development plan" to the one initiative it starts.
import type { Candidate, DocAnalysis, Entity, Span } from '../types.js';
import { foldWord, phoneticKey, phoneticToken } from '../text/fold.js';
import { spellingVariant } from '../text/similarity.js';
import { knownAcronymEntry, vocabulary } from '../extract/vocabulary.js';
import { nameKey } from './linkNames.js';
import { compareText, mostFrequent, slug, uniqueId } from './slug.js';
import { type LinkTables, aliasKey } from './tables.js';
import { pacer, type Steps } from './steps.js';
import { addMention, noMentions } from './mentionList.js';

/** The best candidate for a short name, or null: most mentions, then the first id. One pass, no sort. */
export function bestByMentions(t: LinkTables, ids: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const id of ids) {
    const count = t.baseMentions.get(id) ?? 0;
    if (best === null || count > bestCount || (count === bestCount && id < best)) [best, bestCount] = [id, count];
  }
  return best;
}

/**
 * The short names resolved so far in one pass over candidates, by text and title: "Li said." × 20,000 against
 * 4,000 people named Li filtered and sorted all of them at every candidate (30 s). An answer holds while the ids
 * it chose from are the same array (introducedPerson replaces the array when it adds someone) and, when an
 * introduced person is among them, no introduced person has gained a title since (titleOfIntroduced counts them).
 */
export interface NameMemo {
  answers: Map<string, { ids: readonly string[]; introduced: boolean; titled: number; id: string | null }>;
  titled: number;
}

export function nameMemo(): NameMemo {
  return { answers: new Map(), titled: 0 };
}

function titleFits(e: Entity, title: string | null): boolean {
  if (!title) return true;
  const want = title.toLowerCase();
  return e.roles.length === 0 || e.roles.some((r) => r.title.toLowerCase().includes(want) || want.includes(r.title.toLowerCase()));
}

/**
 * A bare word names someone only when one of their written names has that very word: sound alone would take
 * "Wang" for "Wong" and "Michelle" for "Michel". Full names still meet by sound (Sergey and Sergei Lavrov), and a
 * word written with a fitting title may be a spelling variant ("President Disanayaka" for Dissanayake).
 */
function writesWord(e: Entity, word: string, variantToo = false): boolean {
  const want = foldWord(word);
  return [e.name, ...e.aliases].some((n) => n.split(/\s+/).some((w) => foldWord(w) === want || (variantToo && spellingVariant(w, word))));
}

function wellKnownAcronym(t: LinkTables, acronym: string): string | null {
  const known = knownAcronymEntry(vocabulary(), acronym);
  if (!known) return null;
  let id = t.byNameKey.get(nameKey(known.name));
  if (!id) {
    id = uniqueId(`${known.kind}:${slug(known.name)}`, t.takenIds);
    t.entities.set(id, { id, kind: known.kind, name: known.name, aliases: [], acronym, country: null, roles: [], mentions: noMentions(), definition: null, definingSentence: null, definingText: null });
    t.byNameKey.set(nameKey(known.name), id);
  }
  const e = t.entities.get(id)!;
  e.acronym ??= acronym;
  if (!e.aliases.includes(acronym) && e.name !== acronym) e.aliases.push(acronym);
  t.byAcronym.set(acronym, id);
  return id;
}

function resolvePhrase(t: LinkTables, nameKeys: readonly string[], text: string): string | null {
  const want = nameKey(text);
  if (want.split(' ').length < 2) return null;
  const hits = new Set(nameKeys.filter((k) => k === want || k.startsWith(want + ' ')).map((k) => t.byNameKey.get(k)!));
  return hits.size === 1 ? [...hits][0] : null;
}

function resolveName(t: LinkTables, c: Candidate, memo: NameMemo): string | null {
  const alias = t.byAlias.get(aliasKey(c.text));
  if (alias) return alias;
  const named = t.byNameKey.get(nameKey(c.text));
  if (named) return named;
  const tokens = c.text.split(/\s+/);
  const ids = tokens.length >= 2 ? t.byFullName.get(phoneticKey(tokens)) : t.byFamily.get(phoneticToken(tokens[0]));
  if (!ids) return null;
  const key = `${c.text}\u0000${c.title ?? ''}\u0000${c.title === null ? 0 : 1}`;
  const known = memo.answers.get(key);
  if (known && known.ids === ids && (!known.introduced || known.titled === memo.titled)) return known.id;
  const fitting = ids.filter((id) => titleFits(t.entities.get(id)!, c.title) && (tokens.length >= 2 || writesWord(t.entities.get(id)!, tokens[0], c.title !== null)));
  const id = bestByMentions(t, fitting);
  memo.answers.set(key, { ids, introduced: ids.some((x) => t.introducedPeople.has(x)), titled: memo.titled, id });
  return id;
}

/** The entity and the span it covers; a sentence-opening word that does not resolve is dropped ("Ask Li"). */
export function resolveWithSpan(t: LinkTables, nameKeys: readonly string[], c: Candidate, memo = nameMemo()): { id: string; span: Span } | null {
  const id = resolveCandidate(t, nameKeys, c, memo);
  if (id) return { id, span: [c.start, c.end] };
  if (c.shape !== 'name' || !c.sentenceStart) return null;
  const cut = c.text.search(/\s\S/);
  if (cut < 0) return null;
  const rest = c.text.slice(cut).trimStart();
  const span: Span = [c.end - rest.length, c.end];
  const restId = resolveCandidate(t, nameKeys, { ...c, text: rest, start: span[0], sentenceStart: false }, memo);
  return restId ? { id: restId, span } : null;
}

/** What an acronym stands for in the tables as they are, without adding a well-known expansion the corpus lacks. */
export function knownAcronym(t: LinkTables, acronym: string): string | null {
  return t.byAcronym.get(acronym) ?? t.byAlias.get(aliasKey(acronym)) ?? t.byNameKey.get(nameKey(acronym)) ?? null;
}

export function resolveCandidate(t: LinkTables, nameKeys: readonly string[], c: Candidate, memo = nameMemo()): string | null {
  switch (c.shape) {
    case 'acronym':
      return knownAcronym(t, c.text) ?? wellKnownAcronym(t, c.text);
    case 'phrase':
      return resolvePhrase(t, nameKeys, c.text);
    case 'name':
      return resolveName(t, c, memo);
  }
}

/**
 * A person introduced by a title or honorific alone ("Mr Froman") whom no document names in full: one entity per
 * written name, found again by later candidates through the family-name table. Its titles and country come from
 * every candidate that names it (titleOfIntroduced), so the order documents come in changes nothing.
 */
function introducedPerson(t: LinkTables, c: Candidate): { id: string; span: Span } | null {
  if (!introducesPerson(c)) return null;
  const family = phoneticToken(c.text);
  let id = t.byFamily.get(family)?.find((x) => writesWord(t.entities.get(x)!, c.text));
  if (!id) {
    id = uniqueId(`person:${slug(c.text)}`, t.takenIds);
    t.entities.set(id, { id, kind: 'person', name: c.text, aliases: [], acronym: null, country: null, roles: [], mentions: noMentions(), definition: null, definingSentence: null, definingText: null });
    t.byFamily.set(family, [...(t.byFamily.get(family) ?? []), id]);
    t.introducedPeople.add(id);
  }
  return { id, span: [c.start, c.end] };
}

/** A one-word name a title or honorific introduced ("Mr Froman"): a person is made of it when nobody else fits. */
export function introducesPerson(c: Candidate): boolean {
  return c.shape === 'name' && c.introduced === true && !/\s/.test(c.text);
}

export function* resolveCandidates(docs: DocAnalysis[], t: LinkTables): Steps<void> {
  const nameKeys = [...t.byNameKey.keys()];
  const memo = nameMemo();
  const pace = pacer();
  for (const doc of docs) {
    if (pace()) yield;
    const found = doc.candidates.map((c) => resolveWithSpan(t, nameKeys, c, memo) ?? introducedPerson(t, c));
    t.candidateOf.set(doc.uri, found.map((f) => f?.id ?? null));
    for (const f of found) if (f) addMention(t.entities.get(f.id)!.mentions, doc.uri, f.span);
    found.forEach((f, k) => f && titleOfIntroduced(t, doc, doc.candidates[k], f.id, memo));
  }
  for (const id of t.introducedPeople) {
    const e = t.entities.get(id)!;
    e.roles.sort((a, b) => compareText(a.date ?? '9999', b.date ?? '9999') || compareText(a.uri, b.uri) || compareText(a.title, b.title));
    countryOfIntroduced(t, e);
  }
}

/**
 * Every title written with a person made from titles alone is theirs, one per document, and every state found
 * for them is counted: the order docs come in is not.
 */
function titleOfIntroduced(t: LinkTables, doc: DocAnalysis, c: Candidate, id: string, memo: NameMemo): void {
  if (!t.introducedPeople.has(id)) return;
  if (c.homeCountry) (t.introducedHomes.get(id) ?? t.introducedHomes.set(id, []).get(id)!).push(c.homeCountry);
  if (!c.title) return;
  const e = t.entities.get(id)!;
  if (e.roles.some((r) => r.title === c.title && r.uri === doc.uri)) return;
  e.roles.push({ title: c.title, country: c.country ?? null, date: doc.published, uri: doc.uri });
  memo.titled++;
}

/**
 * A person made from titles alone serves the country a title writes, else the documents' home guess; both read
 * from every candidate in a fixed order, so the order documents come in changes nothing.
 */
function countryOfIntroduced(t: LinkTables, e: Entity): void {
  const written = mostFrequent(e.roles.map((r) => r.country).filter((c): c is string => c !== null));
  const homes = (t.introducedHomes.get(e.id) ?? []).sort(compareText);
  e.country = written ?? mostFrequent(homes);
  if (!written && e.country) e.countryInferred = true;
}
