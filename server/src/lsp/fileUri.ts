// The local path a uri names, or null: a uri with a host (file://server/…), an encoded "/" or another scheme names
// no file this server can read, and fileURLToPath throws on it, which would abandon the work it was part of.
import { fileURLToPath } from 'node:url';

export function localPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
