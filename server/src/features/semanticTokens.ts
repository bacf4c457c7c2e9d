// Semantic tokens: every mention in a document as a person, initiative or organization token, so the editor can
// colour names by what they are.
import { type CorpusIndex, documentOf, entityById, mentionsIn } from '../core/index/corpusIndex.js';
import type { EntityKind } from '../core/types.js';
import { positionAt } from '../core/text/positions.js';

export const TOKEN_TYPES: EntityKind[] = ['person', 'initiative', 'organization'];

/** The LSP encoding: per token, five integers relative to the previous token. Mentions spanning lines are skipped. */
export function semanticTokens(index: CorpusIndex, uri: string): number[] {
  const doc = documentOf(index, uri);
  if (!doc) return [];
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const m of mentionsIn(index, uri)) {
    const kind = entityById(index, m.entityId)?.kind;
    if (!kind) continue;
    const start = positionAt(doc.lineStarts, m.span[0]);
    const end = positionAt(doc.lineStarts, m.span[1]);
    if (end.line !== start.line) continue;
    const deltaLine = start.line - prevLine;
    const deltaChar = deltaLine === 0 ? start.character - prevChar : start.character;
    if (deltaLine === 0 && deltaChar < 0) continue;
    data.push(deltaLine, deltaChar, end.character - start.character, TOKEN_TYPES.indexOf(kind), 0);
    prevLine = start.line;
    prevChar = start.character;
  }
  return data;
}
