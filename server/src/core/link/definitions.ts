// Chooses where go-to-definition lands: the user's entity note when there is one, otherwise the first mention in
// the earliest-published document that mentions the entity (undated documents last, and among dated ones those
// that introduce it first), preferring the mention that defines its acronym.
import type { DocAnalysis, Entity, Mention } from '../types.js';
import type { LinkTables } from './tables.js';
import { byPublication } from './slug.js';
import { drain, pacer, mentionUnits, type Steps } from './steps.js';
import { mentionCount, mentionOf, runStart } from './mentionList.js';

/**
 * Whether the document introduces the entity itself (a titled person, a full name) rather than only naming it in
 * a form the corpus had to resolve (a bare "Overchuk" or "BRI" in a note).
 */
function introduces(doc: DocAnalysis, entity: Entity, t: LinkTables): boolean {
  const ids = entity.kind === 'person' ? t.personOf.get(doc.uri) : t.nameOf.get(doc.uri);
  return !!ids?.includes(entity.id);
}

/**
 * Whether document d is a better definition site than the one chosen so far. An initiative or organization that a
 * dated article names only as "EU" was still in the news by that date, so any dated article beats an undated one
 * that spells it out; a person named only by a bare family name is not introduced there, so no such rule for them.
 */
function isBetterSite(entity: Entity, d: DocAnalysis, intro: boolean, doc: DocAnalysis, docIntroduces: boolean): boolean {
  const dated = d.published !== null;
  if (entity.kind !== 'person' && dated !== (doc.published !== null)) return dated;
  if (intro !== docIntroduces) return intro;
  return byPublication(d, doc) < 0;
}

/**
 * The first mention in the earliest-published document that introduces the entity (any document that mentions
 * it when none does, and for a name any dated one before an undated one), entity notes left out. The entity's mentions are sorted (see `sortedMentionList`), so that
 * document's first mention starts its run.
 */
export function firstMention(entity: Entity, docs: Map<string, DocAnalysis>, t: LinkTables): { doc: DocAnalysis; mention: Mention } | null {
  const noteUris = t.noteOf;
  let doc: DocAnalysis | null = null;
  let docIntroduces = false;
  let previous: string | null = null;
  for (const uri of entity.mentions.uris) {
    // sorted by uri: a document's mentions are consecutive, and it is weighed once
    if (uri === previous) continue;
    previous = uri;
    const d = docs.get(uri);
    if (!d || noteUris.has(d.uri)) continue;
    const intro = introduces(d, entity, t);
    if (!doc || isBetterSite(entity, d, intro, doc, docIntroduces)) {
      doc = d;
      docIntroduces = intro;
    }
  }
  if (!doc) return null;
  return { doc, mention: mentionOf(entity.mentions, runStart(entity.mentions, doc.uri)) };
}

export function chooseDefinitions(docs: Map<string, DocAnalysis>, t: LinkTables, entities: Iterable<Entity>): void {
  drain(chooseDefinitionSteps(docs, t, entities));
}

export function* chooseDefinitionSteps(docs: Map<string, DocAnalysis>, t: LinkTables, entities: Iterable<Entity>): Steps<void> {
  const noteFor = new Map<string, string>();
  for (const [uri, id] of [...t.noteOf.entries()].sort()) if (!noteFor.has(id)) noteFor.set(id, uri);
  const pace = pacer();
  for (const entity of entities) {
    if (pace(mentionUnits(mentionCount(entity.mentions)))) yield;
    const first = firstMention(entity, docs, t);
    let site: Mention | null = first?.mention ?? null;
    let sentence: Mention | null = null;
    if (first) {
      const { doc } = first;
      const locals = (t.nameOf.get(doc.uri) ?? []).flatMap((id, i) => (id === entity.id ? [doc.names[i]] : []));
      const defining = locals.find((n) => n.acronymDefinition) ?? locals[0];
      if (defining?.acronymDefinition) site = { uri: doc.uri, span: defining.acronymDefinition };
      if (defining) {
        sentence = { uri: doc.uri, span: defining.sentence };
        entity.definingText = defining.sentenceText;
      }
    }
    const note = noteFor.get(entity.id);
    entity.definition = note ? { uri: note, span: [0, 0] } : site;
    entity.definingSentence = sentence;
  }
}
