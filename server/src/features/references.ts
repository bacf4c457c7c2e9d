// Find references and document highlights: every mention of the entity under the cursor.
import { type CorpusIndex, memoized } from '../core/index/corpusIndex.js';
import type { Location, Range } from '../core/types.js';
import { rangeOf } from '../core/text/positions.js';
import { entityAt, toLocation } from './entityAt.js';

/** Every mention across the corpus and notes; without `includeDeclaration` the definition site is left out. */
export function references(index: CorpusIndex, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const hit = entityAt(index, uri, offset);
  if (!hit) return [];
  const all = mentionsOf(index, hit.entity.id);
  const def = hit.entity.definition;
  if (includeDeclaration || !def) return all;
  // the declaration is the definition site; for an entity note, the note's own first mention of the entity
  const isNote = index.tables.noteOf.get(def.uri) === hit.entity.id;
  const at = hit.entity.mentions.findIndex((m) => m.uri === def.uri && (isNote || m.span[0] === def.span[0]));
  return at < 0 ? all : [...all.slice(0, at), ...all.slice(at + 1)];
}

/** The locations of an entity's mentions, computed once per index state (popular entities have thousands). */
export function mentionsOf(index: CorpusIndex, entityId: string): Location[] {
  return memoized(index, `locations:${entityId}`, () => (index.entities.get(entityId)?.mentions ?? []).map((m) => toLocation(index, m)));
}

export function documentHighlights(index: CorpusIndex, uri: string, offset: number): Range[] {
  const hit = entityAt(index, uri, offset);
  const doc = index.documents.get(uri);
  if (!hit || !doc) return [];
  return (index.mentionsByUri.get(uri) ?? []).filter((m) => m.entityId === hit.entity.id).map((m) => rangeOf(doc.lineStarts, m.span));
}
