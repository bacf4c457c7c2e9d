// Which of an entity's other spellings the documents write: a card's "Also written" lists an alias only when one of
// the entity's mentions has it as written, so a family name never used alone, or a note's alias no document uses,
// is not offered as a spelling.
import { type CorpusIndex, documentOf, memoized } from '../core/index/corpusIndex.js';
import { isProvisionalId } from '../core/index/provisional.js';
import { runEnd } from '../core/link/mentionList.js';
import { aliasKey } from '../core/link/tables.js';
import type { DocAnalysis, Entity, SpanList } from '../core/types.js';

export function writtenSpellings(index: CorpusIndex, e: Entity, leaveOut: readonly string[] = []): string[] {
  // a provisional entity's id outlives the view it came from, so its answer is not kept
  const written = isProvisionalId(e.id) ? writtenKeys(index, e) : memoized(index, `writtenKeys:${e.id}`, () => writtenKeys(index, e));
  return e.aliases.filter((a) => !leaveOut.includes(a) && written.has(aliasKey(a)));
}

/** The alias keys of every text the entity's mentions have as written, document by document. */
function writtenKeys(index: CorpusIndex, e: Entity): Set<string> {
  const keys = new Set<string>();
  const { uris, starts, ends } = e.mentions;
  for (let k = 0; k < uris.length; ) {
    const last = runEnd(uris, k);
    // the analysis the entity's spans were linked from: for a provisional entity, the document's new text
    const doc = isProvisionalId(e.id) ? documentOf(index, uris[k]) : index.documents.get(uris[k]);
    const spans: [number, number][] = [];
    for (; k < last; k++) spans.push([starts[k], ends[k]]);
    if (doc) for (const w of writtenAt(doc, spans)) keys.add(aliasKey(w));
  }
  return keys;
}

/** What the document writes at these spans: the spellings of the persons and names they are, and candidates' text. */
function writtenAt(doc: DocAnalysis, spans: readonly [number, number][]): string[] {
  const endOf = new Map(spans);
  const startOf = new Map(spans.map(([s, end]) => [end, s]));
  const owns = (list: SpanList) => {
    for (let i = 0; i < list.length; i += 2) if (endOf.get(list[i]) === list[i + 1]) return true;
    return false;
  };
  const out: string[] = [];
  for (const p of doc.persons) if (owns(p.mentions)) out.push(...p.written);
  for (const n of doc.names) if (owns(n.mentions)) out.push(...n.written);
  for (const c of doc.candidates) {
    const start = startOf.get(c.end);
    if (start === c.start) out.push(c.text);
    // a sentence-opening word that is no part of the name leaves its rest as the mention ("Ask Li")
    else if (start !== undefined && start > c.start) out.push(c.text.slice(c.text.length - (c.end - start)));
  }
  return out;
}
