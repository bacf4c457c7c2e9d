// The index as the editor sees it: per-document analyses kept up to date as files are read, edited, changed on disk
// or deleted, and a linked index rebuilt from them whenever something asks after a change. Edits are analysed after
// a short pause (a newer edit cancels the pending one), but any request flushes that document first, so an answer
// never lags behind the text it is asked about. A change only a full relink can handle (someone new named) relinks
// in short slices between requests; until it lands, requests see the previous index, where a changed document
// shows the names that index already knows at their new positions and someone new as a provisional entity from that
// document alone, and never positions from an older text. A document the analyzer fails on is indexed empty with a
// diagnostic, and a relink that throws answers its waiters with the error and is tried again after the next change.
import { analyzeDocument, analyzeOrReport, type Analyzer } from '../core/analyzeDocument.js';
import { buildIndex, buildIndexSteps, type CorpusIndex, type Provisional, type ProvisionalViews } from '../core/index/corpusIndex.js';
import { provisionalView } from '../core/index/provisional.js';
import { patchDocument } from '../core/index/patchDocument.js';
import { runFor, type Steps } from '../core/link/steps.js';
import type { DocAnalysis } from '../core/types.js';
import { cacheKey } from '../core/cache/analysisCache.js';

export interface IndexCounts {
  documents: number;
  people: number;
  initiatives: number;
  organizations: number;
  events: number;
}

