// Makes one entity of every initiative or organization the corpus names the same way, and learns the corpus's
// acronyms: an acronym defined in parentheses anywhere stands for its full name everywhere.
import type { DocAnalysis, Entity, LocalName } from '../types.js';
import { asciiFold } from '../text/fold.js';
import { mostFrequent, slug, uniqueId } from './slug.js';
import { push } from './linkPeople.js';
import { pacer, mentionUnits, type Steps } from './steps.js';
import { addMentions, noMentions } from './mentionList.js';

export interface NamesLink {
  entities: Entity[];
  /** uri → local name index → entity id */
  nameOf: Map<string, string[]>;
  /** normalized full name → entity id */
  byKey: Map<string, string>;
  /** acronym → entity id */
  byAcronym: Map<string, string>;
}

/** Case, "the", spacing and British/American "-isation" do not make a different name. */
export function nameKey(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/organisation/g, 'organization')
    .replace(/programme/g, 'program')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Group {
  key: string;
  members: { doc: DocAnalysis; name: LocalName; index: number }[];
}

const TAIL = / (?:of|for|on|in) /;

/**
 * "Belt and Road Forum" is a short form of "Belt and Road Forum for International Cooperation" when that is the
 * only longer name with this core: the short form's group joins the long one.
 */
function foldShortForms(groups: Map<string, Group>): void {
  const longerByCore = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const cut = key.search(TAIL);
    if (cut > 0) {
      const core = key.slice(0, cut);
      longerByCore.set(core, [...(longerByCore.get(core) ?? []), key]);
    }
  }
  for (const [core, longer] of longerByCore) {
    const short = groups.get(core);
    if (!short || longer.length !== 1 || core.split(' ').length < 2) continue;
    groups.get(longer[0])!.members.unshift(...short.members);
    groups.delete(core);
  }
}

export function* linkNames(docs: DocAnalysis[], taken: Set<string>): Steps<NamesLink> {
  const groups = new Map<string, Group>();
  const acronymVotes = new Map<string, string[]>();
  const pace = pacer();
  for (const doc of docs) {
    if (pace()) yield;
    doc.names.forEach((name, index) => {
      const key = nameKey(name.name);
      const g = groups.get(key) ?? groups.set(key, { key, members: [] }).get(key)!;
      g.members.push({ doc, name, index });
      if (name.acronym) push(acronymVotes, name.acronym, key);
    });
  }
  foldShortForms(groups);
  const entities: Entity[] = [];
  const nameOf = new Map<string, string[]>();
  const byKey = new Map<string, string>();
  for (const g of groups.values()) {
    if (pace(mentionUnits(g.members.length * 4))) yield;
    const name = mostFrequent(g.members.map((m) => m.name.name))!;
    const kind = mostFrequent(g.members.map((m) => m.name.kind))!;
    const id = uniqueId(`${kind}:${slug(name)}`, taken);
    const aliases = [...new Set(g.members.map((m) => m.name.name).filter((n) => n !== name))].sort();
    const mentions = noMentions();
    for (const m of g.members) addMentions(mentions, m.doc.uri, m.name.mentions);
    entities.push({ id, kind, name, aliases, acronym: null, country: null, roles: [], mentions, definition: null, definingSentence: null, definingText: null });
    byKey.set(g.key, id);
    for (const m of g.members) {
      const ids = nameOf.get(m.doc.uri) ?? nameOf.set(m.doc.uri, new Array(m.doc.names.length).fill('')).get(m.doc.uri)!;
      ids[m.index] = id;
    }
  }
  const byAcronym = new Map<string, string>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const [acronym, keys] of [...acronymVotes.entries()].sort()) {
    const key = mostFrequent(keys)!;
    const id = byKey.get(key)!;
    byAcronym.set(acronym, id);
    const e = byId.get(id)!;
    e.acronym ??= acronym;
    if (!e.aliases.includes(acronym)) e.aliases.push(acronym);
  }
  return { entities, nameOf, byKey, byAcronym };
}
