// Spelling-insensitive keys for names: ASCII folding, and phonetic keys that make transliteration variants
// (Sergey/Sergei, Alexei/Aleksey) equal while short syllables (Yi/Yu) stay distinct.
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';

// Both are asked for the same few thousand name tokens again and again: a relink at 100,000 articles asked for
// phonetic keys millions of times, a tenth of its time before they were remembered.
const cache = new Map<string, string>();
const phonetic = new Map<string, string>();

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
  let key = phonetic.get(word);
  if (key === undefined) {
    const plain = asciiFold(word).toLowerCase().replace(/[^a-z]/g, '');
    key = plain.length <= 3 ? plain : plain[0] + doubleMetaphone(plain)[0];
    if (phonetic.size > 50_000) phonetic.clear();
    phonetic.set(word, key);
  }
  return key;
}

export function phoneticKey(tokens: readonly string[]): string {
  return tokens.map(phoneticToken).join(' ');
}