export interface LiveIndex {
  /**
   * The index for a request: pending edits are analysed and patched in, or a relink starts. A relink that does not
   * finish within a short first slice goes on in the background, and meanwhile this is the previous index, with the
   * documents changed since showing only their provisional mentions (see core/index/provisional.ts).
   */
  current(): CorpusIndex;
  /**
   * The exact index once every change is linked: for answers about the whole corpus (export, counts). Rejected when
   * the relink fails, and until the next change, since there is then no exact index to give.
   */
  linked(): Promise<CorpusIndex>;
  /**
   * Schedules an analysis of the text after `delayMs`, replacing any pending one for the same document. The text
   * the index holds already is no change (the server is told of an opened document as of an edit, too).
   */
  update(uri: string, text: string, delayMs: number): void;
  /** Analyses now and relinks shortly after. */
  set(uri: string, text: string): DocAnalysis;
  /**
   * Analyses now without relinking: for reading the workspace, where relinking after every batch would make the
   * load quadratic. A request still sees everything loaded so far, since `current()` relinks when needed. A text
   * read before `readAt` (a `mark()`) is dropped, and null returned, when its document was set, edited or removed
   * since: that change is newer than what the loader read.
   */
  load(uri: string, text: string, analysis?: DocAnalysis, readAt?: number): DocAnalysis | null;
  /** A mark in the sequence of changes, taken before a file is read for `load`. */
  mark(): number;
  remove(uri: string): void;
  has(uri: string): boolean;
  analysis(uri: string): DocAnalysis | undefined;
  uris(): string[];
  /** Called once per rebuilt index, after the rebuild. */
  onChanged(listener: (index: CorpusIndex) => void): void;
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

export interface RelinkSlices {
  /** A relink runs to the end on the request when the last full one took less than this. */
  wholeBelowMs: number;
  /** Otherwise, how long it may run on the request that started it before it goes on in the background. */
  firstMs: number;
  /** How long each background slice runs before requests get their turn. */
  sliceMs: number;
}

/**
 * A small corpus relinks on the request, so its requests always see the exact index. Slices are short because a
 * request passes through several setImmediate hops in vscode-jsonrpc, each waiting out one slice: at 10,000
 * articles, 15 ms slices gave other requests 65–80 ms of latency, 5 ms slices 25–35 ms. The request that starts a
 * longer relink runs one slice of it, no more: a relink that could finish quickly runs whole anyway, so a longer
 * first slice only delays that request's answer (by 15 ms at 100,000 articles with the 20 ms it had before).
 */
const SLICES: RelinkSlices = { wholeBelowMs: 100, firstMs: 5, sliceMs: 5 };

interface RelinkJob {
  steps: Steps<CorpusIndex>;
  /** The change counter when the job took its snapshot: later changes are not in its result. */
  seq: number;
  /** Milliseconds spent in its slices so far. */
  cost: number;
}

export interface LiveIndexOptions {
  /** The per-document analysis, `analyzeDocument` unless a test passes one that fails on some documents. */
  analyze?: Analyzer;
  /** A line for the output: a relink failed. */
  onProblem?: (message: string) => void;
}

export function createLiveIndex(
  onAnalyzed: (a: DocAnalysis) => void = () => {},
  relinkDelayMs = 15,
  slices: RelinkSlices = SLICES,
  options: LiveIndexOptions = {},
): LiveIndex {
  const analyze = options.analyze ?? analyzeDocument;
  const onProblem = options.onProblem ?? (() => {});
  const analyses = new Map<string, DocAnalysis>();
  /** A hash of the text each analysis was made from, so that opening a document unchanged changes nothing. */
  const textHashes = new Map<string, string>();
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
  /**
   * What the last full link cost per document: the next one is judged by it at the corpus's new size. Before any,
   * 0.1 ms, about what it measured at 10,000 and 100,000 articles, so the first load's last link is sliced too.
   */
  let lastFullLinkMsPerDoc = 0.1;
  /** Documents whose text the index does not reflect yet, with the change counter when they changed. */
  const stale = new Map<string, number>();
  let seq = 0;
  let job: RelinkJob | null = null;
  let jobTimer: NodeJS.Immediate | null = null;
  /** `visible()`'s last answer: it changes only with the index or the number of stale documents. */
  let view: { of: CorpusIndex; hiding: number; index: CorpusIndex } | null = null;
  let waiters: { resolve: (index: CorpusIndex) => void; reject: (err: Error) => void }[] = [];
  /** Why the last relink failed, until a change gives the next one something new to link. */
  let failure: Error | null = null;
  /** When each document was last set, edited or removed, on the `clock` of those changes, for `load`'s `readAt`. */
  const changedAt = new Map<string, number>();
  let clock = 0;
  const changedNow = (uri: string) => changedAt.set(uri, ++clock);

  const touch = (uri: string) => {
    stale.set(uri, ++seq);
    dirty = true;
    failure = null;
  };

  const analyzeInto = (uri: string, text: string, known?: DocAnalysis): DocAnalysis => {
    const a = known ?? analyzeOrReport({ uri, text }, analyze);
    analyses.set(uri, a);
    textHashes.set(uri, cacheKey(uri, text));
    changed?.add(uri);
    touch(uri);
    onAnalyzed(a);
    return a;
  };

  /** Stale documents' provisional answers against `linked`, worked out once per analysis of each. */
  const provisionalAgainst = (linked: CorpusIndex): ProvisionalViews => {
    const made = new Map<string, Provisional>();
    const of = (uri: string) => {
      const analysis = analyses.get(uri);
      if (!analysis) return undefined;
      let p = made.get(uri);
      if (p?.analysis !== analysis) made.set(uri, (p = provisionalView(linked, analysis)));
      return p;
    };
    const entity = (id: string) => {
      for (const uri of made.keys()) {
        const e = of(uri)?.entities.get(id);
        if (e) return e;
      }
      return undefined;
    };
    return { of, entity };
  };

  /** The index with the linked mentions of stale documents withheld, and their provisional ones shown instead. */
  const visible = (): CorpusIndex => {
    if (view?.of === index && view.hiding === stale.size) return view.index;
    // the memo is shared: nothing in it comes from the mention tables, only from entities and events
    const shown = stale.size === 0 ? index : { ...index, withheld: new Set(stale.keys()), provisional: provisionalAgainst(index) };
    view = { of: index, hiding: stale.size, index: shown };
    return shown;
  };

  const installed = (next: CorpusIndex, upTo: number, cost: number): CorpusIndex => {
    index = next;
    view = null;
    failure = null;
    for (const [uri, at] of stale) if (at <= upTo) stale.delete(uri);
    lastLink = Date.now();
    lastLinkCost = cost;
    for (const l of listeners) l(index);
    // someone waiting for the exact index should not wait out the relink delay too; while the workspace loads,
    // relinks happen only when a request asks (see setLoading), or they would follow each other all load long
    if (dirty && loading) return index;
    if (dirty && waiters.length > 0) relink();
    else if (dirty) scheduleRelink();
    else {
      for (const w of waiters) w.resolve(index);
      waiters = [];
    }
    return index;
  };

  /**
   * A relink that threw leaves the index as it was, tells whoever waits for the exact index why, and lets the next
   * change start a new one from scratch (the documents it had taken as linked are still stale, so still withheld).
   */
  const relinkFailed = (err: unknown): void => {
    job = null;
    changed = null;
    const reason = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
    failure = new Error(`Dossier could not link the documents (${reason}). Answers come from the index as it was before the last changes; it links again after the next change.`);
    onProblem(failure.message);
    for (const w of waiters) w.reject(failure);
    waiters = [];
    // a change made while it ran is not in what failed
    if (dirty) scheduleRelink();
  };

  const step = (budgetMs: number): void => {
    const started = performance.now();
    let r: ReturnType<typeof runFor<CorpusIndex>>;
    try {
      r = runFor(job!.steps, budgetMs);
    } catch (err) {
      return relinkFailed(err);
    }
    job!.cost += performance.now() - started;
    if (r.done) {
      const { seq: upTo, cost } = job!;
      job = null;
      lastFullLinkMsPerDoc = cost / Math.max(1, r.value.documents.size);
      installed(r.value, upTo, cost);
    } else if (!jobTimer) {
      jobTimer = setImmediate(() => {
        jobTimer = null;
        if (job) step(slices.sliceMs);
      });
    }
  };

  const flushPending = () => {
    // taken off the queue first, so that nothing thrown on the way can leave them there for every later request
    const due = [...pending];
    pending.clear();
    for (const [uri, p] of due) {
      clearTimeout(p.timer);
      analyzeInto(uri, p.text);
    }
  };

  const relink = (): CorpusIndex => {
    if (relinkTimer) clearTimeout(relinkTimer);
    relinkTimer = null;
    if (job || !dirty) return visible();
    dirty = false;
    const started = Date.now();
    const patched = changed !== null && changed.size <= PATCH_LIMIT && patchAll(changed);
    changed = new Set();
    if (patched) return installed(index, seq, Date.now() - started);
    job = { steps: buildIndexSteps([...analyses.values()]), seq, cost: 0 };
    // a corpus that grew since the last full link (the first load) costs more than that link did
    step(lastFullLinkMsPerDoc * analyses.size < slices.wholeBelowMs ? Infinity : slices.firstMs);
    return visible();
  };

  /** Patches the changed documents in; false when one needs a full relink, or a patch threw (the relink redoes it). */
  const patchAll = (uris: Set<string>): boolean => {
    try {
      return [...uris].every((uri) => patchDocument(index, analyses.get(uri)!));
    } catch {
      return false;
    }
  };

  const scheduleRelink = () => {
    if (!relinkTimer && !loading) relinkTimer = setTimeout(relink, relinkDelayMs);
  };

  const current = (): CorpusIndex => {
    flushPending();
    if (loading && Date.now() - lastLink < Math.max(LOADING_RELINK_MS, 4 * lastLinkCost)) return visible();
    return relink();
  };

  return {
    current,
    linked() {
      const now = current();
      if (failure && !job && !dirty) return Promise.reject(failure);
      if (!job && !dirty) return Promise.resolve(now);
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    update(uri, text, delayMs) {
      const old = pending.get(uri);
      if (old) clearTimeout(old.timer);
      // the text the index holds already (a document just opened, or an edit undone): nothing to analyse
      if (analyses.has(uri) && textHashes.get(uri) === cacheKey(uri, text)) return void pending.delete(uri);
      changedNow(uri);
      const timer = setTimeout(() => {
        pending.delete(uri);
        analyzeInto(uri, text);
        scheduleRelink();
      }, delayMs);
      pending.set(uri, { text, timer });
    },
    set(uri, text) {
      // opening a document whose text the index holds already is no edit: nothing to analyse or relink
      const known = analyses.get(uri);
      if (known && !pending.has(uri) && textHashes.get(uri) === cacheKey(uri, text)) return known;
      changedNow(uri);
      const p = pending.get(uri);
      if (p) {
        clearTimeout(p.timer);
        pending.delete(uri);
      }
      const a = analyzeInto(uri, text);
      scheduleRelink();
      return a;
    },
    load(uri, text, analysis, readAt) {
      if (readAt !== undefined && (changedAt.get(uri) ?? 0) > readAt) return null;
      return analyzeInto(uri, text, analysis);
    },
    mark: () => clock,
    remove(uri) {
      changedNow(uri);
      textHashes.delete(uri);
      const p = pending.get(uri);
      if (p) clearTimeout(p.timer);
      pending.delete(uri);
      if (analyses.delete(uri)) {
        changed = null;
        touch(uri);
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
    dispose() {
      for (const p of pending.values()) clearTimeout(p.timer);
      pending.clear();
      if (relinkTimer) clearTimeout(relinkTimer);
      if (jobTimer) clearImmediate(jobTimer);
      job = null;
      for (const w of waiters) w.reject(new Error('Dossier is shutting down.'));
      waiters = [];
    },
  };
}
