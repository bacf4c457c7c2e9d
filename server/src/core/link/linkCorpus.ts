// The corpus-wide half of the pipeline: from every document's analysis to entities, mentions, events and
// definition sites. A pure function of the set of analyses: their order does not change the result.
import type { CorpusEvent, DocAnalysis, Entity } from '../types.js';
import { vocabulary } from '../extract/vocabulary.js';
import { linkPeople } from './linkPeople.js';
import { linkNames, nameKey } from './linkNames.js';
import { applyEntityNotes } from './entityNotes.js';
import { resolveCandidates } from './resolveCandidates.js';
import { linkEvents } from './linkEvents.js';
import { chooseDefinitionSteps } from './definitions.js';
import { drain, pacer, mentionUnits, sortSteps, type Steps } from './steps.js';
import { type LinkTables, aliasKey } from './tables.js';
import { compareText } from './slug.js';
import { mentionCount, sortedMentionList } from './mentionList.js';

export interface LinkedCorpus {
  documents: Map<string, DocAnalysis>;
  entities: Map<string, Entity>;
  events: CorpusEvent[];
  /** uri → local event index → corpus event, so one document's events can be patched */
  eventOf: Map<string, (CorpusEvent | null)[]>;
  tables: LinkTables;
}

function addWellKnownAcronyms(t: LinkTables): void {
  for (const [acronym, known] of vocabulary().acronyms) {
    const id = t.byNameKey.get(nameKey(known.name));
    if (!id || t.byAcronym.has(acronym)) continue;
    t.byAcronym.set(acronym, id);
    const e = t.entities.get(id)!;
    e.acronym ??= acronym;
    if (!e.aliases.includes(acronym) && e.name !== acronym) e.aliases.push(acronym);
  }
}

function finish(entity: Entity): void {
  entity.mentions = sortedMentionList(entity.mentions);
  entity.aliases.sort();
}

export function linkCorpus(analyses: Iterable<DocAnalysis>): LinkedCorpus {
  return drain(linkCorpusSteps(analyses));
}

export function* linkCorpusSteps(analyses: Iterable<DocAnalysis>): Steps<LinkedCorpus> {
  const docs = yield* sortSteps([...analyses], (a, b) => compareText(a.uri, b.uri));
  const documents = new Map<string, DocAnalysis>();
  const pace = pacer();
  for (const d of docs) {
    if (pace(1 / 16)) yield;
    documents.set(d.uri, d);
  }
  const people = yield* linkPeople(docs);
  const takenIds = new Set(people.entities.map((e) => e.id));
  const names = yield* linkNames(docs, takenIds);
  const t: LinkTables = {
    entities: new Map([...people.entities, ...names.entities].map((e) => [e.id, e])),
    takenIds,
    personOf: people.personOf,
    nameOf: names.nameOf,
    byFullName: people.byFullName,
    byFamily: people.byFamily,
    byNameKey: names.byKey,
    byAcronym: names.byAcronym,
    byAlias: new Map(),
    baseMentions: new Map(),
    candidateOf: new Map(),
    noteOf: new Map(),
    introducedPeople: new Set(),
    introducedHomes: new Map(),
  };
  yield;
  addWellKnownAcronyms(t);
  for (const e of names.entities) for (const a of [e.name, ...e.aliases]) t.byAlias.set(aliasKey(a), e.id);
  applyEntityNotes(docs, t);
  yield;
  for (const e of t.entities.values()) t.baseMentions.set(e.id, mentionCount(e.mentions));
  yield* resolveCandidates(docs, t);
  const { events, eventOf } = yield* linkEvents(docs, t);
  for (const e of t.entities.values()) {
    if (pace(mentionUnits(mentionCount(e.mentions)))) yield;
    finish(e);
  }
  yield* chooseDefinitionSteps(documents, t, t.entities.values());
  return { documents, entities: t.entities, events, eventOf, tables: t };
}
