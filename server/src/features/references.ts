// Find references and document highlights: every mention of the entity under the cursor, whole or a document
// group at a time for clients that take partial results.
import { type CorpusIndex, documentOf, mentionsIn } from '../core/index/corpusIndex.js';
import type { Entity, Location, Range } from '../core/types.js';
import { mentionOf, noMentions } from '../core/link/mentionList.js';
import { rangeOf } from '../core/text/positions.js';
import { lowerBound } from '../core/text/lowerBound.js';
import { locationOf } from '../core/index/exportJson.js';
import { entityAt, shownOnly, toLocation } from './entityAt.js';

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
  if (!hit) return [];
  const all = allLocations(index, hit.entity.id);
  if (includeDeclaration) return shownOnly(index, all);
  const isDeclaration = declarationTest(index, hit.entity);
  const at = hit.entity.mentions.uris.findIndex((_, i) => isDeclaration(i));
  return shownOnly(index, at < 0 ? all : [...all.slice(0, at), ...all.slice(at + 1)]);
}

/**
 * The locations of all an entity's mentions, one per mention in list order, withheld documents included. Not
 * memoized: kept lists outlived young-generation collection and were then dropped for other entities, and over
 * 1,000 references requests at 100,000 articles that grew the server by 620 MB (13 MB without), and was slower.
 */
function allLocations(index: CorpusIndex, entityId: string): Location[] {
  const list = index.entities.get(entityId)?.mentions ?? noMentions();
  return list.uris.map((_, i) => locationOf(index.documents, mentionOf(list, i)));
}

/** The locations of an entity's mentions. */
export function mentionsOf(index: CorpusIndex, entityId: string): Location[] {
  return shownOnly(index, allLocations(index, entityId));
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
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const { uris } = entity.mentions;
  let i = after === null ? 0 : lowerBound(uris, (u) => u <= after);
  if (i >= uris.length) return null;
  const isDeclaration = includeDeclaration ? () => false : declarationTest(index, entity);
  const locations: Location[] = [];
  const start = i;
  for (; i < uris.length && (i - start < size || uris[i] === uris[i - 1]); i++) {
    const location = isDeclaration(i) ? null : toLocation(index, mentionOf(entity.mentions, i));
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
