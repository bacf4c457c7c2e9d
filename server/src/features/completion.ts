// Completion in notes: people, initiatives and organizations by name and acronym, matching the word being typed.
// The detail is the title or kind; the documentation, added when an item is resolved, is the entity's card.
import type { CorpusIndex } from '../core/index/corpusIndex.js';
import type { EntityKind } from '../core/types.js';
import { asciiFold } from '../core/text/fold.js';
import { entityCard, type CardOptions } from './cards.js';
import { mentionCount } from '../core/link/mentionList.js';

export interface CompletionResult {
  label: string;
  kind: EntityKind;
  detail: string;
  /** What the item inserts; the entity id lets `completionItem/resolve` add the card as documentation. */
  insertText: string;
  entityId: string;
}

/** At most this many items; a list this long may lack a match for a longer prefix, so the client asks again. */
export const MAX_COMPLETIONS = 100;

/** The name being typed at the cursor: one word, or several capitalized words ("Sergey Lav"). */
export function prefixAt(text: string, offset: number): string {
  const m = /(?:\p{Lu}[\p{L}\p{N}'’\-]*(?: \p{Lu}[\p{L}\p{N}'’\-]*)*|[\p{L}\p{N}][\p{L}\p{N}'’\-]*)$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  return m ? m[0] : '';
}

/** Items for the prefix; when a several-word prefix matches nothing, its last word alone ("Met Lav" → "Lav"). */
export function completions(index: CorpusIndex, prefix: string): CompletionResult[] {
  const items = matching(index, prefix);
  const last = prefix.split(' ').pop() ?? '';
  return items.length === 0 && last !== prefix ? matching(index, last) : items;
}

function matching(index: CorpusIndex, prefix: string): CompletionResult[] {
  const want = asciiFold(prefix).toLowerCase();
  const out: CompletionResult[] = [];
  for (const e of index.entities.values()) {
    if (mentionCount(e.mentions) === 0) continue;
    const detail = e.kind === 'person' ? ([...e.roles].reverse().find((r) => r.date)?.title ?? e.roles[e.roles.length - 1]?.title ?? 'person') : e.kind;
    for (const label of new Set([e.name, ...(e.acronym ? [e.acronym] : [])])) {
      if (want && !startsAWord(label, want)) continue;
      out.push({ label, kind: e.kind, detail, insertText: label, entityId: e.id });
    }
  }
  const weight = (r: CompletionResult) => mentionCount(index.entities.get(r.entityId)!.mentions);
  return out.sort((a, b) => weight(b) - weight(a) || a.label.localeCompare(b.label)).slice(0, MAX_COMPLETIONS);
}

/**
 * Whether `want` (folded, lower case) begins the label or one of its capitalized words: the names of a note are
 * offered while the user types, so "of" or "and" in running text must not bring up "Council of the EU".
 */
function startsAWord(label: string, want: string): boolean {
  const folded = asciiFold(label);
  if (folded.toLowerCase().startsWith(want)) return true;
  for (let at = folded.toLowerCase().indexOf(` ${want}`); at >= 0; at = folded.toLowerCase().indexOf(` ${want}`, at + 1)) {
    if (/\p{Lu}/u.test(folded[at + 1])) return true;
  }
  return false;
}

export function completionDocumentation(index: CorpusIndex, entityId: string, options: CardOptions = {}): string | null {
  const e = index.entities.get(entityId);
  return e ? entityCard(index, e, [], options) : null;
}
