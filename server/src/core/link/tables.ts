// The lookup tables the link stage builds and every later step reads: entities by id and the keys names resolve by.
import type { Entity } from '../types.js';

export interface LinkTables {
  entities: Map<string, Entity>;
  takenIds: Set<string>;
  personOf: Map<string, string[]>;
  nameOf: Map<string, string[]>;
  byFullName: Map<string, string[]>;
  byFamily: Map<string, string[]>;
  /** normalized initiative/organization name → id */
  byNameKey: Map<string, string>;
  byAcronym: Map<string, string>;
  /** lowercase alias (entity notes, initiative names) → id */
  byAlias: Map<string, string>;
  /** How many mentions each entity had before candidates were resolved: the tie-breaker for short names. */
  baseMentions: Map<string, number>;
  /** uri → candidate index → entity id or null */
  candidateOf: Map<string, (string | null)[]>;
  /** uri of an entity note → the entity it defines */
  noteOf: Map<string, string>;
  /** People made from a title or honorific alone ("Mr Froman"): whether they exist depends on every document. */
  introducedPeople: Set<string>;
  /** Their home-country guesses, one per candidate that gave one, while candidates are resolved. */
  introducedHomes: Map<string, string[]>;
}

export function aliasKey(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
