// Sentence boundaries: every sentence is a span of the text as written, whatever white space separates its words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from '../../../../server/src/core/extract/sentences.js';
import { analyze } from '../../../helpers/corpus.js';

/** The white space wink-nlp drops from the sentences it gives back (it rebuilds them from tokens). */
const DROPPED = ['\v', '\f', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2028', '\u2029', '\u3000', '\ufeff'];
const name = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every character of the BMP in `cls`, line breaks aside (they end paragraphs). */
function charsOf(cls: RegExp): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (cls.test(ch) && ch !== '\n' && ch !== '\r') out.push(ch);
  }
  return out;
}

test('a sentence with any white space in it keeps its place and its text', () => {
  for (const c of new Set([...DROPPED, ...charsOf(/\s/u)])) {
    const text = `First one here. Second${c}word is here.${c}Third one.`;
    const got = sentences(text, false).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, ['First one here.', `Second${c}word is here.`, 'Third one.'], name(c));
  }
});

test('a sentence with an invisible format character in it is kept', () => {
  for (const c of charsOf(/\p{Cf}/u)) {
    const text = `First one here. Second${c}word is here.${c}Third one.`;
    const spans = sentences(text, false);
    for (const word of ['First', 'Second', 'word', 'Third']) {
      const at = text.indexOf(word);
      assert.ok(spans.some((s) => s.start <= at && at < s.end), `${name(c)}: ${word} is in no sentence`);
    }
  }
});

test('the people of a sentence with such a space in it are found', () => {
  for (const c of DROPPED) {
    const text = `Talks\n\nThe talks began. Chinese Premier Li${c}Qiang met Chancellor Olaf Scholz in Berlin on Monday. They spoke.`;
    const people = analyze(text).persons.map((p) => p.name);
    assert.ok(people.includes('Olaf Scholz'), `${name(c)}: ${people.join(', ')}`);
  }
});

test('a title alone after a comma, with a stray period before the name, does not end the sentence', () => {
  const text = 'Present were President Ana Varga of Chile, President. Tomas Berg of Peru and President Ivo Marek of Bolivia.';
  assert.deepEqual(sentences(text, false).map((s) => text.slice(s.start, s.end)), [text]);
});

test('a title that ends a sentence after a verb still ends it', () => {
  const text = 'The minister met the President. Varga spoke later.';
  assert.equal(sentences(text, false).length, 2);
});
