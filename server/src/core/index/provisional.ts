// A changed document's mentions resolved against an index linked before the change, without touching that index:
// what the editor shows for the document while the full relink its change needs (someone new named) is running.
// Names the index already knows answer at once, with the new text's offsets; new ones wait for the relink.
import type { DocAnalysis, LocalPerson } from '../types.js';
import type { LinkTables } from '../link/tables.js';
import { aliasKey } from '../link/tables.js';
import { nameKey } from '../link/linkNames.js';
import { knownAcronym, rankByMentions, resolveWithSpan } from '../link/resolveCandidates.js';
import { phoneticKey } from '../text/fold.js';
import { spansOf } from '../text/spanList.js';
import { type CorpusIndex, type IndexedMention, type MentionTable, tableOf } from './corpusIndex.js';

/** The known person a local person is: same phonetic full name, a country that does not conflict, most mentioned. */
function knownPerson(t: LinkTables, p: LocalPerson): string | null {
  const ids = (t.byFullName.get(phoneticKey(p.tokens)) ?? []).filter((id) => {
    const e = t.entities.get(id);
    return e?.kind === 'person' && (!p.country || !e.country || e.country === p.country);
  });
  return rankByMentions(t, ids)[0] ?? null;
}

/** Whether resolving the candidate only reads the tables: a well-known acronym seen for the first time would add one. */
function readOnly(t: LinkTables, text: string, shape: string): boolean {
  return shape !== 'acronym' || knownAcronym(t, text) !== null;
}

export function provisionalTable(index: CorpusIndex, a: DocAnalysis): MentionTable {
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
  for (const c of a.candidates) {
    const hit = readOnly(t, c.text, c.shape) ? resolveWithSpan(t, nameKeys, c) : null;
    if (hit) add(hit.id, [hit.span]);
  }
  return tableOf(found);
}
