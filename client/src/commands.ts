// Dossier's commands. Every one works from the command palette (on the entity under the cursor) and from the
// links in hover cards and the Events view (with the entity or location as arguments).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type EntitySummary, type IndexCounts, type WireLocation } from './protocol.js';
import type { EventsView } from './eventsView.js';

async function entityUnderCursor(client: LanguageClient): Promise<EntitySummary | null> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return null;
  return client.sendRequest<EntitySummary | null>(Requests.entityAt, {
    textDocument: { uri: editor.document.uri.toString() },
    position: editor.selection.active,
  });
}

const mentionsText = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'mention' : 'mentions'}`;

async function pickEntity(client: LanguageClient, placeHolder: string): Promise<EntitySummary | null> {
  const all = await client.sendRequest<EntitySummary[]>(Requests.entities);
  const icon = { person: '$(person)', initiative: '$(lightbulb)', organization: '$(organization)' };
  const picked = await vscode.window.showQuickPick(
    all
      .sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0))
      .map((e) => ({ label: `${icon[e.kind]} ${e.name}`, description: `${e.kind} · ${mentionsText(e.mentions ?? 0)}`, entity: e })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.entity ?? null;
}

async function openAt(uri: string, line: number, character: number, endLine = line, endCharacter = character): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(line, character, endLine, endCharacter), preview: true });
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, events: EventsView): void {
  const toLocation = (l: WireLocation) => client.protocol2CodeConverter.asLocation(l);
  const register = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  register('dossier.showMentions', async (entityId?: string) => {
    const entity = entityId ? { id: entityId } : await entityUnderCursor(client);
    if (!entity) return vscode.window.showInformationMessage('Dossier: put the cursor on a person, initiative or organization to show its mentions.');
    const locations = (await client.sendRequest<WireLocation[]>(Requests.mentions, { entity: entity.id })).map(toLocation);
    if (locations.length === 0) return vscode.window.showInformationMessage('Dossier: no mentions found.');
    const editor = vscode.window.activeTextEditor;
    const anchor = editor ? { uri: editor.document.uri, position: editor.selection.active } : { uri: locations[0].uri, position: locations[0].range.start };
    if (!editor) await openAt(anchor.uri.toString(), anchor.position.line, anchor.position.character);
    return vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.position, locations);
  });

  register('dossier.openLocation', (uri: string, line: number, character: number, endLine?: number, endCharacter?: number) => openAt(uri, line, character, endLine, endCharacter));

  const revealFirstMention = async (entityId: string): Promise<boolean> => {
    const first = (await client.sendRequest<WireLocation[]>(Requests.mentions, { entity: entityId }))[0];
    if (first) await openAt(first.uri, first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character);
    return !!first;
  };
  register('dossier.revealEntity', (entityId: string) => revealFirstMention(entityId));

  const showEventsFor = async (entity: EntitySummary | null) => {
    if (!entity) return;
    events.filter(entity);
    await vscode.commands.executeCommand('dossier.events.focus');
  };
  register('dossier.showEvents', async (entityId?: string) => {
    if (entityId) {
      const all = await client.sendRequest<EntitySummary[]>(Requests.entities);
      return showEventsFor(all.find((e) => e.id === entityId) ?? null);
    }
    return showEventsFor((await entityUnderCursor(client)) ?? (await pickEntity(client, 'Show the events of…')));
  });
  register('dossier.filterEvents', async () => showEventsFor(await pickEntity(client, 'Show only the events of…')));
  register('dossier.changeEventsFilter', async () => showEventsFor(await pickEntity(client, 'Show only the events of…')));
  register('dossier.clearEventsFilter', () => events.filter(null));
  register('dossier.refreshEvents', () => events.refresh());
  register('dossier.groupEventsByDate', () => events.groupBy('date'));
  register('dossier.groupEventsByPerson', () => events.groupBy('person'));
  register('dossier.groupEventsByInitiative', () => events.groupBy('initiative'));

  // with no name under the cursor, the card of an entity picked from a list, shown at its first mention
  register('dossier.openEntityCard', async () => {
    if (await entityUnderCursor(client)) return vscode.commands.executeCommand('editor.action.showHover');
    const picked = await pickEntity(client, 'Open the card of…');
    if (picked && (await revealFirstMention(picked.id))) return vscode.commands.executeCommand('editor.action.showHover');
  });

  register('dossier.rebuildIndex', () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Dossier: rebuilding the index' }, async () => {
      const c = await client.sendRequest<IndexCounts>(Requests.rebuild);
      vscode.window.showInformationMessage(`Dossier: indexed ${c.documents} documents, ${c.people} people and ${c.events} events.`);
    }),
  );
}
