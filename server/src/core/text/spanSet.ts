// A set of spans, coalesced and sorted once, that answers "does this span overlap any of them?" by binary search.
import type { Span } from '../types.js';
import { lowerBound } from './lowerBound.js';

export type SpanSet = readonly Span[];

export function spanSet(spans: readonly Span[]): SpanSet {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) out[out.length - 1] = [last[0], Math.max(last[1], s[1])];
    else out.push(s);
  }
  return out;
}

export function overlapsAny(set: SpanSet, span: Span): boolean {
  const i = lowerBound(set, (s) => s[1] <= span[0]);
  return i < set.length && set[i][0] < span[1];
}

/** Whether one of the spans, sorted or not, holds the offset. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  return spans.some(([a, b]) => offset >= a && offset < b);
}
