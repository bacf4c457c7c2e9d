// Lists of spans kept as one flat array of offsets, for what an analysis holds per mention: a two-element array per
// span costs about 64 bytes of heap, and the analyses at 100,000 articles hold over two million mention spans.
import type { Span, SpanList } from '../types.js';

export function spanListOf(spans: Iterable<Span>): SpanList {
  const out: SpanList = [];
  for (const [start, end] of spans) out.push(start, end);
  return out;
}

export function spanCount(list: SpanList): number {
  return list.length >> 1;
}

/** Every span as a pair, for code that works on a few at a time (one document's mentions of one person). */
export function spansOf(list: SpanList): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < list.length; i += 2) out.push([list[i], list[i + 1]]);
  return out;
}
