// Per-entity counts the cards show (documents mentioning it; people sharing documents with an initiative), kept
// in the index and adjusted one document at a time, so a patch or a hover never rescans a popular entity's mentions.
import type { EntityKind } from '../types.js';

export interface EntityStats {
  /** entity id → how many documents mention it. */
  documents: Map<string, number>;
  /** initiative or organization id → person id → documents that mention both. */
  sharedPeople: Map<string, Map<string, number>>;
}

export function emptyStats(): EntityStats {
  return { documents: new Map(), sharedPeople: new Map() };
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

/** Adds (`sign` 1) or takes away (`sign` -1) one document's mentions, given as the entity id of each. */
export function countDocument(stats: EntityStats, mentionIds: readonly string[], kindOf: (id: string) => EntityKind | undefined, sign: 1 | -1): void {
  const ids = new Set(mentionIds);
  const people: string[] = [];
  for (const id of ids) {
    bump(stats.documents, id, sign);
    if (kindOf(id) === 'person') people.push(id);
  }
  if (people.length === 0) return;
  for (const id of ids) {
    if (kindOf(id) === 'person') continue;
    const shared = stats.sharedPeople.get(id) ?? stats.sharedPeople.set(id, new Map()).get(id)!;
    for (const p of people) bump(shared, p, sign);
    if (shared.size === 0) stats.sharedPeople.delete(id);
  }
}
