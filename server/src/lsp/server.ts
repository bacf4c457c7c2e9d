// The thin protocol layer: it keeps the live index in step with the workspace and the editor, and answers each
// request by calling a feature with the index and a position. No feature logic lives here.
import {
  type Connection,
  type InitializeParams,
  type InitializeResult,
  CompletionItemKind,
  type CompletionList,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  SymbolKind,
  type DocumentSymbol,
  TextDocumentSyncKind,
  TextDocuments,
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localPath } from './fileUri.js';
import { overLimit } from './openLimit.js';
import path from 'node:path';
import { readOne } from '../core/load/walk.js';
import { type CorpusIndex, documentOf, entityById } from '../core/index/corpusIndex.js';
import type { DocAnalysis, EntityKind } from '../core/types.js';
import { offsetAt, rangeOf } from '../core/text/positions.js';
import { exportIndex } from '../core/index/exportJson.js';
import { openCache, type AnalysisCache } from '../core/cache/analysisCache.js';
import { hover } from '../features/hover.js';
import { definition, declaration } from '../features/definition.js';
import { documentHighlights, mentionsOf, referenceChunk, references } from '../features/references.js';
import { referencesNotice } from '../features/indexing.js';
import { documentSymbols, workspaceSymbols, type DocumentSymbolResult, type SymbolKind as FeatureSymbolKind } from '../features/symbols.js';
import { completionDocumentation, completions, MAX_COMPLETIONS, prefixAt } from '../features/completion.js';
import { eventsLevel, eventsTree, type EventsParams } from '../features/eventsTree.js';
import { semanticTokens, TOKEN_TYPES } from '../features/semanticTokens.js';
import { entityAt } from '../features/entityAt.js';
import { entityCard, type CardOptions } from '../features/cards.js';
import { createLiveIndex, countsOf } from './liveIndex.js';
import { createIndexStateReporter } from './indexState.js';
import { keepHeapTight, quietCollector } from './heapPolicy.js';
import { watchHeap } from './heapWatch.js';
import { loadWorkspace } from './loadWorkspace.js';
import { createAnalysisPool } from './analysisPool.js';
import { corpusMatcher, reachable } from './corpusFiles.js';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings.js';
import { mentionCount } from '../core/link/mentionList.js';
import { analyzeDocument } from '../core/analyzeDocument.js';

export const EDIT_DEBOUNCE_MS = 150;
/** Mentions per partial result of find-references: about 150 KB of JSON, a few milliseconds of work. */
const REFERENCE_CHUNK = 1000;

/**
 * LSP has no kinds for people or institutions; these are the ones whose icons read least like code (VS Code draws
 * Object, Namespace, Module and Package all as "{ }"): a person as a key figure (a text icon), an initiative or
 * agreement as a document, an organization as a structure, and headings as strings, as VS Code's Markdown outline does.
 */
const SYMBOL_KIND: Record<FeatureSymbolKind, SymbolKind> = {
  person: SymbolKind.Key,
  initiative: SymbolKind.File,
  organization: SymbolKind.Struct,
  event: SymbolKind.Event,
  heading: SymbolKind.String,
};
const COMPLETION_KIND: Record<EntityKind, CompletionItemKind> = {
  person: CompletionItemKind.Reference,
  initiative: CompletionItemKind.Interface,
  organization: CompletionItemKind.Module,
};

function toDocumentSymbol(s: DocumentSymbolResult): DocumentSymbol {
  const children = s.children?.map(toDocumentSymbol);
  return { name: s.name, detail: s.detail, kind: SYMBOL_KIND[s.kind], range: s.range, selectionRange: s.selectionRange, ...(children ? { children } : {}) };
}

/**
 * Whether the editor runs the `command:` links of Dossier's cards and renders their Markdown: VS Code and its builds
 * do (the Dossier extension registers the commands); Neovim and other editors that name themselves show the links
 * and escapes as text. A client that gives no name gets the Markdown cards.
 */
