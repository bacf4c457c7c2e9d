// Spelling-insensitive keys for names: ASCII folding, and phonetic keys that make transliteration variants
// (Sergey/Sergei, Alexei/Aleksey) equal while short syllables (Yi/Yu) stay distinct.
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';

const MAX_REMEMBERED = 50_000;

/**
 * A key of one word, remembered per word. Both keys below are asked for the same few thousand name tokens again and
 * again: a relink at 100,000 articles asked for phonetic keys millions of times, a tenth of its time before they
 * were remembered. Past MAX_REMEMBERED words the memory starts over, so a long session stays bounded.
 */
function rememberedPerWord(keyOf: (word: string) => string): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let key = known.get(word);
    if (key === undefined) {
      key = keyOf(word);
      if (known.size > MAX_REMEMBERED) known.clear();
      known.set(word, key);
    }
    return key;
  };
}

export const asciiFold = rememberedPerWord((word) => anyAscii(word).replace(/['’]/g, "'"));

/** A word as names are compared: folded to ASCII and lowercase ("DORVAL", "Dorval" and "Dörval" alike). */
export const foldWord = rememberedPerWord((word) => asciiFold(word).toLowerCase());

/**
 * A key for one name token. Short tokens keep their exact spelling, because a phonetic code of two or three
 * letters says too little (Yi and Yu both code to "A"); longer ones use the first letter plus double metaphone.
 */
export const phoneticToken = rememberedPerWord((word) => {
  const plain = asciiFold(word).toLowerCase().replace(/[^a-z]/g, '');
  return plain.length <= 3 ? plain : plain[0] + doubleMetaphone(plain)[0];
});

export function phoneticKey(tokens: readonly string[]): string {
  return tokens.map(phoneticToken).join(' ');
}
