// The hover card of an entity: who or what it is, a line of links to Dossier's own commands, its titles over time,
// the first paragraph of the user's note on it, how often it is mentioned, and its latest events. Everything from
// documents goes through the card's markup (escaped Markdown, or plain text for clients that cannot run the links).
import { type CorpusIndex, documentOf, memoized } from '../core/index/corpusIndex.js';
import type { CorpusEvent, Entity, Mention } from '../core/types.js';
import { MARKDOWN, PLAIN, type Markup } from './markdown.js';
import { documentCount, placeMention } from './entityAt.js';
import { isProvisionalId } from '../core/index/provisional.js';
import { firstListed, mentionCount } from '../core/link/mentionList.js';
import { firstMention } from '../core/link/definitions.js';
import { writtenSpellings } from './writtenSpellings.js';
import { type Indexing, indexingProgress } from './indexing.js';

const RECENT_EVENTS = 3;
const RELATED_PEOPLE = 5;
/** A note's paragraph is cut here on the card; the link opens the whole note. */
const NOTE_CHARS = 400;

export interface CardOptions {
  /** Set while the workspace is still being read: the card's counts and links cover only what is read so far. */
  indexing?: Indexing | null;
  /** Plain text without links, for clients that cannot run Dossier's commands (see lsp/server.ts). */
  plain?: boolean;
  /** The text of a document, for the first paragraph of an entity note; without it the card shows none. */
  readText?: (uri: string) => string | undefined;
}

function docTitle(index: CorpusIndex, uri: string): string {
  return documentOf(index, uri)?.title ?? uri.split('/').pop() ?? uri;
}

const count = (n: number) => n.toLocaleString('en-US');

function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
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

function eventLine(index: CorpusIndex, e: CorpusEvent, self: string, m: Markup): string {
  const others = e.participants.filter((p) => p !== self).map((p) => index.entities.get(p)?.name ?? p);
  const parts = [e.date ?? 'undated', e.kind, e.place, others.length ? `with ${others.join(', ')}` : null].filter(Boolean) as string[];
  return `- ${m.text(parts.join(' · '))}`;
}

/** The user's note on the entity, if its definition is one. */
export function noteOf(index: CorpusIndex, e: Entity): string | null {
  const uri = e.definition?.uri;
  return uri && index.tables.noteOf.get(uri) === e.id ? uri : null;
}

/** The entity's first mention in an article (notes left out), where a reader starts; a note's entity may have none. */
function firstArticleMention(index: CorpusIndex, e: Entity): Mention | null {
  if (isProvisionalId(e.id)) return firstListed(e.mentions);
  return memoized(index, `firstArticleMention:${e.id}`, () => firstMention(e, index.documents, index.tables)?.mention ?? null);
}

function links(index: CorpusIndex, e: Entity, m: Markup): string {
  const n = mentionCount(e.mentions);
  const out = [m.link(n === 1 ? 'Show the mention' : `Show all ${count(n)} mentions`, 'dossier.showMentions', [e.id])];
  const note = noteOf(index, e);
  // a person is read about where an article first names them; a name is defined where its acronym is, unless a
  // note defines it
  const site = e.kind === 'person' || note ? firstArticleMention(index, e) : (e.definition ?? firstListed(e.mentions));
  const at = site && placeMention(index, e, site);
  if (at) out.push(m.link(e.kind === 'person' || note ? 'Open first mention' : 'Open definition', 'dossier.openLocation', [at.uri, at.range.start.line, at.range.start.character]));
  const noteAt = note && e.definition ? placeMention(index, e, e.definition) : null;
  if (noteAt) out.push(m.link('Open note', 'dossier.openLocation', [noteAt.uri, noteAt.range.start.line, noteAt.range.start.character]));
  // the Events view lists linked entities only, and a link to an empty view is a dead end
  if (!isProvisionalId(e.id) && eventsOf(index, e.id).length > 0) out.push(m.link('Show events', 'dossier.showEvents', [e.id]));
  return out.filter((l): l is string => l !== null).join(' · ');
}

