// Lists the corpus files under the given paths and reads them, reporting every path it cannot use.
// Symbolic links are not followed, so nothing outside the given folders is read and link loops cannot hang it.
import fs from 'node:fs';
import path from 'node:path';
import { fileUri, readEntries, shownPath, type FilePath } from './filePath.js';
import type { SourceText } from '../types.js';
import { decodeBytes } from './decode.js';

export const CORPUS_EXTENSIONS = ['.md', '.markdown', '.txt'];
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadProblem {
  path: string;
  message: string;
}

export interface ReadResult {
  sources: SourceText[];
  problems: ReadProblem[];
  /** Files that were read but carry a warning (for example invalid UTF-8). */
  warnings: ReadProblem[];
}

export interface ReadOptions {
  maxFileBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return err instanceof Error ? err.message : String(err);
}

/** By its extension in any case: `UPPER.MD` is a Markdown file too. */
export function isCorpusFile(file: string): boolean {
  return CORPUS_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

async function listFiles(root: string, problems: ReadProblem[]): Promise<FilePath[]> {
  const files: FilePath[] = [];
  let stat;
  try {
    stat = await fs.promises.lstat(root);
  } catch (err) {
    problems.push({ path: root, message: reason(err) });
    return files;
  }
  if (stat.isSymbolicLink()) {
    problems.push({ path: root, message: 'is a symbolic link; Dossier does not follow links' });
    return files;
  }
  if (stat.isFile()) return [root];
  const pending: FilePath[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readEntries(dir);
    } catch (err) {
      problems.push({ path: shownPath(dir), message: reason(err) });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.dirent.name, b.dirent.name)));
    for (const e of entries) {
      if (e.dirent.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') pending.push(e.path);
      } else if (e.dirent.isFile() && isCorpusFile(e.name)) {
        files.push(e.path);
      }
    }
  }
  return files;
}

export interface ReadOutcome {
  source?: SourceText;
  problem?: string;
  warning?: string;
}

/**
 * Reads one file with the synchronous calls. For the few kilobytes of an article they cost a quarter of the CPU
 * of fs.promises (measured 33 against 150 µs a file), and on a cold start that CPU is taken from the workers
 * analysing; the size limit bounds how long one read can hold the thread.
 */
export function readOne(file: FilePath, maxFileBytes: number): ReadOutcome {
  try {
    const stat = fs.statSync(file);
    // a FIFO or a device would block the read or never end
    if (!stat.isFile()) return { problem: 'skipped: not a regular file' };
    if (stat.size > maxFileBytes) {
      return { problem: `skipped: ${(stat.size / 1024).toFixed(0)} KB is over the ${(maxFileBytes / 1024).toFixed(0)} KB limit` };
    }
    const decoded = decodeBytes(fs.readFileSync(file));
    if (!decoded.ok) return { problem: `skipped: ${decoded.reason}` };
    return { source: { uri: fileUri(file), text: decoded.text }, warning: decoded.warning ?? undefined };
  } catch (err) {
    return { problem: `cannot read: ${reason(err)}` };
  }
}

export async function readCorpus(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const problems: ReadProblem[] = [];
  const warnings: ReadProblem[] = [];
  const seen = new Set<string>();
  const files: FilePath[] = [];
  for (const p of paths) {
    for (const f of await listFiles(p, problems)) {
      const key = fileUri(f);
      if (!seen.has(key)) {
        seen.add(key);
        files.push(f);
      }
    }
  }
  const sources: SourceText[] = [];
  for (let i = 0; i < files.length; i++) {
    const r = readOne(files[i], maxFileBytes);
    if (r.source) sources.push(r.source);
    if (r.problem) problems.push({ path: shownPath(files[i]), message: r.problem });
    if (r.warning) warnings.push({ path: shownPath(files[i]), message: r.warning });
    options.onProgress?.(i + 1, files.length);
  }
  return { sources, problems, warnings };
}
