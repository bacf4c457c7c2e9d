// Updates the index for one changed document without relinking the corpus, when the change cannot affect any
// other document: the same people, names, titles, dates, entity note and events, only moved or differently
// worded around them (the usual edit to a note). Anything else returns false and the caller relinks in full.
// The patched index is equal to a fresh full index of the same texts; the tests check that.
import type { CorpusEvent, DocAnalysis, Entity, Span } from '../types.js';
import { type CorpusIndex, indexMentionsOf } from './corpusIndex.js';
import { introducesPerson, nameMemo, resolveWithSpan } from '../link/resolveCandidates.js';
import { chooseDefinitions } from '../link/definitions.js';
import { replaceRun } from '../link/mentionList.js';
import { knownAcronymEntry, vocabulary } from '../extract/vocabulary.js';
import { countDocument } from './entityStats.js';
import { spanCount, spansOf } from '../text/spanList.js';

/** Everything in a document's analysis that other documents, or the corpus tables, can depend on. */
export function linkSignature(a: DocAnalysis): string {
  const personKey = (i: number) => a.persons[i]?.tokens.join(' ');
  return JSON.stringify([
    a.published,
    a.anchorDate,
    a.frontMatter ? [a.frontMatter.entity, a.frontMatter.entityKind, a.frontMatter.aliases] : null,
    a.persons.map((p) => [p.tokens, p.familyIndex, p.country, p.stateClue ?? null, p.homeCountry ?? null, p.titles, spanCount(p.mentions)]),
    a.names.map((n) => [n.name, n.kind, n.acronym, spanCount(n.mentions), n.acronymDefinition !== null, n.sentenceText]),
    a.events.map((e) => [
      e.kind,
      e.date,
      e.place,
      e.participants.map((p) => ('person' in p ? `p:${personKey(p.person)}` : `c:${a.candidates[p.candidate]?.text}`)),
      e.names,
      e.sources.length,
      e.excerpts,
      e.planned === true,
    ]),
  ]);
}

/** A document that introduces nobody and nothing: other documents cannot depend on it (a new note, usually). */
function introducesNothing(a: DocAnalysis): boolean {
  return a.persons.length === 0 && a.names.length === 0 && a.events.length === 0 && !a.frontMatter?.entity;
}

export function patchDocument(index: CorpusIndex, next: DocAnalysis): boolean {
  const uri = next.uri;
  const old = index.documents.get(uri);
  if (old ? linkSignature(old) !== linkSignature(next) : !introducesNothing(next)) return false;
  const t = index.tables;
  const vocab = vocabulary();
  // a well-known acronym seen for the first time creates an entity: a corpus-wide change
  if (next.candidates.some((c) => c.shape === 'acronym' && !t.byAcronym.has(c.text) && knownAcronymEntry(vocab, c.text))) return false;

  const nameKeys = [...t.byNameKey.keys()];
  const memo = nameMemo();
  const found = next.candidates.map((c) => resolveWithSpan(t, nameKeys, c, memo));
  // so does a person made from a title alone, before the edit (as last linked) or after it
  const made = (id: string | null | undefined) => !!id && t.introducedPeople.has(id);
  if ((t.candidateOf.get(uri) ?? []).some(made) || found.some((f, k) => (f ? made(f.id) : introducesPerson(next.candidates[k])))) return false;
  const added: { id: string; span: Span }[] = [];
  next.persons.forEach((p, i) => spansOf(p.mentions).forEach((span) => added.push({ id: t.personOf.get(uri)![i], span })));
  next.names.forEach((n, i) => spansOf(n.mentions).forEach((span) => added.push({ id: t.nameOf.get(uri)![i], span })));
  for (const f of found) if (f) added.push({ id: f.id, span: f.span });

  const affected = new Map<string, Entity>();
  for (const id of index.mentionsByUri.get(uri)?.ids ?? []) affected.set(id, index.entities.get(id)!);
  const stillNamed = new Set(added.map((a) => a.id));
  // an entity that only this document named (a well-known acronym) would not exist in a fresh index without it
  for (const e of affected.values()) if (!stillNamed.has(e.id) && e.mentions.uris.every((u) => u === uri)) return false;
  for (const a of added) affected.set(a.id, index.entities.get(a.id)!);
  const byEntity = new Map<string, Span[]>();
  for (const a of added) (byEntity.get(a.id) ?? byEntity.set(a.id, []).get(a.id)!).push(a.span);
  for (const e of affected.values()) replaceRun(e.mentions, uri, byEntity.get(e.id) ?? []);

  t.candidateOf.set(uri, found.map((f) => f?.id ?? null));
  patchEventSources(index, next);
  index.documents.set(uri, next);
  const kindOf = (id: string) => index.entities.get(id)?.kind;
  countDocument(index.stats, index.mentionsByUri.get(uri)?.ids ?? [], kindOf, -1);
  const mentions = indexMentionsOf(uri, affected.values());
  index.mentionsByUri.set(uri, mentions);
  countDocument(index.stats, mentions.ids, kindOf, 1);
  chooseDefinitions(index.documents, t, affected.values());
  for (const id of affected.keys()) forgetEntity(index, id);
  return true;
}

/** Drops what features derived from one entity (see `CorpusIndex.memo`). */
function forgetEntity(index: CorpusIndex, id: string): void {
  for (const key of index.memo.keys()) if (key.slice(key.indexOf(':') + 1) === id) index.memo.delete(key);
}

/** Replaces the document's sources in each event it contributed to, in place and in the same order. */
function patchEventSources(index: CorpusIndex, next: DocAnalysis): void {
  const into = index.eventOf.get(next.uri) ?? [];
  const fresh = new Map<CorpusEvent, CorpusEvent['sources']>();
  next.events.forEach((e, n) => {
    const target = into[n];
    const sources = e.sources.map((span, i) => ({ uri: next.uri, span, excerpt: e.excerpts[i] ?? '' }));
    if (target) fresh.set(target, [...(fresh.get(target) ?? []), ...sources]);
  });
  for (const [event, sources] of fresh) {
    let k = 0;
    event.sources = event.sources.map((s) => (s.uri === next.uri ? sources[k++] : s));
  }
}
