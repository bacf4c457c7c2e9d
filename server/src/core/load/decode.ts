// Turns a file's bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary files are refused,
// and invalid UTF-8 is decoded with replacement characters and a warning, so nothing readable is lost.

export type Decoded = { ok: true; text: string; warning: string | null } | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'it looks like a binary file (it contains NUL bytes)' };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), warning: null };
  } catch {
    return { ok: true, text: new TextDecoder('utf-8').decode(body), warning: 'the file is not valid UTF-8; unreadable bytes were replaced with U+FFFD' };
  }
}
