// Find references and document highlights: every mention of the entity under the cursor, whole or a document
// group at a time for clients that take partial results.
import { type CorpusIndex, documentOf, entityById, mentionsIn } from '../core/index/corpusIndex.js';
import type { Entity, Location, Range } from '../core/types.js';
import { mentionObjects, mentionOf } from '../core/link/mentionList.js';
import { isProvisionalId } from '../core/index/provisional.js';
import { rangeOf } from '../core/text/positions.js';
import { lowerBound } from '../core/text/lowerBound.js';
import { locationOf } from '../core/index/exportJson.js';
import { entityAt, placeMention, shownOnly } from './entityAt.js';

/**
 * Whether the entity's mention i is its declaration: its definition site, or for an entity note, the note's first
 * mention of the entity.
 */
function declarationTest(index: CorpusIndex, entity: Entity): (i: number) => boolean {
  const def = entity.definition;
  if (!def) return () => false;
  const isNote = index.tables.noteOf.get(def.uri) === entity.id;
  const { uris, starts } = entity.mentions;
  return (i) => uris[i] === def.uri && (isNote ? uris[i - 1] !== uris[i] : starts[i] === def.span[0]);
}

/** Every mention across the corpus and notes; without `includeDeclaration` the definition site is left out. */
export function references(index: CorpusIndex, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const hit = entityAt(index, uri, offset);
  return hit ? shownLocations(index, hit.entity, includeDeclaration) : [];
}

/** The locations of an entity's mentions that can be placed now, in list order. */
function shownLocations(index: CorpusIndex, entity: Entity, includeDeclaration: boolean): Location[] {
  const isDeclaration = includeDeclaration ? null : declarationTest(index, entity);
  const at = isDeclaration ? entity.mentions.uris.findIndex((_, i) => isDeclaration(i)) : -1;
  const withoutDeclaration = <T>(list: T[]): T[] => (at < 0 ? list : [...list.slice(0, at), ...list.slice(at + 1)]);
  // a provisional entity's mentions all lie in the new text of the withheld document that names it: placed by it
  if (isProvisionalId(entity.id)) return withoutDeclaration(mentionObjects(entity.mentions)).flatMap((m) => placeMention(index, entity, m) ?? []);
  return shownOnly(index, withoutDeclaration(allLocations(index, entity)));
}

/**
 * The locations of all a linked entity's mentions, one per mention in list order, withheld documents included.
 * Not memoized: kept lists outlived young-generation collection and were then dropped for other entities, and over
 * 1,000 references requests at 100,000 articles that grew the server by 620 MB (13 MB without), and was slower.
 */
function allLocations(index: CorpusIndex, entity: Entity): Location[] {
  const list = entity.mentions;
  return list.uris.map((_, i) => locationOf(index.documents, mentionOf(list, i)));
}

/** The locations of an entity's mentions. */
export function mentionsOf(index: CorpusIndex, entityId: string): Location[] {
  const entity = entityById(index, entityId);
  return entity ? shownLocations(index, entity, true) : [];
}

export interface ReferenceChunk {
  locations: Location[];
  /** The last document the chunk covers; the next chunk starts after it. */
  through: string;
}

/**
 * The entity's mentions in the documents after `after` (by uri), about `size` at a time and always whole
 * documents. Each chunk is read from the index as it is when asked, so chunks asked across edits still fit
 * together: every document appears in exactly one chunk, with the positions it had then.
 */
export function referenceChunk(index: CorpusIndex, entityId: string, after: string | null, includeDeclaration: boolean, size: number): ReferenceChunk | null {
  const entity = entityById(index, entityId);
  if (!entity) return null;
  const { uris } = entity.mentions;
  let i = after === null ? 0 : lowerBound(uris, (u) => u <= after);
  if (i >= uris.length) return null;
  const isDeclaration = includeDeclaration ? () => false : declarationTest(index, entity);
  const locations: Location[] = [];
  const start = i;
  for (; i < uris.length && (i - start < size || uris[i] === uris[i - 1]); i++) {
    const location = isDeclaration(i) ? null : placeMention(index, entity, mentionOf(entity.mentions, i));
    if (location) locations.push(location);
  }
  return { locations, through: uris[i - 1] };
}

export function documentHighlights(index: CorpusIndex, uri: string, offset: number): Range[] {
  const hit = entityAt(index, uri, offset);
  const doc = documentOf(index, uri);
  if (!hit || !doc) return [];
  return mentionsIn(index, uri).filter((m) => m.entityId === hit.entity.id).map((m) => rangeOf(doc.lineStarts, m.span));
}
