// The size limit for documents open in the editor: the one `maxFileSizeKB` sets for files read from disk, so what
// one document can cost the server is bounded however it arrives (an open document of tens of MB took the heap
// past its limit, and the process died with it).

/** Why `text` is not analysed, or null when it is within `maxKB`. */
export function overLimit(text: string, maxKB: number): string | null {
  const limit = maxKB * 1024;
  // a UTF-16 unit is at most three bytes of UTF-8 (a pair of them four), so most texts need no count of bytes
  if (text.length * 3 <= limit) return null;
  const size = Buffer.byteLength(text, 'utf8');
  if (size <= limit) return null;
  return `This document is ${kb(size)} KB, over the ${kb(limit)} KB limit (dossier.maxFileSizeKB): Dossier does not analyse it.`;
}

const kb = (bytes: number): string => Math.round(bytes / 1024).toLocaleString('en-US');
