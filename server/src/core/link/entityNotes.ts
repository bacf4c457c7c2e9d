// Entity notes: a Markdown file whose front matter says `entity: <name>` is the user's page about that entity.
// It becomes the entity's definition site, and its `aliases` resolve anywhere in the corpus.
import type { DocAnalysis, EntityKind } from '../types.js';
import { phoneticKey } from '../text/fold.js';
import { vocabulary } from '../extract/vocabulary.js';
import { nameKey } from './linkNames.js';
import { slug, uniqueId } from './slug.js';
import { type LinkTables, aliasKey } from './tables.js';
import { push } from './linkPeople.js';
import { noMentions } from './mentionList.js';

function findEntity(t: LinkTables, name: string): string | null {
  const tokens = name.split(/\s+/).filter(Boolean);
  return (
    t.byNameKey.get(nameKey(name)) ??
    t.byAcronym.get(name) ??
    (tokens.length >= 2 ? t.byFullName.get(phoneticKey(tokens))?.[0] : undefined) ??
    t.byAlias.get(aliasKey(name)) ??
    null
  );
}

function guessKind(name: string): EntityKind {
  const v = vocabulary();
  const words = name.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const head = v.heads.get(words[i]);
    if (head) return head;
  }
  if (/^\p{Lu}{2,}$/u.test(name)) return 'organization';
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) ? 'person' : 'initiative';
}

export function applyEntityNotes(docs: DocAnalysis[], t: LinkTables): void {
  for (const doc of docs) {
    const fm = doc.frontMatter;
    if (!fm?.entity) continue;
    let id = findEntity(t, fm.entity) ?? fm.aliases.map((a) => findEntity(t, a)).find((x) => x !== null) ?? null;
    if (!id) {
      const kind = fm.entityKind ?? guessKind(fm.entity);
      id = uniqueId(`${kind}:${slug(fm.entity)}`, t.takenIds);
      t.entities.set(id, { id, kind, name: fm.entity, aliases: [], acronym: null, country: null, roles: [], mentions: noMentions(), definition: null, definingSentence: null, definingText: null });
      if (kind === 'person') push(t.byFullName, phoneticKey(fm.entity.split(/\s+/)), id);
      else t.byNameKey.set(nameKey(fm.entity), id);
    }
    const entity = t.entities.get(id)!;
    // The user's note names the entity: its spelling wins, the corpus's becomes an alias.
    if (entity.name !== fm.entity) {
      if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name);
      entity.name = fm.entity;
      entity.aliases = entity.aliases.filter((a) => a !== fm.entity);
    }
    t.noteOf.set(doc.uri, id);
    // a set beside the list: searching the list for each of a note's 40,000 aliases took 1.8 s at every relink
    const known = new Set(entity.aliases);
    for (const alias of [fm.entity, ...fm.aliases]) {
      t.byAlias.set(aliasKey(alias), id);
      if (alias !== entity.name && !known.has(alias)) {
        entity.aliases.push(alias);
        known.add(alias);
      }
      if (/^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u.test(alias) && !t.byAcronym.has(alias)) {
        t.byAcronym.set(alias, id);
        entity.acronym ??= alias;
      }
    }
  }
}
