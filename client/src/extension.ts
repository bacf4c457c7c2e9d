// The VS Code extension: starts the Dossier language server and shows what it knows (hover cards with Dossier's
// command links, the Events view, the status-bar counts).
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOSSIER_COMMANDS } from '../../server/src/features/markdown.js';
import { EventsView } from './eventsView.js';
import { registerCommands } from './commands.js';
import { registerArticleLanguage } from './articleLanguage.js';
import { createStatusBar, type StatusBar } from './statusBar.js';
import { IndexChanged, Requests, type IndexState } from './protocol.js';
import { editorOutlinesHeadings, registerOutline } from './outline.js';

let client: LanguageClient | null = null;

/** Cards link only to Dossier's own commands, and only those may run from them. */
function trust(content: vscode.MarkdownString | vscode.MarkedString): void {
  if (content instanceof vscode.MarkdownString) {
    content.isTrusted = { enabledCommands: [...DOSSIER_COMMANDS] };
    content.supportHtml = false;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; events: EventsView; status: StatusBar }> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = ['markdown', 'plaintext', 'news-article'];
  const documentSelector = [...languages.map((language) => ({ scheme: 'file', language })), { scheme: 'untitled', language: 'markdown' }];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannelName: 'Dossier',
    // the server keeps its analyses here, so the next start (or a restart after a crash) is warm; the status bar
    // shows how far indexing has come, so the server sends no work-done progress to show it a second time; VS Code's
    // Markdown outline has a note's headings, so the server's symbols leave them out
    initializationOptions: { cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath, showsIndexState: true, outlinesHeadings: editorOutlinesHeadings() },
    middleware: {
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        hover?.contents.forEach(trust);
        return hover;
      },
      // the outline comes from outline.ts, which VS Code ranks after its Markdown outline; this one would rank before it
      provideDocumentSymbols: () => undefined,
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
  events.attach(view);
  const status = createStatusBar();
  context.subscriptions.push(view, status.item);
  const outline = registerOutline(client, documentSelector);
  context.subscriptions.push(outline);
  registerCommands(context, client, events);
  registerArticleLanguage(context);

  let shownIndex = '';
  let outlineWhole = false;
  const showState = (state: IndexState) => {
    status.show(state);
    // the welcome view is for a workspace read to the end with nothing in it, not for one still being read
    events.showCorpusEmpty(state.indexing === null && state.documents === 0);
    // progress alone comes several times a second during a long load: the tree is asked again only for a new index
    const { indexing: _progress, ...counts } = state;
    if (JSON.stringify(counts) !== shownIndex || state.indexing === null) events.refresh();
    // a note's outline read during the load lacks the names linking resolved since: once the index is whole, ask again
    if (state.indexing === null && (JSON.stringify(counts) !== shownIndex || !outlineWhole)) outline.refresh();
    outlineWhole = state.indexing === null;
    shownIndex = JSON.stringify(counts);
  };
  // registered before the start, so no state the server sends early is missed (the client keeps it across restarts)
  context.subscriptions.push(client.onNotification(IndexChanged, showState));
  let wasRunning = false;
  context.subscriptions.push(
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting && wasRunning) status.restarting();
      if (newState === State.Running) wasRunning = true;
    }),
  );
  await client.start();
  // the state as the server has it now, in case it changed before the handler was listening
  showState(await client.sendRequest<IndexState>(Requests.state));
  return { client, events, status };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = null;
}
