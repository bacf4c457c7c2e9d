// The VS Code extension: starts the Dossier language server and shows what it knows (hover cards with Dossier's
// command links, the Events view, the status-bar counts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOSSIER_COMMANDS } from '../../server/src/features/markdown.js';
import { EventsView } from './eventsView.js';
import { registerCommands } from './commands.js';
import { registerArticleLanguage } from './articleLanguage.js';
import { createStatusBar } from './statusBar.js';
import { IndexChanged, type IndexCounts } from './protocol.js';

let client: LanguageClient | null = null;

/** Cards link only to Dossier's own commands, and only those may run from them. */
function trust(content: vscode.MarkdownString | vscode.MarkedString): void {
  if (content instanceof vscode.MarkdownString) {
    content.isTrusted = { enabledCommands: [...DOSSIER_COMMANDS] };
    content.supportHtml = false;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; events: EventsView }> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = ['markdown', 'plaintext', 'news-article'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...languages.map((language) => ({ scheme: 'file', language })), { scheme: 'untitled', language: 'markdown' }],
    outputChannelName: 'Dossier',
    // the server keeps its analyses here, so the next start (or a restart after a crash) is warm
    initializationOptions: { cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath },
    middleware: {
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        hover?.contents.forEach(trust);
        return hover;
      },
      resolveCompletionItem: async (item, token, next) => {
        const resolved = await next(item, token);
        if (resolved?.documentation instanceof vscode.MarkdownString) trust(resolved.documentation);
        return resolved;
      },
    },
  };
  client = new LanguageClient('dossier', 'Dossier', serverOptions, clientOptions);

  const events = new EventsView(client);
  const view = vscode.window.createTreeView('dossier.events', { treeDataProvider: events, showCollapseAll: true });
  events.view = view;
  const status = createStatusBar();
  context.subscriptions.push(view, status.item);
  registerCommands(context, client, events);
  registerArticleLanguage(context);

  await client.start();
  context.subscriptions.push(
    client.onNotification(IndexChanged, (counts: IndexCounts) => {
      status.show(counts);
      void vscode.commands.executeCommand('setContext', 'dossier.corpusEmpty', counts.documents === 0);
      events.refresh();
    }),
  );
  return { client, events };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = null;
}
