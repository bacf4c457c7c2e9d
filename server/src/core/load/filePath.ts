// A file's path as the file system names it: a string when its bytes are UTF-8, else the bytes themselves, since a
// string turns the bytes that are no UTF-8 into U+FFFD and then names a file that does not exist.
import { isUtf8 } from 'node:buffer';
import type { Dirent } from 'node:fs';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type FilePath = string | Buffer;

export interface Entry {
  /** The name as text, for matching and messages (bytes that are no UTF-8 shown as U+FFFD). */
  name: string;
  path: FilePath;
  dirent: Dirent<Buffer>;
}

/** The entries of a folder, each with a path that names it exactly. */
export async function readEntries(dir: FilePath): Promise<Entry[]> {
  const dirents = await fs.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  return dirents.map((dirent) => ({ name: dirent.name.toString('utf8'), path: childPath(dir, dirent.name), dirent }));
}

function childPath(dir: FilePath, name: Buffer): FilePath {
  if (typeof dir === 'string' && isUtf8(name)) return path.join(dir, name.toString('utf8'));
  return Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), name]);
}

/** The path for messages: exact when it is UTF-8. */
export function shownPath(file: FilePath): string {
  return typeof file === 'string' ? file : file.toString('utf8');
}

/** The file: uri of a path; the bytes of a name that is no UTF-8 are percent-encoded one by one. */
export function fileUri(file: FilePath): string {
  if (typeof file === 'string') return pathToFileURL(path.resolve(file)).href;
  const absolute = path.isAbsolute(file.toString('latin1')) ? file : Buffer.concat([Buffer.from(process.cwd()), Buffer.from(path.sep), file]);
  let out = 'file://';
  for (const byte of absolute) out += isPlain(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/** The bytes a file: uri's path may hold as they are (RFC 3986 unreserved characters and "/"). */
function isPlain(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || '-._~/'.includes(String.fromCharCode(byte));
}

/** The path a file: uri names, for messages; decodeURIComponent throws on the bytes of a name that is no UTF-8. */
export function shownPathOfUri(uri: string): string {
  const escaped = new URL(uri).pathname;
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%' && /^[0-9a-fA-F]{2}$/.test(escaped.slice(i + 1, i + 3))) {
      bytes.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else for (const b of Buffer.from(escaped[i])) bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}
