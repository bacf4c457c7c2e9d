// The title grammar: a head word with the words that qualify it, an "of …" part, and where the name after it starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, person } from '../../../helpers/corpus.js';

function titlesOf(text: string, name: string): { titles: string[]; country: string | null } {
  const { p } = person(text, name);
  return { titles: p.titles.map((t) => t.title), country: p.country };
}

test('qualifiers before a head make one title: "Fisheries Minister", "Women and Child Affairs Minister"', () => {
  assert.deepEqual(titlesOf('Fisheries Minister Tomas Berg arrived.', 'Tomas Berg').titles, ['Fisheries Minister']);
  assert.deepEqual(titlesOf('Women and Child Affairs Minister Ana Varga spoke.', 'Ana Varga').titles, ['Women and Child Affairs Minister']);
});

test('a lowercase role before a full name introduces a person: "veteran diplomat", "opposition leader"', () => {
  assert.deepEqual(titlesOf('The deal was welcomed by opposition leader Tomas Berg on Sunday.', 'Tomas Berg').titles, ['opposition leader']);
  assert.deepEqual(titlesOf('It was drafted by veteran diplomat Ana Varga.', 'Ana Varga').titles, ['veteran diplomat']);
});

test('the "of …" part of a title ends where the name starts', () => {
  assert.deepEqual(titlesOf('The Minister of Environment and Climate Change K. Dorval told reporters.', 'K. Dorval').titles, ['Minister of Environment and Climate Change']);
  assert.deepEqual(titlesOf('He met the Speaker of the Grand Assembly Mirela Ostrova on Friday.', 'Mirela Ostrova').titles, ['Speaker of the Grand Assembly']);
});

test('a country ending a title is the country, not part of the title: "President of Ruritania Ana Varga"', () => {
  assert.deepEqual(titlesOf('President of France Ana Varga arrived.', 'Ana Varga'), { titles: ['President'], country: 'France' });
});

test('a country\'s possessive inside a title becomes "the": "head of Brazil\'s Energy Agency"', () => {
  const got = titlesOf("Tomas Berg, head of Brazil's National Grid Agency, said the line was ready.", 'Tomas Berg');
  assert.deepEqual(got, { titles: ['head of the National Grid Agency'], country: 'Brazil' });
});

test('two people, two titles: a title never swallows the next person', () => {
  const a = analyze('President of France Ana Varga and President of Brazil Tomas Berg met.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.country]), [['Ana Varga', 'France'], ['Tomas Berg', 'Brazil']]);
});

test('"and" that begins another title ends the first one', () => {
  const a = analyze('They included Tomas Berg, a nominee for ambassador to France and senior economic secretary Ana Varga.');
  const varga = a.persons.find((p) => p.name === 'Ana Varga');
  assert.deepEqual(varga?.titles.map((t) => t.title), ['senior economic secretary']);
});

test('an institution of the state before a title is not part of it, and gives the country', () => {
  assert.deepEqual(titlesOf('White House National Security Advisor Tomas Berg flew in.', 'Tomas Berg'), { titles: ['National Security Advisor'], country: 'United States' });
  assert.deepEqual(titlesOf('Kremlin aide Tomas Berg confirmed it.', 'Tomas Berg'), { titles: ['Kremlin aide'], country: 'Russia' });
});

test('capitalized qualifiers before a lowercase head: "Foreign Affairs director"', () => {
  assert.deepEqual(titlesOf("The party's Foreign Affairs director Ana Varga replied.", 'Ana Varga').titles, ['Foreign Affairs director']);
});

test('a lowercase plural head introduces each listed person: "deputies A and B"', () => {
  const a = analyze('They were joined by deputies Ana Varga and Tomas Berg.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.titles[0]?.title]), [['Ana Varga', 'deputy'], ['Tomas Berg', 'deputy']]);
});

test('"in" leads a title\'s part only to a place: "the Chilean ambassador in Peru, Ana Varga,"', () => {
  assert.deepEqual(titlesOf('The Chilean ambassador in Peru, Ana Varga, confirmed it.', 'Ana Varga'), { titles: ['ambassador in Peru'], country: 'Chile' });
});

test('a title whose part runs in plain words up to its holder: "special representative for the talks between A and B, Ana Varga,"', () => {
  assert.deepEqual(titlesOf('She met the special representative for the talks between Lisbon and Madrid, Ana Varga, on Friday.', 'Ana Varga').titles, ['special representative for the talks between Lisbon and Madrid']);
});

test('in a chain "A, the X, B, the Y, C" each role goes to the name after it', () => {
  const a = analyze('He met the head of the mission, Ana Varga, the chair of the panel, Tomas Berg, and others.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.titles.map((t) => t.title)]), [['Ana Varga', ['head of the mission']], ['Tomas Berg', ['chair of the panel']]]);
});

test('after a title a city\'s name can be a given name: "the Minister of Finance, Victoria Berg;"', () => {
  assert.deepEqual(titlesOf('With him was the Minister of Finance, Santiago Berg; and others.', 'Santiago Berg').titles, ['Minister of Finance']);
});

test('a name after a head inside the title\'s part is that head\'s: "Aide to President Putin, Ana Varga,"', () => {
  assert.deepEqual(titlesOf('Aide to President Berg, Ana Varga, said so.', 'Ana Varga').titles, ['Aide to President Berg']);
  assert.deepEqual(titlesOf('Aide to the President Ana Varga said so.', 'Ana Varga').titles, ['Aide to the President']);
});

test('after a number an abbreviation is a time, no title: "12:33 PM BdST"', () => {
  assert.deepEqual(analyze('Updated 12:33 PM BdST on Friday.').candidates.filter((c) => c.introduced), []);
});

test('one word before a comma and a full name ends a title\'s part: "the Head of EU Diplomacy, Ana Varga,"', () => {
  const a = analyze('He met the Head of EU Diplomacy, Ana Varga, on Monday.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.titles[0]?.title]), [['Ana Varga', 'Head of EU Diplomacy']]);
  assert.deepEqual(a.candidates.filter((c) => c.introduced), []);
});

test('"the adviser to U.S. Vice President B": a state written with stops stays in the title, and the name after the inner title is its holder\'s', () => {
  const text = 'The delegation included Tomas Berg, the adviser to U.S. Vice President Ana Varga.';
  assert.deepEqual(titlesOf(text, 'Tomas Berg').titles, ['adviser to U.S. Vice President Ana Varga']);
  assert.deepEqual(titlesOf(text, 'Ana Varga'), { titles: ['Vice President'], country: 'United States' });
});

test('a title, a comma and a name run into a demonym ("…, Tomas Berga Chilean company"): a scraped link lost its comma, the name still stands', () => {
  assert.deepEqual(titlesOf('He met the president of Andes Power, Tomas Berga Chilean energy company with plants in Peru.', 'Tomas Berga').titles, ['president of Andes Power']);
});

test('an office not yet taken up is written as analysts write it: "Trade Representative (TR) – designate" is "Trade Representative-designate"', () => {
  assert.deepEqual(titlesOf('Chilean President Ana Varga met Tomas Berg on Monday. With her was the Trade Representative (TR) – designate, Mr Berg.', 'Tomas Berg').titles, ['Trade Representative-designate']);
});

test('"President elect" before a name is the office not yet taken up: "President-elect"', () => {
  assert.deepEqual(titlesOf('The President elect Tomas Berg met Chilean President Ana Varga.', 'Tomas Berg').titles, ['President-elect']);
});
