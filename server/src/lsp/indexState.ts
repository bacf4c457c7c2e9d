// What the server tells the client about its index: the counts, and whether the workspace is still being read
// (how many files of how many). Sent as `dossier/indexChanged` whenever either changes, progress at most a few
// times a second, so a client never waits for a state the server already had when its handler was not yet there.
import type { IndexCounts } from './liveIndex.js';
import type { Indexing } from '../features/indexing.js';

export type { Indexing };

export interface IndexState extends IndexCounts {
  /** Null once the workspace is read and linked: the counts are then the whole index's. */
  indexing: Indexing | null;
}

export interface IndexStateReporter {
  state(): IndexState;
  counts(counts: IndexCounts): void;
  progress(indexing: Indexing): void;
  /** The load is over and its last link landed (or failed): the index is as complete as it will be. */
  ready(counts: IndexCounts): void;
  dispose(): void;
}

const EMPTY: IndexCounts = { documents: 0, people: 0, initiatives: 0, organizations: 0, events: 0 };

/** Progress goes out at most this often: a load of 100,000 files reports 4,000 batches. */
const PROGRESS_EVERY_MS = 250;

export function createIndexStateReporter(send: (state: IndexState) => void): IndexStateReporter {
  // nothing is indexed before the first load, so a request answered before it starts says so too
  let current: IndexState = { ...EMPTY, indexing: { done: 0, total: null } };
  let lastSent = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    lastSent = Date.now();
    send(current);
  };
  return {
    state: () => current,
    counts(counts) {
      current = { ...counts, indexing: current.indexing };
      flush();
    },
    progress(indexing) {
      current = { ...current, indexing };
      const wait = PROGRESS_EVERY_MS - (Date.now() - lastSent);
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    ready(counts) {
      current = { ...counts, indexing: null };
      flush();
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
