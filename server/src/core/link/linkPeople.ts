// Makes one person entity of every local person who is the same official across documents: the same phonetic
// name key, family name first (so Sergey and Sergei Lavrov meet, and so do "HAYASHI Yoshimasa" and "Yoshimasa
// Hayashi"), and no conflicting country. A spelling variant meets its name only with one name part the same.
import type { DocAnalysis, Entity, LocalPerson, Role } from '../types.js';
import { foldWord, phoneticKey, phoneticToken } from '../text/fold.js';
import { spellingVariant } from '../text/similarity.js';
import { compareText, mostFrequent, slug, uniqueId } from './slug.js';
import { pacer, mentionUnits, type Steps } from './steps.js';
import { addMentions, noMentions } from './mentionList.js';
import { formalNames, sameGivenName } from './givenNames.js';
import { namedState, writtenCountry } from '../extract/states.js';
import { addToBucket, candidates, newBucket, probeOf, type VariantBucket, type VariantProbe } from './variantIndex.js';

interface Member {
  doc: DocAnalysis;
  person: LocalPerson;
  index: number;
}

interface Cluster {
  key: string;
  country: string | null;
  members: Member[];
}

export interface PeopleLink {
  entities: Entity[];
  /** uri → local person index → entity id */
  personOf: Map<string, string[]>;
  /** phonetic key of a full name → entity ids */
  byFullName: Map<string, string[]>;
  /** phonetic key of a family name → entity ids */
  byFamily: Map<string, string[]>;
}

function compatible(cluster: Cluster, country: string | null): boolean {
  return country === null || cluster.country === null || cluster.country === country;
}

/** The family name's sound first, then the other names' as one word ("Suk Yeol" and "Suk-yeol" alike). */
function clusterKey(person: LocalPerson): string {
  const others = person.tokens.filter((_, k) => k !== person.familyIndex).join('');
  return `${phoneticToken(person.tokens[person.familyIndex])}|${phoneticToken(others)}`;
}

/** A person's family name and given names as written, for telling spelling variants apart. */
function nameParts(person: LocalPerson): { family: string; given: string } {
  return { family: person.tokens[person.familyIndex], given: person.tokens.filter((_, k) => k !== person.familyIndex).join('') };
}

/**
 * Where a spelling variant of a name meets the clusters it may belong to: one part the same by sound, the other's
 * first letter the same ("Binyamin"/"Benjamin Netanyahu", "Serdar Berdymukhammedov"/"Berdimuhamedov").
 */
function variantKeys(person: LocalPerson): string[] {
  const { family, given } = nameParts(person);
  if (!given) return [];
  // a short given name meets its formal one under the formal's first letter too ("Bill" under W for "William")
  const initials = new Set([foldWord(given)[0], ...formalNames(given).map((n) => n[0])]);
  return [...[...initials].map((i) => `f:${phoneticToken(family)}|${i}`), `g:${phoneticToken(given)}|${foldWord(family)[0]}`];
}

/** "Ibrahim Solih" and "Ibrahim Mohamed Solih": the same family name, and one's given names begin the other's. */
function middleNameDropped(a: LocalPerson, b: LocalPerson): boolean {
  const given = (p: LocalPerson) => p.tokens.filter((_, k) => k !== p.familyIndex).map(foldWord);
  const [short, long] = [given(a), given(b)].sort((x, y) => x.length - y.length);
  return short.length > 0 && short.length < long.length && short.every((w, k) => w === long[k]);
}

/** The part a variant key's clusters are compared on: the given names under an "f:" key, the family name under "g:". */
function variantProbe(person: LocalPerson, key: string): VariantProbe {
  const { family, given } = nameParts(person);
  return key.startsWith('f:') ? probeOf(given, person.tokens.filter((_, k) => k !== person.familyIndex)) : probeOf(family, null);
}

/** The variant cluster for a person: the part that differs is a spelling variant, and the countries agree. */
function variantCluster(person: LocalPerson, byVariant: Map<string, VariantBucket<Cluster>>): Cluster | null {
  const { family, given } = nameParts(person);
  for (const key of variantKeys(person)) {
    const bucket = byVariant.get(key);
    if (!bucket) continue;
    for (const c of candidates(bucket, variantProbe(person, key))) {
      const other = nameParts(c.members[0].person);
      const same = key.startsWith('f:') ? spellingVariant(given, other.given) || middleNameDropped(person, c.members[0].person) || sameGivenName(given, other.given) : spellingVariant(family, other.family);
      if (same && compatible(c, person.country)) return c;
    }
  }
  return null;
}

function* clusterPeople(docs: DocAnalysis[]): Steps<Cluster[]> {
  const byKey = new Map<string, Cluster[]>();
  const byVariant = new Map<string, VariantBucket<Cluster>>();
  const all: Cluster[] = [];
  const pace = pacer();
  for (const doc of docs) {
    if (pace()) yield;
    doc.persons.forEach((person, index) => {
      const key = clusterKey(person);
      const list = byKey.get(key) ?? byKey.set(key, []).get(key)!;
      const fits = list.filter((c) => compatible(c, person.country));
      let cluster = fits.sort((a, b) => b.members.length - a.members.length)[0] ?? variantCluster(person, byVariant);
      if (!cluster) {
        cluster = { key, country: null, members: [] };
        list.push(cluster);
        all.push(cluster);
        for (const v of variantKeys(person)) addToBucket(byVariant.get(v) ?? byVariant.set(v, newBucket()).get(v)!, cluster, variantProbe(person, v));
      }
      cluster.members.push({ doc, person, index });
      cluster.country ??= person.country;
    });
  }
  return all;
}

