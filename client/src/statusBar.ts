// The status-bar item: the index counts once indexing is done; a click opens the Dossier view.
import * as vscode from 'vscode';
import type { IndexCounts } from './protocol.js';

export function createStatusBar(): { item: vscode.StatusBarItem; show(counts: IndexCounts): void } {
  const item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Dossier';
  item.command = 'workbench.view.extension.dossier';
  item.text = '$(book) Dossier: indexing…';
  item.tooltip = 'Dossier is reading the workspace';
  item.show();
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    item,
    show(c) {
      item.text = `$(book) Dossier: ${plural(c.documents, 'doc', 'docs')} · ${plural(c.people, 'person', 'people')} · ${plural(c.events, 'event', 'events')}`;
      item.tooltip = `${plural(c.documents, 'document', 'documents')}, ${plural(c.people, 'person', 'people')}, ${c.initiatives} initiatives, ${c.organizations} organizations, ${plural(c.events, 'event', 'events')}. Click to open the Events view.`;
    },
  };
}
