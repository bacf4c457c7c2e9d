// How far the first index has come, in words, for the answers that cover only the files read so far: a card's
// notice and the message beside find-references.

/** How far the server has read the workspace while its first index is built; `total` is null while it lists files. */
export interface Indexing {
  done: number;
  total: number | null;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "3,400 of 10,000 files", or that the files are still being listed. */
export function indexingProgress(indexing: Indexing): string {
  return indexing.total === null ? 'the files are being listed' : `${count(indexing.done)} of ${count(indexing.total)} ${indexing.total === 1 ? 'file' : 'files'}`;
}

/** What to tell the user beside references answered from an unfinished index; null once the index is complete. */
export function referencesNotice(indexing: Indexing | null): string | null {
  if (!indexing) return null;
  return `Dossier is still indexing (${indexingProgress(indexing)}): these references cover only the files read so far; ask again once it is done.`;
}
