// The Events view: a tree fed by `dossier/events` one level at a time, grouped by year and month (or by person or
// initiative), with each event's participants and sources as children. Its message says how it is grouped and
// filtered unless it is the default (all events by date), and why nothing is shown when nothing is; the description
// says the same where VS Code shows one (not in the view's own title when it is alone in its container). It
// refreshes when the server says the index changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { text as escape } from '../../server/src/features/markdown.js';
import { Requests, type EntitySummary, type EventNode, type EventsParams, type GroupNode } from './protocol.js';

type Item =
  | { type: 'group'; node: GroupNode; parent: string }
  | { type: 'event'; node: EventNode; parent: string }
  | { type: 'participant'; entity: EventNode['participants'][number]; parent: string }
  | { type: 'source'; source: EventNode['sources'][number]; date: string | null; parent: string };

const KIND_ICON: Record<string, string> = {
  talks: 'comment-discussion',
  meeting: 'organization',
  visit: 'globe',
  call: 'call-outgoing',
  signing: 'edit',
  'press conference': 'megaphone',
  forum: 'broadcast',
  summit: 'broadcast',
};

const ENTITY_ICON: Record<string, string> = { person: 'person', initiative: 'lightbulb', organization: 'organization' };
const GROUPING: Record<NonNullable<EventsParams['groupBy']>, string> = { date: 'By date', person: 'By person', initiative: 'By initiative' };

export class EventsView implements vscode.TreeDataProvider<Item> {
  private readonly changed = new vscode.EventEmitter<Item | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private params: EventsParams = { groupBy: 'date' };
  private filterName: string | null = null;
  view: vscode.TreeView<Item> | null = null;
  /** What the view says above an empty tree, if anything. */
  message: string | undefined;
  /** The grouping and filter, when they are not the default. */
  private settingsMessage: string | undefined;
  /** The workspace is read and has nothing to index: the welcome view says so. */
  private corpusEmpty = false;

  constructor(private readonly client: LanguageClient) {}

  /** The view this provider fills: its description and the toolbar's toggles follow the grouping and the filter. */
  attach(view: vscode.TreeView<Item>): void {
    this.view = view;
    this.showSettings();
  }

