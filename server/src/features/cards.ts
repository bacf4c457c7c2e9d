// The hover card of an entity: who or what it is, its titles over time, how often it is mentioned, its latest
// events, and links to Dossier's own commands. Everything from documents is escaped.
import { type CorpusIndex, documentOf, memoized } from '../core/index/corpusIndex.js';
import type { CorpusEvent, Entity } from '../core/types.js';
import { commandLink, text } from './markdown.js';
import { documentCount, placeMention } from './entityAt.js';
import { isProvisionalId } from '../core/index/provisional.js';
import { firstListed, mentionCount } from '../core/link/mentionList.js';

const RECENT_EVENTS = 3;
const RELATED_PEOPLE = 5;

function docTitle(index: CorpusIndex, uri: string): string {
  return documentOf(index, uri)?.title ?? uri.split('/').pop() ?? uri;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The events an entity took part in or was the topic of, newest first (see `byRecency`). */
export function eventsOf(index: CorpusIndex, id: string): readonly CorpusEvent[] {
  const byEntity = memoized(index, 'eventsByEntity', () => {
    const map = new Map<string, CorpusEvent[]>();
    for (const e of index.events) for (const x of new Set([...e.participants, ...e.topics])) (map.get(x) ?? map.set(x, []).get(x)!).push(e);
    for (const list of map.values()) list.sort(byRecency);
    return map;
  });
  return byEntity.get(id) ?? [];
}

/** Newest first; undated events last. */
export function byRecency(a: CorpusEvent, b: CorpusEvent): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

function eventLine(index: CorpusIndex, e: CorpusEvent, self: string): string {
  const others = e.participants.filter((p) => p !== self).map((p) => index.entities.get(p)?.name ?? p);
  const parts = [e.date ?? 'undated', e.kind, e.place, others.length ? `with ${others.join(', ')}` : null].filter(Boolean) as string[];
  return `- ${text(parts.join(' · '))}`;
}

function links(index: CorpusIndex, e: Entity): string {
  const n = mentionCount(e.mentions);
  const out = [commandLink(n === 1 ? 'Show the mention' : `Show all ${n} mentions`, 'dossier.showMentions', [e.id])];
  const first = e.definition ?? firstListed(e.mentions);
  const loc = first && placeMention(index, e, first);
  if (loc) {
    out.push(commandLink(e.kind === 'person' ? 'Open first mention' : 'Open definition', 'dossier.openLocation', [loc.uri, loc.range.start.line, loc.range.start.character]));
  }
  // the Events view lists linked entities only, and a link to an empty view is a dead end
  if (!isProvisionalId(e.id) && eventsOf(index, e.id).length > 0) out.push(commandLink('Show events', 'dossier.showEvents', [e.id]));
  return out.join(' · ');
}

const ROLE_CHANGES = 6;

/**
 * When each title was first seen: consecutive reports of the same title are one entry (the first), and only the
 * latest changes are kept, so a person titled in thousands of articles still has a short history.
 */
export function roleHistory(e: Entity): Entity['roles'] {
  const runs: Entity['roles'] = [];
  for (const r of e.roles) if (runs.length === 0 || runs[runs.length - 1].title !== r.title) runs.push(r);
  return runs.slice(-ROLE_CHANGES);
}

function personCard(index: CorpusIndex, e: Entity, alternatives: Entity[]): string[] {
  const lines: string[] = [];
  lines.push(`**${text(e.name)}**${e.country ? ` · ${text(e.country)}${e.countryInferred ? ' (inferred from the article)' : ''}` : ''}`, '');
  const latest = [...e.roles].reverse().find((r) => r.date) ?? e.roles[e.roles.length - 1];
  lines.push(latest ? `${text(latest.title)}${latest.date ? ` (as of ${text(latest.date)})` : ''}` : '*No title seen*');
  const history = roleHistory(e);
  if (history.length > 1) {
    lines.push('', 'Titles over time:');
    for (const r of history) lines.push(`- ${text(r.date ?? 'undated')}: ${text(r.title)}, in *${text(docTitle(index, r.uri))}*`);
  }
  if (e.aliases.length > 0) lines.push('', `Also written: ${e.aliases.map(text).join(', ')}`);
  lines.push('', `${plural(mentionCount(e.mentions), 'mention', 'mentions')} in ${plural(documentCount(index, e), 'document', 'documents')}`);
  const events = eventsOf(index, e.id).slice(0, RECENT_EVENTS);
  if (events.length > 0) lines.push('', 'Latest events:', ...events.map((ev) => eventLine(index, ev, e.id)));
  if (alternatives.length > 0) {
    lines.push('', `Could also be: ${alternatives.map((a) => `${text(a.name)} (${plural(mentionCount(a.mentions), 'mention', 'mentions')})`).join(', ')}`);
  }
  return lines;
}

/** People mentioned in the same documents as an initiative or organization, most shared documents first. */
export function relatedPeople(index: CorpusIndex, e: Entity): { entity: Entity; shared: number }[] {
  return [...(index.stats.sharedPeople.get(e.id) ?? [])]
    .map(([id, n]) => ({ entity: index.entities.get(id)!, shared: n }))
    .sort((a, b) => b.shared - a.shared || a.entity.name.localeCompare(b.entity.name))
    .slice(0, RELATED_PEOPLE);
}

function namedCard(index: CorpusIndex, e: Entity): string[] {
  const lines: string[] = [];
  lines.push(`**${text(e.name)}**${e.acronym && e.acronym !== e.name ? ` (${text(e.acronym)})` : ''} · ${text(e.kind)}`, '');
  const site = e.definingSentence ?? firstListed(e.mentions);
  if (site) {
    const doc = documentOf(index, site.uri);
    lines.push(`First seen ${doc?.published ? `${text(doc.published)} ` : ''}in *${text(docTitle(index, site.uri))}*`);
  }
  if (e.definingText) lines.push('', `> ${text(e.definingText)}`);
  const spellings = e.aliases.filter((a) => a !== e.acronym);
  if (spellings.length > 0) lines.push('', `Also written: ${spellings.map(text).join(', ')}`);
  lines.push('', `${plural(mentionCount(e.mentions), 'mention', 'mentions')} in ${plural(documentCount(index, e), 'document', 'documents')}`);
  const related = relatedPeople(index, e);
  if (related.length > 0) lines.push('', `Related people: ${related.map((r) => `${text(r.entity.name)} (${r.shared})`).join(', ')}`);
  return lines;
}

/** How far the server has read the workspace while its first index is built; `total` is null while it lists files. */
export interface Indexing {
  done: number;
  total: number | null;
}

export interface CardOptions {
  /** Set while the workspace is still being read: the card's counts and links cover only what is read so far. */
  indexing?: Indexing | null;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Said on a card built from an index that is not complete yet. */
export function indexingNotice(indexing: Indexing): string {
  const read = indexing.total === null ? 'the files are being listed' : `${count(indexing.done)} of ${count(indexing.total)} ${indexing.total === 1 ? 'file' : 'files'}`;
  return `*Still indexing: ${read}. Counts and links may grow.*`;
}

/** Said on the card of a provisional entity (see core/index/provisional.ts). */
export const PROVISIONAL_NOTICE = '*New in this document: the rest of the workspace is still being linked, so this card shows this document only.*';

export function entityCard(index: CorpusIndex, e: Entity, alternatives: Entity[] = [], options: CardOptions = {}): string {
  const body = e.kind === 'person' ? personCard(index, e, alternatives) : namedCard(index, e);
  const notice = [...(options.indexing ? ['', indexingNotice(options.indexing)] : []), ...(isProvisionalId(e.id) ? ['', PROVISIONAL_NOTICE] : [])];
  return [...body, ...notice, '', links(index, e)].join('\n');
}
