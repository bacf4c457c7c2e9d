// The `dossier index --json` export, version 1: documents, entities with mentions and definitions, and events,
// with LSP ranges (zero-based line, UTF-16 character).
import type { DocAnalysis, Mention, Range } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { rangeOf } from '../text/positions.js';
import { mentionObjects } from '../link/mentionList.js';

export interface ExportLocation {
  uri: string;
  range: Range;
}

export interface ExportV1 {
  version: 1;
  documents: { uri: string; title: string | null; published: string | null }[];
  entities: {
    id: string;
    kind: 'person' | 'initiative' | 'organization';
    name: string;
    aliases: string[];
    country: string | null;
    /** Present and true when the country is inferred, not written with a title. */
    countryInferred?: true;
    roles: { title: string; country: string | null; date: string | null; uri: string }[];
    mentions: ExportLocation[];
    definition: ExportLocation | null;
  }[];
  /** `planned` is there, true, only for an event announced or expected rather than reported. */
  events: { id: string; kind: string; title: string; date: string | null; place: string | null; participants: string[]; sources: ExportLocation[]; planned?: true }[];
}

export function locationOf(docs: Map<string, DocAnalysis>, m: Mention): ExportLocation {
  const doc = docs.get(m.uri);
  const range = doc ? rangeOf(doc.lineStarts, m.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { uri: m.uri, range };
}

const KIND_ORDER = { person: 0, initiative: 1, organization: 2 };

export function exportIndex(index: CorpusIndex): ExportV1 {
  const docs = index.documents;
  const loc = (m: Mention) => locationOf(docs, m);
  const documents = [...docs.values()]
    .sort((a, b) => (a.uri < b.uri ? -1 : 1))
    .map((d) => ({ uri: d.uri, title: d.title, published: d.published }));
  const entities = [...index.entities.values()]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      country: e.country,
      ...(e.countryInferred ? { countryInferred: true as const } : {}),
      roles: e.roles.map((r) => ({ title: r.title, country: r.country, date: r.date, uri: r.uri })),
      mentions: mentionObjects(e.mentions).map(loc),
      definition: e.definition ? loc(e.definition) : null,
    }));
  const events = [...index.events]
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.id < b.id ? -1 : 1))
    .map((e) => ({ id: e.id, kind: e.kind, title: e.title, date: e.date, place: e.place, participants: e.participants, sources: e.sources.map(loc), ...(e.planned ? { planned: true as const } : {}) }));
  return { version: 1, documents, entities, events };
}
