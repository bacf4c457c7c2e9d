// Where a personal name's words start and end: initials, particles, hyphenated given names, capitals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, localMentions } from '../../../helpers/corpus.js';

function names(text: string): string[] {
  return analyze(text).persons.map((p) => p.name);
}

test('initials belong to the name: "K. Dorval", "KP Varga Oli"', () => {
  assert.deepEqual(names('Environment Minister K. Dorval spoke.'), ['K. Dorval']);
  assert.deepEqual(names('Prime Minister KP Varga Oli spoke.'), ['KP Varga Oli']);
});

test('particle runs stay inside a name: "Ana von der Berg"', () => {
  const text = 'Commission President Ana von der Berg spoke. Von der Berg left.';
  assert.deepEqual(names(text), ['Ana von der Berg']);
});

test('a particle written onto a name word is part of the name, and opens a sentence capitalized: "Tomas Ali al-Berg", "Al-Berg"', () => {
  const text = 'Prime Minister Tomas Ali al-Berg spoke on Monday. Al-Berg left for Lima.';
  const a = analyze(text);
  assert.deepEqual(a.persons.map((p) => p.name), ['Tomas Ali al-Berg']);
  assert.deepEqual(localMentions(text, a, 'Tomas Ali al-Berg'), ['Tomas Ali al-Berg', 'Al-Berg']);
});

test('a hyphenated given name with a lowercase syllable is a name: "Park Min-ho"', () => {
  assert.deepEqual(names('Industry Minister Park Min-ho spoke.'), ['Park Min-ho']);
});

test('a hyphenated compound is no name: "Kremlin-led"', () => {
  assert.deepEqual(names('The Kremlin-led Forum said so. Spokesman Tomas Berg agreed.'), ['Tomas Berg']);
});

test('a family name in capitals is written first: "Mr. DORVAL Kenji", later "Dorval"', () => {
  const text = 'Mr. DORVAL Kenji, Minister for Foreign Affairs, spoke. Dorval said more.';
  const a = analyze(text);
  const p = a.persons.find((x) => x.name === 'Dorval Kenji');
  assert.ok(p, `found ${a.persons.map((x) => x.name).join(', ')}`);
  assert.equal(p.tokens[p.familyIndex], 'Dorval');
  assert.deepEqual(localMentions(text, a, 'Dorval Kenji'), ['DORVAL Kenji', 'Dorval']);
});

test('a name built on "bin" is shortened to the given name: "Emir Karim bin Hamad", later "Karim"', () => {
  const text = 'Emir Karim bin Hamad arrived. Karim was welcomed.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Karim bin Hamad'), ['Karim bin Hamad', 'Karim']);
});

test('a regnal number ends a name and the regnal name is its short form: "King Karl IV", later "Karl"', () => {
  const text = 'King Karl IV opened the session. Karl spoke.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Karl IV'), ['Karl IV', 'Karl']);
});

test('a long name built on particles is one name, and no name starts inside it: "Karim bin Omar bin Tariq Al Rashid welcomed"', () => {
  const a = analyze('Crown Prince Karim bin Omar bin Tariq Al Rashid welcomed the guests.');
  assert.deepEqual(a.persons.map((p) => p.name), ['Karim bin Omar bin Tariq Al Rashid']);
});