interface ClusterState {
  country: string | null;
  inferred: boolean;
}

function writtenState(cluster: Cluster): string | null {
  return mostFrequent(cluster.members.map((m) => writtenCountry(m.person)).filter((c): c is string => c !== null));
}

/** A clue's country: one named for a group, or the principal's, as written anywhere or named for their group. */
function clueState(m: Member, written: Map<Cluster, string | null>, byLocal: Map<DocAnalysis, Cluster[]>): string | null {
  const clue = m.person.stateClue;
  if (!clue) return null;
  if ('country' in clue) return clue.country;
  return written.get(byLocal.get(m.doc)![clue.person]) ?? namedState(m.doc.persons[clue.person]?.stateClue);
}

/**
 * Each cluster's state: the one its titles write; else what its documents' clues say, a delegation's principal
 * read after linking (the principal's own country may be written in another document); else the home country.
 */
function clusterStates(clusters: Cluster[]): Map<Cluster, ClusterState> {
  const written = new Map<Cluster, string | null>();
  const byLocal = new Map<DocAnalysis, Cluster[]>();
  for (const c of clusters) {
    written.set(c, writtenState(c));
    for (const m of c.members) (byLocal.get(m.doc) ?? byLocal.set(m.doc, []).get(m.doc)!)[m.index] = c;
  }
  const out = new Map<Cluster, ClusterState>();
  for (const c of clusters) {
    const w = written.get(c)!;
    if (w) {
      out.set(c, { country: w, inferred: false });
      continue;
    }
    const clues = c.members.map((m) => clueState(m, written, byLocal));
    const fromClue = mostFrequent(clues.filter((x): x is string => x !== null));
    const home = fromClue ?? mostFrequent(c.members.map((m) => m.person.homeCountry ?? null).filter((x): x is string => x !== null));
    out.set(c, { country: home, inferred: home !== null });
  }
  return out;
}

function toEntity(cluster: Cluster, state: ClusterState, taken: Set<string>): Entity {
  const names = cluster.members.map((m) => m.person.name);
  const name = mostFrequent(names)!;
  const country = state.country;
  const base = `person:${slug(name)}`;
  const id = taken.has(base) && country ? uniqueId(`${base}-${slug(country)}`, taken) : uniqueId(base, taken);
  const aliases = new Set<string>();
  for (const m of cluster.members) {
    if (m.person.name !== name) aliases.add(m.person.name);
    aliases.add(m.person.tokens[m.person.familyIndex]);
  }
  aliases.delete(name);
  const roles: Role[] = [];
  for (const m of cluster.members) {
    for (const r of m.person.titles) roles.push({ title: r.title, country: r.country, date: m.doc.published, uri: m.doc.uri });
  }
  // code-unit order, like every other uri sort here; localeCompare was a tenth of a 100k relink
  roles.sort((a, b) => compareText(a.date ?? '9999', b.date ?? '9999') || compareText(a.uri, b.uri));
  const mentions = noMentions();
  for (const m of cluster.members) addMentions(mentions, m.doc.uri, m.person.mentions);
  return { id, kind: 'person', name, aliases: [...aliases].sort(), acronym: null, country, ...(state.inferred ? { countryInferred: true } : {}), roles, mentions, definition: null, definingSentence: null, definingText: null };
}

export function* linkPeople(docs: DocAnalysis[]): Steps<PeopleLink> {
  const taken = new Set<string>();
  const clusters = yield* clusterPeople(docs);
  const states = clusterStates(clusters);
  const personOf = new Map<string, string[]>();
  const byFullName = new Map<string, string[]>();
  const byFamily = new Map<string, string[]>();
  const entities: Entity[] = [];
  const pace = pacer();
  for (const cluster of clusters) {
    if (pace(mentionUnits(cluster.members.length * 4))) yield;
    const entity = toEntity(cluster, states.get(cluster)!, taken);
    entities.push(entity);
    const families = new Set<string>();
    const fullNames = new Set<string>();
    for (const m of cluster.members) {
      fullNames.add(phoneticKey(m.person.tokens));
      const ids = personOf.get(m.doc.uri) ?? personOf.set(m.doc.uri, new Array(m.doc.persons.length).fill('')).get(m.doc.uri)!;
      ids[m.index] = entity.id;
      families.add(phoneticToken(m.person.tokens[m.person.familyIndex]));
    }
    // a new entity's id under each of its keys once: no list can hold it already
    for (const k of fullNames) append(byFullName, k, entity.id);
    for (const f of families) append(byFamily, f, entity.id);
  }
  return { entities, personOf, byFullName, byFamily };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else list.push(value);
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