/** The first paragraph of a note's own words: after its front matter, headings left out, cut at NOTE_CHARS. */
export function firstParagraph(text: string, from: number): string | null {
  for (const block of text.slice(from).split(/\r?\n[ \t]*\r?\n/)) {
    const words = block
      .split(/\r?\n/)
      .filter((line) => !/^\s*#/.test(line))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (words) return words.length > NOTE_CHARS ? `${words.slice(0, NOTE_CHARS).replace(/\s+\S*$/, '')}…` : words;
  }
  return null;
}

function noteLines(index: CorpusIndex, e: Entity, m: Markup, options: CardOptions): string[] {
  const uri = noteOf(index, e);
  const text = uri ? options.readText?.(uri) : undefined;
  const doc = uri ? documentOf(index, uri) : undefined;
  // a note edited since the index was linked is read from its newer text, which its front matter span may not fit
  if (!text || !doc || text.length !== doc.length) return [];
  const words = firstParagraph(text, doc.frontMatter?.span?.[1] ?? 0);
  return words ? ['', `${m.em('Your note:')} ${m.text(words)}`] : [];
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

function personHeader(e: Entity, m: Markup): string {
  return `${m.strong(m.text(e.name))}${e.country ? ` · ${m.text(e.country)}${e.countryInferred ? ' (inferred from the article)' : ''}` : ''}`;
}

function personBody(index: CorpusIndex, e: Entity, alternatives: Entity[], m: Markup, options: CardOptions): string[] {
  const lines: string[] = [];
  const latest = [...e.roles].reverse().find((r) => r.date) ?? e.roles[e.roles.length - 1];
  lines.push(latest ? `${m.text(latest.title)}${latest.date ? ` (as of ${m.text(latest.date)})` : ''}` : m.em('No title seen'));
  lines.push(...noteLines(index, e, m, options));
  const history = roleHistory(e);
  if (history.length > 1) {
    lines.push('', 'Titles over time:');
    for (const r of history) lines.push(`- ${m.text(r.date ?? 'undated')}: ${m.text(r.title)}, in ${m.em(m.text(docTitle(index, r.uri)))}`);
  }
  const spellings = writtenSpellings(index, e);
  if (spellings.length > 0) lines.push('', `Also written: ${spellings.map(m.text).join(', ')}`);
  lines.push('', `${plural(mentionCount(e.mentions), 'mention', 'mentions')} in ${plural(documentCount(index, e), 'document', 'documents')}`);
  const events = eventsOf(index, e.id).slice(0, RECENT_EVENTS);
  if (events.length > 0) lines.push('', 'Latest events:', ...events.map((ev) => eventLine(index, ev, e.id, m)));
  if (alternatives.length > 0) {
    lines.push('', `Could also be: ${alternatives.map((a) => `${m.text(a.name)} (${plural(mentionCount(a.mentions), 'mention', 'mentions')})`).join(', ')}`);
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

function namedHeader(e: Entity, m: Markup): string {
  return `${m.strong(m.text(e.name))}${e.acronym && e.acronym !== e.name ? ` (${m.text(e.acronym)})` : ''} · ${m.text(e.kind)}`;
}

function namedBody(index: CorpusIndex, e: Entity, m: Markup, options: CardOptions): string[] {
  const lines: string[] = [];
  const site = e.definingSentence ?? firstListed(e.mentions);
  if (site) {
    const doc = documentOf(index, site.uri);
    lines.push(`First seen ${doc?.published ? `${m.text(doc.published)} ` : ''}in ${m.em(m.text(docTitle(index, site.uri)))}`);
  }
  if (e.definingText) lines.push('', `${options.plain ? '' : '> '}${m.text(e.definingText)}`);
  lines.push(...noteLines(index, e, m, options));
  const spellings = writtenSpellings(index, e, e.acronym ? [e.acronym] : []);
  if (spellings.length > 0) lines.push('', `Also written: ${spellings.map(m.text).join(', ')}`);
  lines.push('', `${plural(mentionCount(e.mentions), 'mention', 'mentions')} in ${plural(documentCount(index, e), 'document', 'documents')}`);
  const related = relatedPeople(index, e);
  if (related.length > 0) lines.push('', `Related people: ${related.map((r) => `${m.text(r.entity.name)} (${r.shared})`).join(', ')}`);
  return lines;
}

/** Said on a card built from an index that is not complete yet. */
export function indexingNotice(indexing: Indexing, m: Markup = MARKDOWN): string {
  return m.em(`Still indexing: ${indexingProgress(indexing)}. Counts and links may grow.`);
}

/** Said on the card of a provisional entity (see core/index/provisional.ts). */
export const PROVISIONAL_NOTICE = 'New in this document: the rest of the workspace is still being linked, so this card shows this document only.';

/** The card: a header line, the links right under it (so a long card does not push them out of view), the rest. */
export function entityCard(index: CorpusIndex, e: Entity, alternatives: Entity[] = [], options: CardOptions = {}): string {
  const m = options.plain ? PLAIN : MARKDOWN;
  const header = e.kind === 'person' ? personHeader(e, m) : namedHeader(e, m);
  const body = e.kind === 'person' ? personBody(index, e, alternatives, m, options) : namedBody(index, e, m, options);
  const linkLine = links(index, e, m);
  const notices = [...(options.indexing ? [indexingNotice(options.indexing, m)] : []), ...(isProvisionalId(e.id) ? [m.em(PROVISIONAL_NOTICE)] : [])];
  return [header, ...[linkLine, ...notices].filter(Boolean).flatMap((line) => ['', line]), '', ...body].join('\n');
}
