// Which entity a position names, and, for a bare family name, the other people it could mean.
import type { CorpusIndex, IndexedMention } from '../core/index/corpusIndex.js';
import { mentionAt } from '../core/index/corpusIndex.js';
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
  const entity = index.entities.get(mention.entityId);
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

/** The locations whose documents are not withheld (see `toLocation`). */
export function shownOnly<T extends { uri: string }>(index: CorpusIndex, list: T[]): T[] {
  const hidden = index.withheld;
  return hidden && hidden.size > 0 ? list.filter((l) => !hidden.has(l.uri)) : list;
}

export function documentCount(index: CorpusIndex, e: Entity): number {
  return index.stats.documents.get(e.id) ?? 0;
}
