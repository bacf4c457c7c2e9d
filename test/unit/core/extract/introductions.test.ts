// How a document introduces a person: titles before and after names, appositions, lists, honorifics, untitled
// names that act, and the country each introduction says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, person } from '../../../helpers/corpus.js';


test('a plural title introduces each listed person, with their own country', () => {
  const a = analyze('Presidents Ana Varga of France, Tomas Berg of Brazil, and Ivo Marek of Chile arrived on Monday.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.titles[0]?.title, p.country]), [
    ['Ana Varga', 'President', 'France'],
    ['Tomas Berg', 'President', 'Brazil'],
    ['Ivo Marek', 'President', 'Chile'],
  ]);
});

test('a title in apposition: "the Minister of Health, Ms Ana Varga;"', () => {
  const { p } = person('He was joined by the Minister of Health, Ms Ana Varga; and others.', 'Ana Varga');
  assert.deepEqual(p.titles.map((t) => t.title), ['Minister of Health']);
});

test('an honorific marks a person but is no title: "Ms Ana Varga"', () => {
  const { p } = person('The report was written by Ms Ana Varga and her team.', 'Ana Varga');
  assert.deepEqual(p.titles, []);
});

test('a title word that would leave a one-word name is a given name: "Prime Minister Sheikh Varga"', () => {
  const { p } = person('Prime Minister Sheikh Varga opened the session.', 'Sheikh Varga');
  assert.equal(p.titles[0].title, 'Prime Minister');
});

test('a month\'s name after a title is a given name unless a number follows: "Defense Minister Dong Jun"', () => {
  person('Defense Minister Dong Jun met the delegation.', 'Dong Jun');
  const a = analyze('Defense Minister Dong Jun 5 met the delegation.');
  assert.ok(!a.persons.some((p) => p.name === 'Dong Jun'));
});

test('a country for a run of titled names: "Chile\'s Foreign Minister A, Health Minister B"', () => {
  const a = analyze("Chile's Foreign Minister Ana Varga, Health Minister Tomas Berg and Labour Minister Ivo Marek attended.");
  assert.deepEqual(a.persons.map((p) => p.country), ['Chile', 'Chile', 'Chile']);
});

test('a sentence\'s "<demonym> side" gives its officials their country', () => {
  const { p } = person('From the Chilean side, Foreign Minister Ana Varga attended.', 'Ana Varga');
  assert.equal(p.country, 'Chile');
});

test('an untitled full name that meets someone or is met is a person: "X Y met …", "talks with X Y"', () => {
  person('Ana Varga met the delegation in Lisbon.', 'Ana Varga');
  person('The minister held talks in Lisbon with Tomas da Berg on Friday.', 'Tomas da Berg');
});

test('capitalized words that act like a person are no person when they are a place, follow "the", or qualify a title', () => {
  const a = analyze('Sources from the Casa de Lumen, who spoke later, said so. Officials met with United States envoys. Berg accused Public Enterprises Minister Ivo Marek.');
  assert.deepEqual(a.persons.map((p) => p.name), ['Ivo Marek']);
});

test('a country\'s possessive before an untitled name that speaks gives the country: "Chile\'s Ana Varga warned"', () => {
  const { p } = person("Chile's Ana Varga warned of risks.", 'Ana Varga');
  assert.equal(p.country, 'Chile');
  assert.deepEqual(analyze("Chile's Belt Road Forum opened.").persons, []);
});

test('a role after a name keeps its whole "of …" part: "X, a professor at the Lumen Institute of the Grand Research Center"', () => {
  const { a, p } = person('It grows, said Ana Varga, a professor at the Lumen Institute of the Grand Research Center.', 'Ana Varga');
  assert.deepEqual(p.titles.map((t) => t.title), ['professor at the Lumen Institute of the Grand Research Center']);
  assert.equal(a.persons.length, 1);
});

test('a capital that is also a given name does not stop a person\'s name', () => {
  const { p } = person('Deputy Foreign Minister Victoria Lindqvist of Sweden arrived.', 'Victoria Lindqvist');
  assert.equal(p.country, 'Sweden');
});

