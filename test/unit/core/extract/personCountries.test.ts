// The state a person serves when no title writes it: from a delegation, a side, a spouse, a host, or the press's
// custom of leaving the home country unwritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, entityNamed, person } from '../../../helpers/corpus.js';
import { analyzeDocument } from '../../../../server/src/core/analyzeDocument.js';

test('"A was joined by B and C": the delegation serves the state of the one it joins', () => {
  const text = 'Chilean Foreign Minister Ana Varga arrived on Monday. Varga was joined by Deputy Minister Tomas Berg and senior adviser Lena Olsen.';
  const { a, p } = person(text, 'Tomas Berg');
  assert.deepEqual(p.stateClue, { person: a.persons.findIndex((x) => x.name === 'Ana Varga') });
  assert.equal(entityNamed(corpus({ 'a.txt': text }), 'Lena Olsen').country, 'Chile');
});

test('"the Peruvian government sent a delegation led by A": a country named for the group', () => {
  const { p } = person('The Peruvian government sent a delegation led by former minister Tomas Berg to the talks.', 'Tomas Berg');
  assert.deepEqual(p.stateClue, { country: 'Peru' });
});

test('a relative clause after the delegation turns to other people: "…, who were received by B" is not one of them', () => {
  const text = 'Chilean President Ana Varga arrived accompanied by Deputy Minister Tomas Berg, who were received by the vice president, Lena Olsen.';
  const { p } = person(text, 'Lena Olsen');
  assert.equal(p.stateClue, undefined);
});

test('"On the Peruvian side, A and B attended": the side a sentence names', () => {
  const { p } = person('On the Peruvian side, Tomas Berg, senior adviser at the ministry, attended the meeting.', 'Tomas Berg');
  assert.deepEqual(p.stateClue, { country: 'Peru' });
});

test('a spouse with no country of their own serves the state of the one whose family name they share', () => {
  const text = 'Chilean President Ana Varga and her husband, Tomas Varga, arrived in Lima on Monday.';
  const c = corpus({ 'a.txt': text });
  assert.equal(entityNamed(c, 'Tomas Varga').country, 'Chile');
  assert.equal(entityNamed(c, 'Tomas Varga').countryInferred, true);
});

test('"During his visit to Kenya, A met B and C": the people a visitor meets there serve the host', () => {
  const { p } = person('During his visit to Kenya, Tomas Berg met President Lena Olsen and Foreign Minister Piet Dorn on Monday.', 'Piet Dorn');
  assert.deepEqual(p.stateClue, { country: 'Kenya' });
});

test('an unqualified official serves the state the article names most, leaving out the one whose official they meet', () => {
  const text = [
    'President Ana Varga held talks with Peruvian President Tomas Berg in Lima on Monday.',
    'Chile and Peru signed a trade accord. Chile will export more copper, and Chile and Peru will share a port.',
    'Peru hopes for more visits.',
  ].join(' ');
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, 'Chile');
});

test('no home country is guessed when two states are named about as often', () => {
  const text = 'Minister Ana Varga spoke on Monday. Chile and Peru signed an accord. Chile and Peru will share a port.';
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, undefined);
});

test('the state an article is filed from counts towards the home country', () => {
  const text = 'LIMA, May 2 (Agency) -- President Ana Varga opened the session. Chile sent a delegation.';
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, 'Peru');
});

test('an international official gets no home country: "head of the UN Centre"', () => {
  const text = 'Ana Varga, head of the UN Regional Centre, spoke on Monday. Chile and Chile and Chile agreed.';
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, undefined);
});

test('a country written with a title in another document wins over a home guess, and is not marked inferred', () => {
  const c = corpus({
    'a.txt': 'Minister Ana Varga spoke on Monday. Chile and Chile and Chile agreed on a plan.',
    'b.txt': 'Peruvian Minister Ana Varga spoke again on Tuesday.',
  });
  const e = entityNamed(c, 'Ana Varga');
  assert.equal(e.country, 'Peru');
  assert.equal(e.countryInferred, undefined);
});

