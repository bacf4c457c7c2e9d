// The readable summary `dossier index` prints without --json: people with their latest titles, initiatives and
// organizations, and events in date order.
import type { CorpusIndex } from '../core/index/corpusIndex.js';
import type { Entity } from '../core/types.js';
import { mentionCount } from '../core/link/mentionList.js';

function docsOf(e: Entity): number {
  return new Set(e.mentions.uris).size;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function latestRole(e: Entity): string {
  const dated = e.roles.filter((r) => r.date);
  const r = dated[dated.length - 1] ?? e.roles[e.roles.length - 1];
  if (!r) return 'no title seen';
  return r.date ? `${r.title} (as of ${r.date})` : r.title;
}

export function summarize(index: CorpusIndex): string {
  const entities = [...index.entities.values()];
  const people = entities.filter((e) => e.kind === 'person').sort((a, b) => mentionCount(b.mentions) - mentionCount(a.mentions) || a.name.localeCompare(b.name));
  const named = entities.filter((e) => e.kind !== 'person').sort((a, b) => mentionCount(b.mentions) - mentionCount(a.mentions) || a.name.localeCompare(b.name));
  const events = [...index.events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title));
  const out: string[] = [];
  out.push(`Dossier: ${count(index.documents.size, 'document', 'documents')}, ${count(people.length, 'person', 'people')}, ${count(named.length, 'initiative or organization', 'initiatives and organizations')}, ${count(events.length, 'event', 'events')}`);
  out.push('', 'People');
  for (const p of people) {
    out.push(`  ${p.name}${p.country ? ` (${p.country}${p.countryInferred ? ', inferred' : ''})` : ''}: ${latestRole(p)}; ${count(mentionCount(p.mentions), 'mention', 'mentions')} in ${count(docsOf(p), 'document', 'documents')}`);
  }
  out.push('', 'Initiatives and organizations');
  for (const n of named) {
    out.push(`  ${n.name}${n.acronym && n.acronym !== n.name ? ` (${n.acronym})` : ''}: ${n.kind}; ${count(mentionCount(n.mentions), 'mention', 'mentions')} in ${count(docsOf(n), 'document', 'documents')}`);
  }
  out.push('', 'Events');
  for (const e of events) {
    out.push(`  ${(e.date ?? 'undated').padEnd(10)}  ${e.title}; ${count(new Set(e.sources.map((s) => s.uri)).size, 'source', 'sources')}`);
  }
  return out.join('\n');
}