  private showSettings(): void {
    const groupBy = this.params.groupBy ?? 'date';
    if (this.view) this.view.description = [GROUPING[groupBy], this.filterName ? `Filtered: ${this.filterName}` : null].filter(Boolean).join(' · ');
    const settings = [groupBy === 'date' ? null : `Grouped ${GROUPING[groupBy].toLowerCase()}`, this.filterName ? `Only events involving ${this.filterName}` : null].filter(Boolean);
    this.settingsMessage = settings.length > 0 ? `${settings.join(' · ')}.` : undefined;
    void vscode.commands.executeCommand('setContext', 'dossier.eventsGroupBy', groupBy);
    void vscode.commands.executeCommand('setContext', 'dossier.eventsFiltered', this.filterName !== null);
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Whether the workspace, read to the end, has nothing to index: then the view shows its welcome instead of a tree. */
  showCorpusEmpty(empty: boolean): void {
    this.corpusEmpty = empty;
    void vscode.commands.executeCommand('setContext', 'dossier.corpusEmpty', empty);
  }

  groupBy(groupBy: NonNullable<EventsParams['groupBy']>): void {
    this.params = { ...this.params, groupBy };
    this.showSettings();
    this.refresh();
  }

  filter(entity: EntitySummary | null): void {
    this.params = { ...this.params, entity: entity?.id };
    this.filterName = entity?.name ?? null;
    this.showSettings();
    this.refresh();
  }

  get filteredBy(): string | null {
    return this.filterName;
  }

  async getChildren(item?: Item): Promise<Item[]> {
    if (!item) {
      const top = await this.level(undefined, '');
      if (top.length > 0) this.message = this.settingsMessage;
      else if (this.filterName) this.message = `No events involve ${this.filterName}.`;
      // VS Code shows a view's welcome only while the view has no message
      else this.message = this.corpusEmpty ? undefined : 'No events were found in the indexed documents.';
      if (this.view) this.view.message = this.message;
      return top;
    }
    const key = this.idOf(item);
    if (item.type === 'group') return this.level(item.node.id, key);
    if (item.type === 'event') {
      return [
        ...item.node.participants.map((entity) => ({ type: 'participant' as const, entity, parent: key })),
        ...item.node.sources.map((source) => ({ type: 'source' as const, source, date: item.node.date, parent: key })),
      ];
    }
    return [];
  }

  /** Asks for one level at a time: a large archive has tens of thousands of events, most never expanded. */
  private async level(within: string | undefined, parent: string): Promise<Item[]> {
    const nodes = await this.client.sendRequest<(GroupNode | EventNode)[]>(Requests.events, { ...this.params, lazy: true, within });
    return nodes.map((node) => (node.type === 'group' ? { type: 'group', node, parent } : { type: 'event', node, parent }));
  }

  private idOf(item: Item): string {
    switch (item.type) {
      case 'group':
        return `${item.parent}/${item.node.id}`;
      case 'event':
        return `${item.parent}/${item.node.id}`;
      case 'participant':
        return `${item.parent}/p:${item.entity.id}`;
      case 'source':
        return `${item.parent}/s:${item.source.uri}#${item.source.range.start.line}:${item.source.range.start.character}`;
    }
  }

  getTreeItem(item: Item): vscode.TreeItem {
    const t = new vscode.TreeItem('', vscode.TreeItemCollapsibleState.None);
    t.id = this.idOf(item);
    switch (item.type) {
      case 'group': {
        t.label = item.node.label;
        t.collapsibleState = item.parent === '' && item.node.label !== 'Undated' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        t.iconPath = new vscode.ThemeIcon(item.node.entityKind ? ENTITY_ICON[item.node.entityKind] : 'calendar');
        const n = item.node.count;
        t.description = `${n} ${n === 1 ? 'event' : 'events'}`;
        t.contextValue = 'group';
        break;
      }
      case 'event': {
        const e = item.node;
        t.label = `${e.date ?? 'undated'}  ${shortTitle(e)}`;
        t.description = [e.participants.map((p) => p.name).join(', '), e.place].filter(Boolean).join(' · ');
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escape(e.title)}**\n\n`);
        tip.appendMarkdown(`Kind: ${escape(e.kind)}${e.place ? ` · Place: ${escape(e.place)}` : ''}\n\n`);
        tip.appendMarkdown(`Participants: ${e.participants.map((p) => escape(p.name)).join(', ')}\n\n`);
        // an article that reports the event in several sentences is listed once
        const articles = [...new Set(e.sources.map((s) => s.uri))].map((uri) => e.sources.find((s) => s.uri === uri)!);
        tip.appendMarkdown(`Reported in: ${articles.map((s) => escape(s.title ?? fileName(s.uri))).join('; ')}`);
        t.tooltip = tip;
        t.iconPath = new vscode.ThemeIcon(KIND_ICON[e.kind] ?? 'circle-outline');
        t.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
        t.contextValue = 'event';
        break;
      }
      case 'participant': {
        const p = item.entity;
        t.label = p.name;
        t.iconPath = new vscode.ThemeIcon(ENTITY_ICON[p.kind ?? 'person']);
        t.description = 'participant';
        // their mention in this event's report; the first anywhere only when the report cannot be placed now
        t.command = p.location
          ? { command: 'dossier.openLocation', title: 'Open their mention in this report', arguments: [p.location.uri, p.location.range.start.line, p.location.range.start.character, p.location.range.end.line, p.location.range.end.character] }
          : { command: 'dossier.revealEntity', title: 'Reveal first mention', arguments: [p.id] };
        t.contextValue = 'participant';
        break;
      }
      case 'source': {
        const s = item.source;
        t.label = s.excerpt || s.title || fileName(s.uri);
        t.description = `${s.title ?? fileName(s.uri)} · ${fileName(s.uri)}:${s.range.start.line + 1}`;
        t.iconPath = new vscode.ThemeIcon('file-text');
        t.tooltip = new vscode.MarkdownString(`${escape(s.excerpt)}\n\n*${escape(s.title ?? fileName(s.uri))}*, ${escape(fileName(s.uri))} line ${s.range.start.line + 1}`);
        t.command = { command: 'dossier.openLocation', title: 'Open source', arguments: [s.uri, s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character] };
        t.contextValue = 'source';
        break;
      }
    }
    return t;
  }

  /** The hover card as a participant's tooltip, fetched when the tooltip is first shown. */
  async resolveTreeItem(t: vscode.TreeItem, item: Item): Promise<vscode.TreeItem> {
    if (item.type === 'participant') {
      const card = await this.client.sendRequest<string | null>('dossier/card', { entity: item.entity.id });
      if (card) t.tooltip = new vscode.MarkdownString(card);
    }
    return t;
  }
}

function shortTitle(e: EventNode): string {
  const kind = e.title.split(':')[0];
  return kind;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

