// Go to definition and declaration. Definition lands where the core chose (the entity note, or the first mention
// in the earliest document, at the acronym definition when there is one); declaration lands on the first mention
// in the articles, so it still reaches the source when an entity note exists; in a note's front matter (its
// `entity:` and `aliases:` lines, which name no mention) it is the note's entity's.
import { type CorpusIndex, documentOf, entityById } from '../core/index/corpusIndex.js';
import type { Entity, Location } from '../core/types.js';
import { firstMention } from '../core/link/definitions.js';
import { entityAt, placeMention } from './entityAt.js';
import { firstListed } from '../core/link/mentionList.js';

export function definition(index: CorpusIndex, uri: string, offset: number): Location[] {
  const hit = entityAt(index, uri, offset);
  if (!hit) return [];
  const site = hit.entity.definition ?? firstListed(hit.entity.mentions);
  const location = site && placeMention(index, hit.entity, site);
  return location ? [location] : [];
}

export function declaration(index: CorpusIndex, uri: string, offset: number): Location[] {
  const entity = entityAt(index, uri, offset)?.entity ?? noteEntityAt(index, uri, offset);
  if (!entity) return [];
  const first = firstMention(entity, index.documents, index.tables);
  const site = first?.mention ?? entity.definition;
  const location = site && placeMention(index, entity, site);
  return location ? [location] : [];
}

/** The entity an entity note is about, when the offset is in the note's front matter. */
function noteEntityAt(index: CorpusIndex, uri: string, offset: number): Entity | null {
  const id = index.tables.noteOf.get(uri);
  const span = documentOf(index, uri)?.frontMatter?.span;
  if (!id || !span || offset < span[0] || offset > span[1] || index.withheld?.has(uri)) return null;
  return entityById(index, id) ?? null;
}
