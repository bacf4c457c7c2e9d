// Tells the user, once, when the server's heap nears V8's limit: running out of heap ends the process with no word,
// so the warning has to come before, while something can still be done.
import v8 from 'node:v8';

/** The share of V8's heap limit in use from which the server warns. */
const WARN_SHARE = 0.85;
const CHECK_MS = 5000;

export interface HeapUse {
  used_heap_size: number;
  heap_size_limit: number;
}

const mb = (bytes: number) => Math.round(bytes / 1048576).toLocaleString('en-US');

/** The warning for this heap use, or null while it is well under the limit. */
export function heapWarning(use: HeapUse): string | null {
  if (use.used_heap_size < WARN_SHARE * use.heap_size_limit) return null;
  return (
    `Dossier is using ${mb(use.used_heap_size)} MB of its ${mb(use.heap_size_limit)} MB memory limit and may stop. ` +
    'Leave very large files out (dossier.corpus.exclude) or lower dossier.maxFileSizeKB.'
  );
}

/** Checks the heap every few seconds and warns once; the returned function stops the checks. */
export function watchHeap(warn: (message: string) => void, read: () => HeapUse = () => v8.getHeapStatistics()): () => void {
  let warned = false;
  const timer = setInterval(() => {
    const message = warned ? null : heapWarning(read());
    if (!message) return;
    warned = true;
    clearInterval(timer);
    warn(message);
  }, CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
