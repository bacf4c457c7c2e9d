// The one status-bar item of Dossier: how far indexing has come, then the index counts; after the server was
// restarted it says so until the restarted server has read the workspace. A click opens the Dossier view.
import * as vscode from 'vscode';
import type { IndexState } from './protocol.js';

export interface StatusBar {
  item: vscode.StatusBarItem;
  show(state: IndexState): void;
  /** The server stopped and the client is starting it again. */
  restarting(): void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function indexingText(state: IndexState): string {
  const i = state.indexing!;
  return i.total === null ? 'listing files' : `indexing ${i.done.toLocaleString('en-US')} of ${plural(i.total, 'file', 'files')}`;
}

export function createStatusBar(): StatusBar {
  const item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Dossier';
  item.command = 'workbench.view.extension.dossier';
  item.text = '$(sync~spin) Dossier: starting';
  item.tooltip = 'Dossier is starting its language server.';
  item.show();
  /** When the server was last restarted, until the restarted one is ready (and then in the tooltip). */
  let restartedAt: Date | null = null;
  const restartNote = () => (restartedAt ? ` The Dossier server stopped and was started again at ${restartedAt.toLocaleTimeString()}.` : '');
  return {
    item,
    show(c) {
      if (c.indexing) {
        item.text = `$(sync~spin) Dossier: ${restartedAt ? 'restarted, ' : ''}${indexingText(c)}`;
        item.tooltip = `Dossier is reading the workspace; cards and counts cover what is read so far.${restartNote()}`;
        return;
      }
      if (c.documents === 0) {
        item.text = '$(book) Dossier: no documents';
        item.tooltip = `No articles or notes matched the setting Dossier › Corpus: Include. Click to open the Dossier view.${restartNote()}`;
        return;
      }
      item.text = `$(book) Dossier: ${plural(c.documents, 'doc', 'docs')} · ${plural(c.people, 'person', 'people')} · ${plural(c.events, 'event', 'events')}`;
      item.tooltip =
        `${plural(c.documents, 'document', 'documents')}, ${plural(c.people, 'person', 'people')}, ${plural(c.initiatives, 'initiative', 'initiatives')}, ` +
        `${plural(c.organizations, 'organization', 'organizations')}, ${plural(c.events, 'event', 'events')}. Click to open the Events view.${restartNote()}`;
    },
    restarting() {
      restartedAt = new Date();
      item.text = '$(sync~spin) Dossier: restarting the server';
      item.tooltip = 'The Dossier server stopped unexpectedly; it is being started again and will read the workspace again.';
    },
  };
}
