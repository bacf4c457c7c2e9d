// A changed document's mentions resolved against an index linked before the change, without touching that index:
// what the editor shows for the document while the full relink its change needs (someone new named) is running.
// Names the index already knows answer at once, with the new text's offsets; someone or something new answers as
// the document alone describes them, as a provisional entity, until the relink finds them in the whole corpus.
import type { DocAnalysis, Entity, LocalPerson, Span } from '../types.js';
import type { LinkTables } from '../link/tables.js';
import { aliasKey } from '../link/tables.js';
import { nameKey } from '../link/linkNames.js';
import { bestByMentions, knownAcronym, nameMemo, resolveWithSpan } from '../link/resolveCandidates.js';
import { phoneticKey } from '../text/fold.js';
import { spansOf } from '../text/spanList.js';
import { addMention, noMentions } from '../link/mentionList.js';
import { spanSet, overlapsAny } from '../text/spanSet.js';
import { buildIndex, type CorpusIndex, type IndexedMention, type Provisional, tableOf } from './corpusIndex.js';

/** Ids of provisional entities start with this; no linked entity's id does. */
export const PROVISIONAL_ID = 'provisional:';

export function isProvisionalId(id: string): boolean {
  return id.startsWith(PROVISIONAL_ID);
}

/** The known person a local person is: same phonetic full name, a country that does not conflict, most mentioned. */
function knownPerson(t: LinkTables, p: LocalPerson): string | null {
  const ids = (t.byFullName.get(phoneticKey(p.tokens)) ?? []).filter((id) => {
    const e = t.entities.get(id);
    return e?.kind === 'person' && (!p.country || !e.country || e.country === p.country);
  });
  return bestByMentions(t, ids);
}

/** Whether resolving the candidate only reads the tables: a well-known acronym seen for the first time would add one. */
function readOnly(t: LinkTables, text: string, shape: string): boolean {
  return shape !== 'acronym' || knownAcronym(t, text) !== null;
}

/**
 * The document's mentions: those of entities the index knows, and where none is found, the entities the document
 * alone makes (linked on their own, ids prefixed with PROVISIONAL_ID so none can be taken for a linked one).
 */
export function provisionalView(index: CorpusIndex, a: DocAnalysis): Provisional {
  const known = knownMentions(index, a);
  const taken = spanSet(known.map((m) => m.span));
  const alone = buildIndex([a]);
  const own = alone.mentionsByUri.get(a.uri);
  const entities = new Map<string, Entity>();
  const found = [...known];
  for (let i = 0; own && i < own.ids.length; i++) {
    const span: Span = [own.starts[i], own.ends[i]];
    if (overlapsAny(taken, span)) continue;
    const id = PROVISIONAL_ID + own.ids[i];
    // its mentions are the ones it is shown at: a span a known name took is not one
    if (!entities.has(id)) entities.set(id, { ...alone.entities.get(own.ids[i])!, id, mentions: noMentions() });
    addMention(entities.get(id)!.mentions, a.uri, span);
    found.push({ span, entityId: id });
  }
  return { analysis: a, table: tableOf(found), entities };
}

/** The document's mentions of entities the index already knows. */
function knownMentions(index: CorpusIndex, a: DocAnalysis): IndexedMention[] {
  const t = index.tables;
  const found: IndexedMention[] = [];
  const seen = new Set<string>();
  const add = (id: string | null | undefined, spans: readonly IndexedMention['span'][]) => {
    if (!id || !index.entities.has(id)) return;
    for (const span of spans) {
      // a name found twice (as a person and as a candidate) is one mention, as in a full link
      const key = `${span[0]}|${id}`;
      if (!seen.has(key)) found.push({ span, entityId: id });
      seen.add(key);
    }
  };
  for (const p of a.persons) add(knownPerson(t, p), spansOf(p.mentions));
  for (const n of a.names) add(t.byNameKey.get(nameKey(n.name)) ?? t.byAlias.get(aliasKey(n.name)) ?? (n.acronym ? t.byAcronym.get(n.acronym) : null), spansOf(n.mentions));
  const nameKeys = [...t.byNameKey.keys()];
  const memo = nameMemo();
  for (const c of a.candidates) {
    const hit = readOnly(t, c.text, c.shape) ? resolveWithSpan(t, nameKeys, c, memo) : null;
    if (hit) add(hit.id, [hit.span]);
  }
  return found;
}
