// Which entity a position names, and, for a bare family name, the other people it could mean.
import { type CorpusIndex, type IndexedMention, documentOf, entityById, mentionAt } from '../core/index/corpusIndex.js';
import { isProvisionalId } from '../core/index/provisional.js';
import { rangeOf } from '../core/text/positions.js';
import type { Entity, Location, Mention } from '../core/types.js';
import { phoneticToken } from '../core/text/fold.js';
import { locationOf } from '../core/index/exportJson.js';
import { mentionCount } from '../core/link/mentionList.js';

export interface EntityHit {
  entity: Entity;
  mention: IndexedMention;
  /** Other people a bare family name could mean, with nearly as many mentions (closest first). */
  alternatives: Entity[];
}

/** How close a second person's mention count must come to the first's to be offered too. */
const CLOSE = 0.5;

export function entityAt(index: CorpusIndex, uri: string, offset: number, text?: string): EntityHit | null {
  const mention = mentionAt(index, uri, offset);
  if (!mention) return null;
  const entity = entityById(index, mention.entityId);
  if (!entity) return null;
  return { entity, mention, alternatives: text ? alternativesFor(index, entity, text.slice(mention.span[0], mention.span[1])) : [] };
}

function alternativesFor(index: CorpusIndex, entity: Entity, surface: string): Entity[] {
  if (entity.kind !== 'person' || /\s/.test(surface.trim())) return [];
  const ids = index.tables.byFamily.get(phoneticToken(surface)) ?? [];
  const own = mentionCount(entity.mentions);
  return ids
    .filter((id) => id !== entity.id)
    .map((id) => index.entities.get(id)!)
    .filter((e) => e && mentionCount(e.mentions) >= own * CLOSE)
    .sort((a, b) => mentionCount(b.mentions) - mentionCount(a.mentions));
}

/**
 * Where a mention is, or null while its document is withheld (changed since the index was linked): its offsets
 * belong to the older text, so any position from them would be wrong.
 */
export function toLocation(index: CorpusIndex, m: Mention): Location | null {
  return index.withheld?.has(m.uri) ? null : locationOf(index.documents, m);
}

/**
 * Where one of the entity's mentions is, or null when it cannot be placed now. A linked entity's follows
 * `toLocation`; a provisional entity's mentions are all in the new text of the withheld document that names it.
 */
export function placeMention(index: CorpusIndex, entity: Entity, m: Mention): Location | null {
  if (!isProvisionalId(entity.id)) return toLocation(index, m);
  const doc = documentOf(index, m.uri);
  return doc ? { uri: m.uri, range: rangeOf(doc.lineStarts, m.span) } : null;
}

/** The locations whose documents are not withheld (see `toLocation`). */
export function shownOnly<T extends { uri: string }>(index: CorpusIndex, list: T[]): T[] {
  const hidden = index.withheld;
  return hidden && hidden.size > 0 ? list.filter((l) => !hidden.has(l.uri)) : list;
}

/** In how many documents the entity is mentioned; a provisional entity is not counted in the index's stats. */
export function documentCount(index: CorpusIndex, e: Entity): number {
  return index.stats.documents.get(e.id) ?? new Set(e.mentions.uris).size;
}