test('a country\'s name before a title says the country as a demonym does: "Singapore Foreign Minister"', () => {
  const { p } = person('Singapore Foreign Minister Arlo Venn flew home.', 'Arlo Venn');
  assert.equal(p.country, 'Singapore');
});

test('a country between the title and the name: "Prime Minister of Norway Ingrid Solvang"', () => {
  const { p } = person('Prime Minister of Norway Ingrid Solvang opened the talks.', 'Ingrid Solvang');
  assert.equal(p.country, 'Norway');
  assert.deepEqual(p.titles, [{ title: 'Prime Minister', country: 'Norway' }]);
});

test('a run\'s country yields to a country written for the person, and "and" alone carries none', () => {
  const a = analyze('It includes President Ana Varga of Chile, President Tomas Berg of Peru, and President Ivo Marek of Bolivia.');
  assert.deepEqual(a.persons.map((p) => p.country), ['Chile', 'Peru', 'Bolivia']);
  const b = analyze('Visiting Chilean President Ana Varga and Prime Minister Tomas Berg met.');
  assert.deepEqual(b.persons.map((p) => p.country), ['Chile', null]);
});

test('words that name a place are no person, however they are introduced: "… of Chile, President."', () => {
  const a = analyze('It lists President Ana Varga of Costa Rica, President. Tomas Berg of Peru.');
  assert.ok(!a.persons.some((p) => p.name === 'Costa Rica'));
});

test('a counterpart holds the same office: "President A shakes hands with his Chilean counterpart B"', () => {
  const { p } = person('President Ana Varga shakes hands with his Chilean counterpart Tomas Berg in Lisbon.', 'Tomas Berg');
  assert.deepEqual(p.titles, [{ title: 'President', country: 'Chile' }]);
});

test('a name alone on a line and a title alone on the next are a signature: "Kai Dorvan / Secretary of State"', () => {
  const { p } = person('Remarks After Their Meeting\n\nKai Dorvan\nSecretary of State\nTreaty Room\n\nThank you all.', 'Kai Dorvan');
  assert.deepEqual(p.titles.map((t) => t.title), ['Secretary of State']);
});

test('"ex-" before a head is part of the title: "ex-Head of State Ana Varga"', () => {
  assert.deepEqual(person('It was led by ex-Head of State Ana Varga.', 'Ana Varga').p.titles.map((t) => t.title), ['ex-Head of State']);
});

