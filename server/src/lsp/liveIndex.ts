// The index as the editor sees it: per-document analyses kept up to date as files are read, edited, changed on disk
// or deleted, and a linked index rebuilt from them whenever something asks after a change. Edits are analysed after
// a short pause (a newer edit cancels the pending one), but any request flushes that document first, so an answer
// never lags behind the text it is asked about.
import { analyzeDocument } from '../core/analyzeDocument.js';
import { buildIndex, type CorpusIndex } from '../core/index/corpusIndex.js';
import { patchDocument } from '../core/index/patchDocument.js';
import type { DocAnalysis } from '../core/types.js';

export interface IndexCounts {
  documents: number;
  people: number;
  initiatives: number;
  organizations: number;
  events: number;
}

export interface LiveIndex {
  /** The up-to-date index: pending edits are analysed and links rebuilt first when needed. */
  current(): CorpusIndex;
  /** Schedules an analysis of the text after `delayMs`, replacing any pending one for the same document. */
  update(uri: string, text: string, delayMs: number): void;
  /** Analyses now and relinks shortly after. */
  set(uri: string, text: string): DocAnalysis;
  /**
   * Analyses now without relinking: for reading the workspace, where relinking after every batch would make the
   * load quadratic. A request still sees everything loaded so far, since `current()` relinks when needed.
   */
  load(uri: string, text: string, analysis?: DocAnalysis): DocAnalysis;
  remove(uri: string): void;
  has(uri: string): boolean;
  analysis(uri: string): DocAnalysis | undefined;
  uris(): string[];
  /** Called once per rebuilt index, after the rebuild. */
  onChanged(listener: (index: CorpusIndex) => void): void;
  /** Analyses everything pending and rebuilds links now, then notifies listeners. */
  flushAll(): CorpusIndex;
  /**
   * While the workspace is first read, requests get an index that may be a little old instead of relinking the
   * growing corpus for every request, which would make the load quadratic: a relink waits at least
   * LOADING_RELINK_MS, and at least four times as long as the last relink took, so linking never takes more than
   * a fifth of the load.
   */
  setLoading(loading: boolean): void;
  dispose(): void;
}

export function countsOf(index: CorpusIndex): IndexCounts {
  const kinds = { person: 0, initiative: 0, organization: 0 };
  for (const e of index.entities.values()) kinds[e.kind]++;
  return { documents: index.documents.size, people: kinds.person, initiatives: kinds.initiative, organizations: kinds.organization, events: index.events.length };
}

/** Up to this many changed documents are patched one by one; more, and a full relink is cheaper. */
const PATCH_LIMIT = 8;
const LOADING_RELINK_MS = 1000;

export function createLiveIndex(onAnalyzed: (a: DocAnalysis) => void = () => {}, relinkDelayMs = 15): LiveIndex {
  const analyses = new Map<string, DocAnalysis>();
  /** Documents analysed since the last link; null once something only a full relink can handle happened. */
  let changed: Set<string> | null = new Set();
  const pending = new Map<string, { text: string; timer: NodeJS.Timeout }>();
  const listeners: ((index: CorpusIndex) => void)[] = [];
  let index: CorpusIndex = buildIndex([]);
  let dirty = false;
  let relinkTimer: NodeJS.Timeout | null = null;
  let loading = false;
  let lastLink = 0;
  let lastLinkCost = 0;

  const analyzeInto = (uri: string, text: string, known?: DocAnalysis): DocAnalysis => {
    const a = known ?? analyzeDocument({ uri, text });
    analyses.set(uri, a);
    changed?.add(uri);
    dirty = true;
    onAnalyzed(a);
    return a;
  };

  const flushPending = () => {
    for (const [uri, p] of pending) {
      clearTimeout(p.timer);
      analyzeInto(uri, p.text);
    }
    pending.clear();
  };

  const relink = (): CorpusIndex => {
    if (relinkTimer) clearTimeout(relinkTimer);
    relinkTimer = null;
    if (!dirty) return index;
    dirty = false;
    const patched = changed !== null && changed.size <= PATCH_LIMIT && [...changed].every((uri) => patchDocument(index, analyses.get(uri)!));
    const started = Date.now();
    if (!patched) index = buildIndex(analyses.values());
    changed = new Set();
    lastLink = Date.now();
    lastLinkCost = lastLink - started;
    for (const l of listeners) l(index);
    return index;
  };

  const scheduleRelink = () => {
    if (!relinkTimer) relinkTimer = setTimeout(relink, relinkDelayMs);
  };

  return {
    current() {
      flushPending();
      if (loading && Date.now() - lastLink < Math.max(LOADING_RELINK_MS, 4 * lastLinkCost)) return index;
      return relink();
    },
    update(uri, text, delayMs) {
      const old = pending.get(uri);
      if (old) clearTimeout(old.timer);
      const timer = setTimeout(() => {
        pending.delete(uri);
        analyzeInto(uri, text);
        scheduleRelink();
      }, delayMs);
      pending.set(uri, { text, timer });
    },
    set(uri, text) {
      const p = pending.get(uri);
      if (p) {
        clearTimeout(p.timer);
        pending.delete(uri);
      }
      const a = analyzeInto(uri, text);
      scheduleRelink();
      return a;
    },
    load(uri, text, analysis) {
      return analyzeInto(uri, text, analysis);
    },
    remove(uri) {
      const p = pending.get(uri);
      if (p) clearTimeout(p.timer);
      pending.delete(uri);
      if (analyses.delete(uri)) {
        changed = null;
        dirty = true;
        scheduleRelink();
      }
    },
    has: (uri) => analyses.has(uri) || pending.has(uri),
    analysis: (uri) => analyses.get(uri),
    uris: () => [...analyses.keys()],
    onChanged(listener) {
      listeners.push(listener);
    },
    setLoading(value) {
      loading = value;
    },
    flushAll() {
      flushPending();
      changed = null;
      dirty = true;
      return relink();
    },
    dispose() {
      for (const p of pending.values()) clearTimeout(p.timer);
      pending.clear();
      if (relinkTimer) clearTimeout(relinkTimer);
    },
  };
}