export function runsCardLinks(clientName: string | undefined): boolean {
  return clientName === undefined || /^(Visual Studio Code|Code - OSS|code-server|VSCodium)\b/i.test(clientName);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  let canRegisterWatchers = false;
  let canConfigure = false;
  let hasFolderEvents = false;
  let loadGeneration = 0;
  let cacheDir: string | null = null;
  /** Cache writes after a load; shutdown waits for them so the next start is warm. */
  let persisting: Promise<void> = Promise.resolve();
  let cache: Promise<AnalysisCache | null> | null = null;
  const diagnosed = new Set<string>();
  /** Documents the analyzer failed on, so the output tells of a failure once, not at every keystroke. */
  const failing = new Set<string>();

  const reportFailure = (a: DocAnalysis) => {
    if (!a.failure) return void failing.delete(a.uri);
    if (failing.has(a.uri)) return;
    failing.add(a.uri);
    const file = localPath(a.uri) ?? a.uri;
    connection.console.error(`${file}: Dossier could not analyse this document (${a.failure}); it is indexed without its people, names and events, and the rest of the workspace is indexed.`);
  };

  const publishDiagnostics = (a: DocAnalysis) => {
    reportFailure(a);
    if (a.diagnostics.length === 0 && !diagnosed.has(a.uri)) return;
    if (a.diagnostics.length > 0) diagnosed.add(a.uri);
    else diagnosed.delete(a.uri);
    connection.sendDiagnostics({
      uri: a.uri,
      diagnostics: a.diagnostics.map((d) => ({
        range: rangeOf(a.lineStarts, d.span),
        severity: d.severity === 'error' ? DiagnosticSeverity.Error : d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
        source: 'dossier',
        message: d.message,
      })),
    });
  };

  const live = createLiveIndex(publishDiagnostics, undefined, undefined, { onProblem: (message) => connection.console.error(message) });
  const heap = quietCollector();
  /** The index the last full link built: a new one means the one before it is garbage. */
  let linkedIndex: CorpusIndex | null = null;
  // Changes read from disk are applied in order, and requests wait for them, so an answer never misses a file the
  // client already reported. The first workspace load is not part of this: requests answer from what is known.
  let diskWork: Promise<void> = Promise.resolve();
  const onDisk = (work: () => Promise<void>) => {
    diskWork = diskWork.then(work).catch((err) => connection.console.error(`Dossier could not apply a file change: ${String(err)}`));
  };
  // every request passes here, so here is where the server knows it is not quiet
  const settled = <T>(answer: () => T | Promise<T>): Promise<T> => {
    heap.busy();
    return diskWork.then(answer);
  };
  let canRefreshTokens = false;
  /** The client shows the index's state from `dossier/indexChanged` itself, so a work-done progress would show it twice. */
  let clientShowsState = false;
  /** Cards without links or Markdown, for an editor that cannot run Dossier's commands (see `runsCardLinks`). */
  let plainCards = false;
  /** The editor outlines a Markdown note's headings itself (VS Code's Markdown extension does): a note's symbols leave them out. */
  let clientOutlinesHeadings = false;
  const state = createIndexStateReporter((s) => void connection.sendNotification('dossier/indexChanged', s));
  live.onChanged((index) => {
    if (index !== linkedIndex) heap.due();
    linkedIndex = index;
    state.counts(countsOf(index));
    // names resolved since the editor last asked must be coloured too
    if (canRefreshTokens) connection.languages.semanticTokens.refresh();
  });

  /** A note's text for its card: the editor's when it is open, else the file's (a note is small), by the corpus's rules. */
  const readText = (uri: string): string | undefined => {
    const open = documents.get(uri);
    if (open) return open.getText();
    const file = localPath(uri);
    if (!file || !inCorpus(uri)) return undefined;
    return readOne(file, settings.maxFileSizeKB * 1024).source?.text;
  };
  const cardOptions = (): CardOptions => ({ indexing: state.state().indexing, plain: plainCards, readText });
  /** Find-references from an unfinished index is short, and a list of locations has no room to say so: a message does. */
  const sayIfStillIndexing = () => {
    const notice = referencesNotice(state.state().indexing);
    if (notice) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: notice });
  };

  /** The index, current for this document, and the offset of a position in it. */
  const at = (uri: string, position: { line: number; character: number }): { index: CorpusIndex; offset: number; text?: string } => {
    const index = live.current();
    const open = documents.get(uri);
    if (open) return { index, offset: open.offsetAt(position), text: open.getText() };
    const a = documentOf(index, uri);
    return { index, offset: a ? offsetAt(a.lineStarts, a.length, position) : -1 };
  };

  const inCorpus = (uri: string): boolean => {
    const file = localPath(uri);
    if (file === null) return false;
    const matches = corpusMatcher(settings);
    return folders.some((f) => {
      const rel = path.relative(f, file);
      return !rel.startsWith('..') && !path.isAbsolute(rel) && matches(rel.split(path.sep).join('/')) && reachable(f, file, settings.followSymlinks);
    });
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => localPath(f.uri)).filter((f): f is string => f !== null);
    const root = params.rootUri ? localPath(params.rootUri) : null;
    if (folders.length === 0 && root) folders = [root];
    canRegisterWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canConfigure = !!params.capabilities.workspace?.configuration;
    hasFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    canRefreshTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    settings = readSettings(params.initializationOptions?.settings);
    cacheDir = typeof params.initializationOptions?.cacheDir === 'string' ? params.initializationOptions.cacheDir : null;
    clientShowsState = params.initializationOptions?.showsIndexState === true;
    clientOutlinesHeadings = params.initializationOptions?.outlinesHeadings === true;
    plainCards = !runsCardLinks(params.clientInfo?.name) || !(params.capabilities.textDocument?.hover?.contentFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        declarationProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { resolveProvider: true },
        semanticTokensProvider: { legend: { tokenTypes: TOKEN_TYPES, tokenModifiers: [] }, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dossier', version: '0.1.0' },
    };
  });

  /** A problem the user should see, not only the output: a cache that cannot be written makes every start cold. */
  const warnUser = (message: string) => {
    connection.console.warn(message);
    // a notification, not showWarningMessage's request: nothing waits for the user to close it
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  };

  const stopHeapWatch = watchHeap(warnUser);

  const reindex = async () => {
    const generation = ++loadGeneration;
    let progress: WorkDoneProgressServerReporter | null = null;
    state.progress({ done: 0, total: null });
    try {
      progress = clientShowsState ? null : await connection.window.createWorkDoneProgress();
    } catch {
      progress = null;
    }
    cache ??= cacheDir
      ? openCache(cacheDir, { onProblem: warnUser }).catch((err) => {
          connection.console.warn(`Dossier cannot use its cache folder ${cacheDir} (${(err as Error).message}); indexing without it.`);
          return null;
        })
      : Promise.resolve(null);
    const store = await cache;
    const hitsBefore = store?.stats.hits ?? 0;
    const known = new Set(live.uris());
    live.setLoading(true);
    const loading = loadWorkspace(folders, settings, live, {
      begin: (total) => {
        state.progress({ done: 0, total });
        progress?.begin('Dossier: indexing', 0, `0/${total} files`, true);
      },
      progress: (done, total) => {
        state.progress({ done, total });
        progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`);
      },
      problem: (file, message) => connection.console.warn(`${file}: ${message}`),
      note: (message) => connection.console.info(message),
      end: () => progress?.report(100, 'linking the documents'),
    }, {
      isCancelled: () => generation !== loadGeneration || !!progress?.token.isCancellationRequested,
      isOpen: (uri) => !!documents.get(uri),
      cache: store,
      pool: () => createAnalysisPool(),
    });
    // whatever went wrong, the progress ends and requests stop waiting for the load
    const outcome = await loading.catch((err: unknown) => {
      connection.console.error(`Dossier could not finish reading the workspace: ${String(err)}`);
      return null;
    });
    live.setLoading(false);
    keepHeapTight();
    if (!outcome || generation !== loadGeneration) {
      // a load that failed has said why in the output: what it read is all there is until the next change
      if (generation === loadGeneration) state.ready(countsOf(live.current()));
      return progress?.done();
    }
    const { uris: loaded, persist } = outcome;
    const keep = new Set(loaded);
    for (const uri of known) if (!keep.has(uri) && !documents.get(uri)) live.remove(uri);
    // The last link runs in slices like any relink, so requests are answered meanwhile from the index as the load
    // left it; run whole, it held every request for up to 9.7 s at the end of a warm start at 100,000 articles.
    // a link that fails has said why in the output; the analyses are still right for their texts
    const index = await live.linked().catch(() => null);
    progress?.done();
    // an empty workspace never relinks, so the client learns from this that there is nothing to index
    if (generation === loadGeneration) state.ready(countsOf(index ?? live.current()));
    // the new analyses are right for their texts even if another load has started since
    persisting = persist().catch((err) => connection.console.warn(`Dossier could not write its cache: ${String(err)}`));
    if (!index || generation !== loadGeneration) return;
    const c = countsOf(index);
    const fromCache = store ? ` (${store.stats.hits - hitsBefore} analyses from the cache)` : '';
    connection.console.info(`Dossier indexed ${c.documents} documents${fromCache}: ${c.people} people, ${c.initiatives + c.organizations} initiatives and organizations, ${c.events} events.`);
    setTimeout(warmUpAnalyzer, 0);
  };

  /**
   * After a start from the cache, or one whose analyses all ran in workers, the first edit would load the language
   * model and build the vocabularies on this thread: about 130 ms on the first keystroke (the edit bench's outlier).
   * Analysing a short text once the index is ready does it while nothing waits.
   */
  let analyzerWarm = false;
  const warmUpAnalyzer = () => {
    if (analyzerWarm) return;
    analyzerWarm = true;
    analyzeDocument({ uri: 'untitled:dossier-warm-up', text: 'Warm-up\n\nThe foreign minister met officials in Geneva on Monday. Talks went on.' });
  };

  connection.onInitialized(async () => {
    if (hasFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const removed = new Set(e.removed.map((f) => localPath(f.uri)));
        const added = e.added.map((f) => localPath(f.uri)).filter((f): f is string => f !== null);
        folders = [...folders.filter((f) => !removed.has(f)), ...added];
        await reindex();
      });
    }
    if (canRegisterWatchers) {
      // the extension in any case, as the listing matches it ('UPPER.MD')
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{[mM][dD],[mM][aA][rR][kK][dD][oO][wW][nN],[tT][xX][tT]}' }] });
    }
    if (canConfigure) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'dossier' });
      settings = readSettings(await connection.workspace.getConfiguration('dossier'));
    }
    await reindex();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const next = canConfigure ? await connection.workspace.getConfiguration('dossier') : (change.settings as { dossier?: unknown })?.dossier;
    settings = readSettings(next);
    // a new limit applies to the open documents too
    for (const d of documents.all()) if (admit(d.uri, d.getText())) live.set(d.uri, d.getText());
    await reindex();
  });


  /** Open documents over the size limit: they have been told so, and are out of the index. */
  const tooLarge = new Set<string>();
  /** Whether an open document's text is within the size limit; one over it leaves the index, with a diagnostic why. */
  const admit = (uri: string, text: string): boolean => {
    const problem = overLimit(text, settings.maxFileSizeKB);
    if (!problem) {
      tooLarge.delete(uri);
      return true;
    }
    live.remove(uri);
    if (tooLarge.has(uri)) return false;
    tooLarge.add(uri);
    diagnosed.add(uri);
    const start = { line: 0, character: 0 };
    connection.sendDiagnostics({ uri, diagnostics: [{ range: { start, end: start }, severity: DiagnosticSeverity.Warning, source: 'dossier', message: problem }] });
    return false;
  };

  documents.onDidOpen((e) => {
    if (admit(e.document.uri, e.document.getText())) live.set(e.document.uri, e.document.getText());
  });
  documents.onDidChangeContent((e) => {
    heap.busy();
    if (admit(e.document.uri, e.document.getText())) live.update(e.document.uri, e.document.getText(), EDIT_DEBOUNCE_MS);
  });
  documents.onDidClose((e) =>
    onDisk(async () => {
      const uri = e.document.uri;
      // what the disk holds is read, and reported, by the rule for files
      if (tooLarge.delete(uri)) {
        diagnosed.delete(uri);
        connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      if (!inCorpus(uri)) return live.remove(uri);
      const r = readOne(localPath(uri)!, settings.maxFileSizeKB * 1024);
      if (r.source) live.set(uri, r.source.text);
      else live.remove(uri);
    }),
  );

  connection.onDidChangeWatchedFiles(({ changes }) => onDisk(() => applyDiskChanges(changes)));

  const applyDiskChanges = async (changes: { uri: string; type: FileChangeType }[]) => {
    for (const change of changes) {
      if (documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        live.remove(change.uri);
        continue;
      }
      if (!inCorpus(change.uri)) continue;
      const r = readOne(localPath(change.uri)!, settings.maxFileSizeKB * 1024);
      if (r.source) live.set(change.uri, r.source.text);
      else {
        live.remove(change.uri);
        if (r.problem) connection.console.warn(`${change.uri}: ${r.problem}`);
      }
    }
  };

  connection.onHover(({ textDocument, position }) =>
    settled(() => {
      const { index, offset, text } = at(textDocument.uri, position);
      const h = hover(index, textDocument.uri, offset, text, cardOptions());
      return h ? { contents: { kind: plainCards ? MarkupKind.PlainText : MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
    }),
  );

  connection.onDefinition(({ textDocument, position }) =>
    settled(() => {
      const { index, offset } = at(textDocument.uri, position);
      return definition(index, textDocument.uri, offset);
    }),
  );

  connection.onDeclaration(({ textDocument, position }) =>
    settled(() => {
      const { index, offset } = at(textDocument.uri, position);
      return declaration(index, textDocument.uri, offset);
    }),
  );

  connection.onReferences(({ textDocument, position, context }, token, _work, partial) =>
    settled(async () => {
      const { index, offset } = at(textDocument.uri, position);
      sayIfStillIndexing();
      if (!partial) return references(index, textDocument.uri, offset, context.includeDeclaration);
      // a client that takes partial results gets the first documents at once, and other requests are answered
      // between chunks, however many thousand mentions the entity has
      const id = entityAt(index, textDocument.uri, offset)?.entity.id;
      let after: string | null = null;
      for (let chunk; id && !token.isCancellationRequested && (chunk = referenceChunk(live.current(), id, after, context.includeDeclaration, REFERENCE_CHUNK)); ) {
        partial.report(chunk.locations);
        after = chunk.through;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return [];
    }),
  );

  connection.onDocumentHighlight(({ textDocument, position }) =>
    settled(() => {
      const { index, offset } = at(textDocument.uri, position);
      return documentHighlights(index, textDocument.uri, offset).map((range) => ({ range }));
    }),
  );

  connection.onDocumentSymbol(({ textDocument }) =>
    settled(() => {
      // without the note's text the symbols are the entities and events alone, in document order
      const noteText = clientOutlinesHeadings ? undefined : documents.get(textDocument.uri)?.getText();
      return documentSymbols(live.current(), textDocument.uri, noteText).map(toDocumentSymbol);
    }),
  );

  connection.onWorkspaceSymbol(({ query }) =>
    settled(() =>
      workspaceSymbols(live.current(), query).map((s) => ({ name: s.name, kind: SYMBOL_KIND[s.kind], containerName: s.detail || undefined, location: s.location })),
    ),
  );

  connection.onCompletion(({ textDocument, position }) =>
    settled((): CompletionList => {
      const { index, offset, text } = at(textDocument.uri, position);
      const prefix = text ? prefixAt(text, offset) : '';
      const items = completions(index, prefix).map((c) => ({ label: c.label, kind: COMPLETION_KIND[c.kind], detail: c.detail, insertText: c.insertText, data: { entityId: c.entityId } }));
      // a list cut short may lack what the next keystroke asks for, so the client asks again as the user types on
      return { isIncomplete: items.length >= MAX_COMPLETIONS, items };
    }),
  );

  connection.onCompletionResolve((item) =>
    settled(() => {
      const id = (item.data as { entityId?: string } | undefined)?.entityId;
      const doc = id ? completionDocumentation(live.current(), id, cardOptions()) : null;
      return doc ? { ...item, documentation: { kind: plainCards ? MarkupKind.PlainText : MarkupKind.Markdown, value: doc } } : item;
    }),
  );

  connection.languages.semanticTokens.on(({ textDocument }) => settled(() => ({ data: semanticTokens(live.current(), textDocument.uri) })));

  connection.onRequest('dossier/entityAt', (params: { textDocument: { uri: string }; position: { line: number; character: number } }) =>
    settled(() => {
      const { index, offset, text } = at(params.textDocument.uri, params.position);
      const hit = entityAt(index, params.textDocument.uri, offset, text);
      return hit ? { id: hit.entity.id, name: hit.entity.name, kind: hit.entity.kind } : null;
    }),
  );
  connection.onRequest('dossier/card', (params: { entity: string }) =>
    settled(() => {
      const index = live.current();
      const e = entityById(index, params.entity);
      return e ? entityCard(index, e, [], cardOptions()) : null;
    }),
  );
  connection.onRequest('dossier/events', (params: EventsParams) =>
    settled(() => (params?.lazy ? eventsLevel(live.current(), params) : eventsTree(live.current(), params ?? {}))),
  );
  connection.onRequest('dossier/mentions', (params: { entity: string }) => settled(() => mentionsOf(live.current(), params.entity)));
  connection.onRequest('dossier/entities', () =>
    settled(async () => [...(await live.linked()).entities.values()].map((e) => ({ id: e.id, name: e.name, kind: e.kind, mentions: mentionCount(e.mentions) }))),
  );
  connection.onRequest('dossier/status', () => settled(async () => countsOf(await live.linked())));
  // what the last `dossier/indexChanged` said, at once: for a client that starts listening late
  connection.onRequest('dossier/state', () => state.state());
  connection.onRequest('dossier/export', () => settled(async () => exportIndex(await live.linked())));
  // for load tests: the heap after a full collection when the server runs with --expose-gc
  connection.onRequest('dossier/memory', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed };
  });
  connection.onRequest('dossier/pid', () => process.pid);
  connection.onRequest('dossier/rebuild', async () => {
    await reindex();
    return countsOf(live.current());
  });

  connection.onShutdown(async () => {
    stopHeapWatch();
    live.dispose();
    state.dispose();
    heap.dispose();
    await persisting;
  });
  documents.listen(connection);
  connection.listen();
}