test('countries before a plural title go to its names in order: "Chilean and Peruvian foreign ministers, A and B,"', () => {
  const a = analyze('Chilean and Peruvian foreign ministers, Ana Varga and Tomas Berg, met on Sunday.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.country]), [['Ana Varga', 'Chile'], ['Tomas Berg', 'Peru']]);
});

test('"then-" says when, not what: "then-foreign minister Ana Varga" was a foreign minister', () => {
  assert.deepEqual(person('It was when then-foreign minister Ana Varga visited.', 'Ana Varga').p.titles.map((t) => t.title), ['foreign minister']);
});

test('in a chain the role before an honorific and a name is that name\'s: "A, the minister for X, Dr B,"', () => {
  const a = analyze('Also present were Chief Secretary Ana Varga, the minister for Trade, Dr Tomas Berg, and others.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.titles.map((t) => t.title)]), [['Ana Varga', ['Chief Secretary']], ['Tomas Berg', ['minister for Trade']]]);
});

test('a counterpart holds the office, without its "of …" part, of the sentence\'s first titled person', () => {
  const a = analyze('He met the President of the Chilean Senate, Ana Varga, and later his Peruvian counterpart, Tomas Berg.');
  assert.deepEqual(a.persons.find((p) => p.name === 'Tomas Berg')?.titles, [{ title: 'President', country: 'Peru' }]);
});

test('a people\'s name inside a title\'s "of …" part says whose office it is: "President of the Chilean Senate"', () => {
  assert.equal(person('He met the President of the Chilean Senate, Ana Varga, on Friday.', 'Ana Varga').p.country, 'Chile');
});

test('an untitled full name after a verb done to a person is a person: "the junta that ousted Tomas Berg"', () => {
  const { p } = person('The junta that ousted Tomas Berg from office closed the border.', 'Tomas Berg');
  assert.deepEqual(p.titles, []);
});

test('"their daughters, Lena and Maria": given names after a kinship noun are people of the family named before', () => {
  const text = 'Chilean President Ana Varga arrived in Lima with her husband, Tomas, and their daughters, Lena and Maria.';
  assert.deepEqual(person(text, 'Lena Varga').p.titles, [{ title: 'daughter', country: null }]);
  assert.deepEqual(person(text, 'Maria Varga').p.titles, [{ title: 'daughter', country: null }]);
  assert.deepEqual(person(text, 'Tomas Varga').p.titles, [{ title: 'husband', country: null }]);
});

test('a listed title with a stray period before its name still introduces the name', () => {
  const a = analyze('Present were President Ana Varga of Chile, President. Tomas Berg of Peru and President Ivo Marek of Bolivia.');
  assert.deepEqual(a.persons.map((p) => [p.name, p.titles[0]?.title, p.country]), [
    ['Ana Varga', 'President', 'Chile'],
    ['Tomas Berg', 'President', 'Peru'],
    ['Ivo Marek', 'President', 'Bolivia'],
  ]);
});

test('an abbreviated title after a title is no part of the name: "his counterpart FM Ana Lind"; "12:30 PM BdST" names nobody', () => {
  const a = analyze('Published 12:30 PM BdST\n\nForeign Minister Tomas Berg held talks with his counterpart FM Ana Lind in Riga.');
  assert.deepEqual(a.persons.map((p) => p.name).sort(), ['Ana Lind', 'Tomas Berg']);
});

test('a counterpart holds the office of the titled person named last before it, not of a spokesman who tells of them', () => {
  const a = analyze('Spokesman Piotr Lis spoke of the call between Polish President Marek Wrona and his Slovak counterpart Eva Hudak.');
  assert.deepEqual(a.persons.find((p) => p.name === 'Eva Hudak')?.titles.map((t) => t.title), ['President']);
});

test('"the Peruvian foreign minister, Mr Berg": an honorific makes the lone word after a lowercase title its holder', () => {
  const a = analyze('Chilean President Ana Varga met Tomas Berg on Monday. Later the Peruvian foreign minister, Mr Berg, said talks went well.');
  assert.deepEqual(a.persons.find((p) => p.name === 'Tomas Berg')?.titles.map((t) => [t.title, t.country]), [['foreign minister', 'Peru']]);
});

test('after a title a month\'s short name with no number after it is a given name: "Defence Minister Jan Hudak"', () => {
  const a = analyze('Chilean Defence Minister Lidia Kovac met Peruvian Defence Minister Jan Hudak on Monday. The talks ended on Jan 5 in Lima.');
  assert.deepEqual(a.persons.map((p) => p.name).sort(), ['Jan Hudak', 'Lidia Kovac']);
});

test('"Amb." is an honorific, and its period ends no sentence: "Foreign Affairs Minister Amb. Aminu Wali"', () => {
  const a = analyze("Nigeria's Foreign Affairs Minister Amb. Aminu Wali read the communique. Kenya's Foreign Minister Amb Rachel Omamo agreed.");
  assert.deepEqual(a.persons.map((p) => p.name).sort(), ['Aminu Wali', 'Rachel Omamo']);
});

test('a form of address after "and" ends a title\'s "of" part: "President of the Republic of Kenya and His Excellency B"', () => {
  const a = analyze('The talks were held in the presence of His Excellency Tomas Berg, President of the Republic of Kenya and His Excellency Dr Ana Varga, President of the Republic of Chile.');
  assert.deepEqual(a.persons.find((p) => p.name === 'Tomas Berg')?.titles.map((t) => t.title), ['President']);
});
