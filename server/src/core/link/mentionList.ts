// An entity's mentions as columns (see `MentionList`): building them during the link, putting them in their one
// order, reading one back as a `Mention`, and replacing one document's run when a patch changes it.
import type { Mention, MentionList, Span, SpanList } from '../types.js';
import { compareText } from './slug.js';
import { lowerBound } from '../text/lowerBound.js';

export const noMentions = (): MentionList => ({ uris: [], starts: [], ends: [] });

export const mentionCount = (list: MentionList): number => list.uris.length;

function pushMention(list: MentionList, uri: string, start: number, end: number): void {
  list.uris.push(uri);
  list.starts.push(start);
  list.ends.push(end);
}

export function addMention(list: MentionList, uri: string, span: Span): void {
  pushMention(list, uri, span[0], span[1]);
}

/** Adds a packed list's spans without making a pair of each. */
export function addMentions(list: MentionList, uri: string, spans: SpanList): void {
  for (let i = 0; i < spans.length; i += 2) pushMention(list, uri, spans[i], spans[i + 1]);
}

/** Mention i as an object: for the few places that hand one on, not for walking a long list. */
export function mentionOf(list: MentionList, i: number): Mention {
  return { uri: list.uris[i], span: [list.starts[i], list.ends[i]] };
}

/** The first mention in list order (by uri), or null: where a card or a symbol points when nothing is defined. */
export function firstListed(list: MentionList): Mention | null {
  return list.uris.length > 0 ? mentionOf(list, 0) : null;
}

/** Every mention as an object, in list order. */
export function mentionObjects(list: MentionList): Mention[] {
  return list.uris.map((_, i) => mentionOf(list, i));
}

/** The mentions sorted by uri and position, one per start (the first, shortest, stays): the same list whatever order they were added in. */
export function sortedMentionList(list: MentionList): MentionList {
  const { uris, starts, ends } = list;
  const order = uris.map((_, i) => i).sort((a, b) => compareText(uris[a], uris[b]) || starts[a] - starts[b] || ends[a] - ends[b]);
  // sized up front and cut to length, so a list kept for the index's life has no spare room
  const out: MentionList = { uris: new Array(order.length), starts: new Array(order.length), ends: new Array(order.length) };
  let n = 0;
  let last = -1;
  for (const i of order) {
    // equal starts are adjacent once sorted
    if (last >= 0 && uris[i] === uris[last] && starts[i] === starts[last]) continue;
    out.uris[n] = uris[i];
    out.starts[n] = starts[i];
    out.ends[n] = ends[i];
    n++;
    last = i;
  }
  out.uris.length = out.starts.length = out.ends.length = n;
  return out;
}

/** Where the document's run of mentions starts in a sorted list, or where it would. */
export function runStart(list: MentionList, uri: string): number {
  return lowerBound(list.uris, (u) => u < uri);
}

/** One past the last mention of the run of equal uris that starts at `k`. */
export function runEnd(uris: readonly string[], k: number): number {
  let end = k + 1;
  while (end < uris.length && uris[end] === uris[k]) end++;
  return end;
}

/** Where the document's run of mentions is in a sorted list: [from, to), empty where it would be. */
export function runOf(list: MentionList, uri: string): { from: number; to: number } {
  const from = runStart(list, uri);
  return { from, to: list.uris[from] === uri ? runEnd(list.uris, from) : from };
}

/** Swaps one document's run in a sorted list for these spans, sorted as a full link sorts them. */
export function replaceRun(list: MentionList, uri: string, spans: readonly Span[]): void {
  const { from, to } = runOf(list, uri);
  const fresh = noMentions();
  for (const span of spans) addMention(fresh, uri, span);
  const run = sortedMentionList(fresh);
  list.uris.splice(from, to - from, ...run.uris);
  list.starts.splice(from, to - from, ...run.starts);
  list.ends.splice(from, to - from, ...run.ends);
}
