// Lists the corpus files of a workspace folder: every file the include globs match and the exclude globs do not.
// Symbolic links are followed only when the settings allow it, and never out of the folder or round a loop.
import { promises as fs, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Settings } from './settings.js';
import { readEntries, shownPath, type FilePath } from '../core/load/filePath.js';

export interface Listing {
  files: FilePath[];
  problems: { path: string; message: string }[];
}

/** The include globs see the extension in lower case, so `UPPER.MD` is a Markdown file, as the CLI reads it. */
export function corpusMatcher(settings: Settings): (relative: string) => boolean {
  const include = picomatch(settings.include, { dot: false });
  const exclude = picomatch(settings.exclude, { dot: true });
  return (relative) => include(lowerExtension(relative)) && !exclude(relative);
}

function lowerExtension(relative: string): string {
  const ext = path.posix.extname(relative);
  return ext ? relative.slice(0, -ext.length) + ext.toLowerCase() : relative;
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Whether the listing's rule on links lets it reach `file` below the folder `root`: with `followSymlinks` off no
 * part of the path below the folder may be a link, with it on every link must lead inside the folder. Asked of
 * the files watched-file events and closed documents name, which the listing did not check: their paths are
 * inside the folder even when a link takes the read outside. Synchronous, as readOne is: a few lstat calls.
 */
export function reachable(root: string, file: string, followSymlinks: boolean): boolean {
  const rel = path.relative(root, file);
  if (rel === '' || !inside(root, file)) return false;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  let at = root;
  for (const part of rel.split(path.sep)) {
    at = path.join(at, part);
    let link: boolean;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      // nothing there (deleted since): the read fails and the document goes, as for any missing file
      return true;
    }
    if (!link) continue;
    if (!followSymlinks) return false;
    try {
      if (!inside(realRoot, realpathSync(at))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

export async function listCorpusFiles(root: string, settings: Settings): Promise<Listing> {
  const matches = corpusMatcher(settings);
  const excluded = picomatch(settings.exclude, { dot: true });
  const files: FilePath[] = [];
  const problems: Listing['problems'] = [];
  const realRoot = await fs.realpath(root).catch(() => root);
  const visited = new Set<string>();
  const pending: FilePath[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    // the real path as bytes: a folder whose name is no UTF-8 is still told apart from its neighbours
    const real = (await fs.realpath(dir, { encoding: 'buffer' }).catch(() => Buffer.from(dir))).toString('latin1');
    if (visited.has(real)) continue;
    visited.add(real);
    let entries;
    try {
      entries = await readEntries(dir);
    } catch (err) {
      problems.push({ path: shownPath(dir), message: `cannot list: ${(err as Error).message}` });
      continue;
    }
    for (const { path: full, dirent: e } of entries) {
      const rel = path.relative(root, shownPath(full)).split(path.sep).join('/');
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        if (!settings.followSymlinks) continue;
        const target = await fs.realpath(full).catch(() => null);
        if (!target || !inside(realRoot, target)) continue;
        const stat = await fs.stat(full).catch(() => null);
        isDir = !!stat?.isDirectory();
        isFile = !!stat?.isFile();
      }
      if (isDir) {
        if (!excluded(`${rel}/`) && !excluded(`${rel}/x`)) pending.push(full);
      } else if (isFile && matches(rel)) {
        files.push(full);
      }
    }
  }
  return { files: files.sort((a, b) => compare(shownPath(a), shownPath(b)) || Buffer.compare(Buffer.from(a), Buffer.from(b))), problems };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
