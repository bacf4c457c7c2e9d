// Chooses where go-to-definition lands: the user's entity note when there is one, otherwise the first mention in
// the earliest-published document that mentions the entity (undated documents last), preferring the mention
// that defines its acronym.
import type { DocAnalysis, Entity, Mention } from '../types.js';
import type { LinkTables } from './tables.js';
import { byPublication } from './slug.js';

/** The first mention in the earliest-published document that mentions the entity, entity notes left out. */
export function firstMention(entity: Entity, docs: Map<string, DocAnalysis>, noteUris: Set<string>): { doc: DocAnalysis; mention: Mention } | null {
  let doc: DocAnalysis | null = null;
  for (const m of entity.mentions) {
    const d = docs.get(m.uri);
    if (d && !noteUris.has(d.uri) && (!doc || byPublication(d, doc) < 0)) doc = d;
  }
  if (!doc) return null;
  let mention: Mention | null = null;
  for (const m of entity.mentions) if (m.uri === doc.uri && (!mention || m.span[0] < mention.span[0])) mention = m;
  return { doc, mention: mention! };
}

export function chooseDefinitions(docs: Map<string, DocAnalysis>, t: LinkTables): void {
  const noteUris = new Set(t.noteOf.keys());
  const noteFor = new Map<string, string>();
  for (const [uri, id] of [...t.noteOf.entries()].sort()) if (!noteFor.has(id)) noteFor.set(id, uri);
  for (const entity of t.entities.values()) {
    const first = firstMention(entity, docs, noteUris);
    let site: Mention | null = first?.mention ?? null;
    let sentence: Mention | null = null;
    if (first) {
      const { doc } = first;
      const locals = (t.nameOf.get(doc.uri) ?? []).flatMap((id, i) => (id === entity.id ? [doc.names[i]] : []));
      const defining = locals.find((n) => n.acronymDefinition) ?? locals[0];
      if (defining?.acronymDefinition) site = { uri: doc.uri, span: defining.acronymDefinition };
      if (defining) sentence = { uri: doc.uri, span: defining.sentence };
    }
    const note = noteFor.get(entity.id);
    entity.definition = note ? { uri: note, span: [0, 0] } : site;
    entity.definingSentence = sentence;
  }
}
