// Small helpers for unit tests: analyze texts written in the test, index them together, and read back
// what an entity's mentions say.
import { analyzeDocument } from '../../server/src/core/analyzeDocument.js';
import { buildIndex, type CorpusIndex } from '../../server/src/core/index/corpusIndex.js';
import type { DocAnalysis, Entity, LocalEvent, LocalPerson } from '../../server/src/core/types.js';
import { mentionObjects } from '../../server/src/core/link/mentionList.js';
import { spansOf } from '../../server/src/core/text/spanList.js';

export function uriOf(name: string): string {
  return `file:///corpus/${name}`;
}

export function analyze(text: string, name = 'article.txt'): DocAnalysis {
  return analyzeDocument({ uri: uriOf(name), text });
}

/** The text analysed, and the local person of that name in it; fails the test, naming who was found, if absent. */
export function person(text: string, name: string): { a: DocAnalysis; p: LocalPerson } {
  const a = analyze(text);
  const p = a.persons.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name}; found ${a.persons.map((x) => x.name).join(', ') || 'nobody'}`);
  return { a, p };
}

export interface TestCorpus {
  index: CorpusIndex;
  texts: Map<string, string>;
}

export function corpus(files: Record<string, string>): TestCorpus {
  const texts = new Map(Object.entries(files).map(([name, text]) => [uriOf(name), text]));
  const index = buildIndex([...texts].map(([uri, text]) => analyzeDocument({ uri, text })));
  return { index, texts };
}

export function entityNamed(c: TestCorpus, name: string): Entity {
  const e = [...c.index.entities.values()].find((x) => x.name === name || x.aliases.includes(name));
  if (!e) throw new Error(`no entity named ${name}; have: ${[...c.index.entities.values()].map((x) => x.name).join(', ')}`);
  return e;
}

export function people(c: TestCorpus): string[] {
  return [...c.index.entities.values()].filter((e) => e.kind === 'person').map((e) => e.name).sort();
}

/** The text of every mention of the entity, as `file: text`. */
export function mentionTexts(c: TestCorpus, e: Entity): string[] {
  return mentionObjects(e.mentions).map((m) => `${m.uri.replace('file:///corpus/', '')}: ${c.texts.get(m.uri)!.slice(m.span[0], m.span[1])}`);
}

/** The texts of a local person's mentions in one analysed document. */
export function localMentions(text: string, a: DocAnalysis, name: string): string[] {
  const p = a.persons.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name}; have: ${a.persons.map((x) => x.name).join(', ')}`);
  return spansOf(p.mentions).map((m) => text.slice(m[0], m[1]));
}

/** A local event as one line: `kind | date | place | participants (sorted) | number of sources`. */
export function describeEvent(a: DocAnalysis, e: LocalEvent): string {
  const who = e.participants.map((p) => ('person' in p ? a.persons[p.person].name : a.candidates[p.candidate].text)).sort();
  return `${e.kind} | ${e.date} | ${e.place} | ${who.join(', ')} | ${e.sources.length}`;
}
