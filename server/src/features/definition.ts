// Go to definition and declaration. Definition lands where the core chose (the entity note, or the first mention
// in the earliest document, at the acronym definition when there is one); declaration lands on the first mention
// in the articles, so it still reaches the source when an entity note exists.
import type { CorpusIndex } from '../core/index/corpusIndex.js';
import type { Location } from '../core/types.js';
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
  const hit = entityAt(index, uri, offset);
  if (!hit) return [];
  const first = firstMention(hit.entity, index.documents, index.tables);
  const site = first?.mention ?? hit.entity.definition;
  const location = site && placeMention(index, hit.entity, site);
  return location ? [location] : [];
}
