// Hover: the card of the entity under the cursor, with the range of the mention.
import { type CorpusIndex, documentOf } from '../core/index/corpusIndex.js';
import type { Range } from '../core/types.js';
import { rangeOf } from '../core/text/positions.js';
import { entityAt } from './entityAt.js';
import { entityCard, type CardOptions } from './cards.js';

export interface HoverResult {
  markdown: string;
  range: Range;
}

export function hover(index: CorpusIndex, uri: string, offset: number, text?: string, options: CardOptions = {}): HoverResult | null {
  const hit = entityAt(index, uri, offset, text);
  const doc = documentOf(index, uri);
  if (!hit || !doc) return null;
  return { markdown: entityCard(index, hit.entity, hit.alternatives, options), range: rangeOf(doc.lineStarts, hit.mention.span) };
}
