// Spelling-insensitive keys for names: ASCII folding, and phonetic keys that make transliteration variants
// (Sergey/Sergei, Alexei/Aleksey) equal while short syllables (Yi/Yu) stay distinct.
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';

const cache = new Map<string, string>();

export function asciiFold(word: string): string {
  let v = cache.get(word);
  if (v === undefined) {
    v = anyAscii(word).replace(/['’]/g, "'");
    if (cache.size > 50_000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/**
 * A key for one name token. Short tokens keep their exact spelling, because a phonetic code of two or three
 * letters says too little (Yi and Yu both code to "A"); longer ones use the first letter plus double metaphone.
 */
export function phoneticToken(word: string): string {
  const plain = asciiFold(word).toLowerCase().replace(/[^a-z]/g, '');
  if (plain.length <= 3) return plain;
  return plain[0] + doubleMetaphone(plain)[0];
}

export function phoneticKey(tokens: readonly string[]): string {
  return tokens.map(phoneticToken).join(' ');
}