test('a delegation joins a principal whose country another document writes', () => {
  const c = corpus({
    'a.txt': 'President Ana Varga was joined by Deputy Minister Tomas Berg on Monday.',
    'b.txt': 'Chilean President Ana Varga flew home on Tuesday.',
  });
  assert.equal(entityNamed(c, 'Tomas Berg').country, 'Chile');
});

test('"Prime Minister of the so-called Kosovo": a disputed state is still the one the official serves', () => {
  const { p } = person('The Prime Minister of the so-called Kosovo, Tomas Berg, left the talks.', 'Tomas Berg');
  assert.equal(p.country, 'Kosovo');
});

test('"the visiting Peruvian President" is a guest: the home country is the other one the article names', () => {
  const text = 'Talks between visiting Peruvian President Tomas Berg and Prime Minister Ana Varga began. Chile hosts the talks.';
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, 'Chile');
});

test('"the Peruvian President and his wife A": a spouse of an official named by a role', () => {
  const { p } = person('He was received by the Peruvian President and his wife Lena Olsen on Monday.', 'Lena Olsen');
  assert.deepEqual(p.stateClue, { country: 'Peru' });
});

test('a mention outside every sentence (a role noun beside a code block) leaves the clues to the others', () => {
  const text = '# Note\n\nPremier Ana Varga.\n\u{457B9}\u000b ```\ncode\n``` Tomas Berg, who LIMA, May 30 (Agency) -- the premier ';
  assert.doesNotThrow(() => analyzeDocument({ uri: 'file:///corpus/note.md', text }));
});

test('"A is hosting talks with the Peruvian President B and the Bolivian President C": A is foreign to every state of the list', () => {
  const text = 'General Ana Varga is hosting talks with Peruvian President Tomas Berg and Bolivian President Lena Olsen. Chile, Peru and Bolivia agreed. Chile and Bolivia sign. Chile and Peru sign. Chile.';
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, 'Chile');
});

test('a state the article names only to qualify someone ("Bolivian President B") is no home to an unqualified official', () => {
  const text = 'Minister Ana Varga spoke about Chile on Monday. Bolivian President Tomas Berg and Ecuadorian President Lena Olsen listened.';
  const { p } = person(text, 'Ana Varga');
  assert.equal(p.homeCountry, 'Chile');
});

test('an unqualified visitor: the state visited and the dateline are no home to the other unqualified officials, save the hosts the visitor meets', () => {
  const text = [
    'LIMA, May 2 (Agency) -- Prime Minister Ana Varga is on a State visit to Peru.',
    'Varga held talks with President Lena Olsen. Foreign Minister Tomas Berg was present at the talks.',
    'It is the first such visit since Chile and Peru restored ties, and Peru hopes for more.',
  ].join(' ');
  assert.equal(person(text, 'Tomas Berg').p.homeCountry, 'Chile');
  assert.equal(person(text, 'Ana Varga').p.homeCountry, 'Chile');
  assert.equal(person(text, 'Lena Olsen').p.homeCountry, 'Peru');
});

test('"A reached the capital after her visit to Peru": the possessive gives the visit to the person named before it', () => {
  const text = [
    'Prime Minister Ana Varga reached the capital on Monday after concluding her visit to Peru.',
    'Foreign Minister Tomas Berg was with her. Peru and Chile agreed, and Peru will send a delegation to Chile.',
  ].join(' ');
  assert.equal(person(text, 'Tomas Berg').p.homeCountry, 'Chile');
});

test('an academic honorific alone ("Dr A") makes no official: no home country is guessed', () => {
  const text = 'Officials raised the case of Dr Tomas Berg, held since May. Chile and Chile and Chile agreed.';
  const { p } = person(text, 'Tomas Berg');
  assert.equal(p.homeCountry, undefined);
});

test('"A led the delegation, which included B": the members serve the state of the one who leads it', () => {
  const { a, p } = person('Chilean Deputy Minister Ana Varga led the delegation, which included Deputy Minister Tomas Berg and senior adviser Lena Olsen.', 'Tomas Berg');
  assert.deepEqual(p.stateClue, { person: a.persons.findIndex((x) => x.name === 'Ana Varga') });
});
