// Officials within one document: titles, countries and names, in the ways articles write them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, localMentions, person } from '../../../helpers/corpus.js';


test('demonym + title + name: "Chinese Foreign Minister Wang Yi"', () => {
  const { p } = person('Chinese Foreign Minister Wang Yi arrived in Hanoi.', 'Wang Yi');
  assert.equal(p.country, 'China');
  assert.deepEqual(p.titles, [{ title: 'Foreign Minister', country: 'China' }]);
});

test('"Premier <Name>"', () => {
  const { p } = person('Premier Li Qiang opened the fair.', 'Li Qiang');
  assert.equal(p.titles[0].title, 'Premier');
});

test('two titles joined by "and": "State Councilor and Foreign Minister Wang Yi"', () => {
  const { p } = person('State Councilor and Foreign Minister Wang Yi spoke first.', 'Wang Yi');
  assert.equal(p.titles[0].title, 'State Councilor and Foreign Minister');
});

test('country after the name: "Foreign Minister Sergey Lavrov of Russia"', () => {
  const { p } = person('Foreign Minister Sergey Lavrov of Russia met reporters.', 'Sergey Lavrov');
  assert.equal(p.country, 'Russia');
});

test('role after the name: "X, head of the Y," keeps the whole organization name', () => {
  const { p } = person('Anna Petrova, head of the Institute of Far Eastern, Central Asian and Arctic Studies, said the visit mattered.', 'Anna Petrova');
  assert.equal(p.titles[0].title, 'head of the Institute of Far Eastern, Central Asian and Arctic Studies');
});

test('possessive country and a lowercase description: "Russia\'s top diplomat Sergei Lavrov"', () => {
  const { p } = person("Russia's top diplomat Sergei Lavrov flew to Ankara.", 'Sergei Lavrov');
  assert.equal(p.country, 'Russia');
  assert.equal(p.titles[0].title, 'top diplomat');
});

test('later short mentions link back: family name, "President Xi", "the Russian president"', () => {
  const text = 'Chinese President Xi Jinping met Russian President Vladimir Putin. President Xi said ties were strong. Putin agreed, and the Russian president thanked his host. Xi smiled.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Xi Jinping'), ['Xi Jinping', 'Xi', 'Xi']);
  assert.deepEqual(localMentions(text, a, 'Vladimir Putin'), ['Vladimir Putin', 'Putin', 'the Russian president']);
});

test('"the premier" refers back to the last person with that title', () => {
  const text = 'Premier Li Qiang arrived in Berlin. Chancellor Olaf Scholz greeted him. Later the premier visited a factory.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Li Qiang'), ['Li Qiang', 'the premier']);
  assert.deepEqual(localMentions(text, a, 'Olaf Scholz'), ['Olaf Scholz']);
});

test('"the Latvian President" with a capital is the Latvian leader named before; "the President" alone is not taken', () => {
  const text =
    'Estonian Prime Minister Mari Kask met the Latvian leader, Tomas Varga, in Riga. She was received by the Latvian President at the palace. ' +
    'Finnish President Ana Lind arrived later, and the talks went on until the President left.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Tomas Varga'), ['Tomas Varga', 'the Latvian President']);
  assert.deepEqual(localMentions(text, a, 'Ana Lind'), ['Ana Lind']);
});

test('initials given in parentheses after a name are that person wherever they stand: "(commonly known as FBZ)"', () => {
  const text = 'Prince Faisal bin Zayed (commonly known as FBZ) hosted the talks. Later FBZ flew home, and the FBZX fund paid.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Faisal bin Zayed'), ['Faisal bin Zayed', 'FBZ', 'FBZ']);
});

test('"Sheikh Karim" after "Emir Sheikh Karim bin Omar" is him: an honorific that goes with a given name', () => {
  const text = 'Emir Sheikh Karim bin Omar met Prince Faisal bin Zayed in Jeddah. Sheikh Karim later flew to Doha.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Karim bin Omar'), ['Karim bin Omar', 'Karim']);
});

test('a headline\'s "Latvian FM" with no name after it is the one Latvian foreign minister of the document', () => {
  const text = 'Latvian FM holds talks with Estonian PM in Tallinn\n\nLatvian Foreign Minister Tomas Varga met Prime Minister Mari Kask of Estonia on Friday.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Tomas Varga'), ['Latvian FM', 'Tomas Varga']);
  assert.deepEqual(localMentions(text, a, 'Mari Kask'), ['Estonian PM', 'Mari Kask']);
});

test('a full name mentioned before its titled introduction is linked too', () => {
  const text = 'Wang Yi on four areas of cooperation\n\nState Councilor and Foreign Minister Wang Yi met the press.';
  assert.deepEqual(localMentions(text, analyze(text), 'Wang Yi'), ['Wang Yi', 'Wang Yi']);
});

test('Chinese names put the family name first', () => {
  const { p } = person('Chinese Foreign Minister Wang Yi spoke. Wang said more.', 'Wang Yi');
  assert.equal(p.tokens[p.familyIndex], 'Wang');
  const w = person('Chancellor Olaf Scholz spoke. Scholz said more.', 'Olaf Scholz');
  assert.equal(w.p.tokens[w.p.familyIndex], 'Scholz');
});

test('two people who share a family name never swallow each other\'s mentions', () => {
  const text = 'Premier Li Keqiang met scholars. Li Yongquan, head of the Society for Eurasian Studies, said the talks went well. Li Keqiang thanked him. Later Li spoke again.';
  const a = analyze(text);
  // a bare "Li" goes to the nearest Li named before it
  assert.deepEqual(localMentions(text, a, 'Li Keqiang'), ['Li Keqiang', 'Li Keqiang', 'Li']);
  assert.deepEqual(localMentions(text, a, 'Li Yongquan'), ['Li Yongquan']);
});

test('an untitled full name that speaks or is described is a person', () => {
  const { p } = person('Premier Li Qiang succeeds Li Keqiang, who led the government for ten years.', 'Li Keqiang');
  assert.deepEqual(p.titles, []);
});

test('a single capitalized word after a title is not a new person', () => {
  const a = analyze('The Xinhua agency quoted President Macron as saying the summit went well.');
  assert.deepEqual(a.persons, []);
  assert.ok(a.candidates.some((c) => c.text === 'Macron' && c.title === 'President'));
});

test('words that only look like names are not people: agencies, places, months', () => {
  const a = analyze('Xinhue reports that Moscow and Beijing agreed in May, Kremlin officials said.');
  assert.deepEqual(a.persons, []);
});

test('a shorter form of a name in the same document is that person: "Abu Varga" after "Karim Abu Varga"', () => {
  const text = 'Foreign Ministry spokesman Karim Abu Varga spoke. "We agree," Abu Varga said.';
  const a = analyze(text);
  assert.deepEqual(a.persons.map((p) => p.name), ['Karim Abu Varga']);
  assert.deepEqual(localMentions(text, a, 'Karim Abu Varga'), ['Karim Abu Varga', 'Abu Varga']);
});

test('a headline verb is no part of a name: "Varga Meets Berg"', () => {
  const a = analyze('President Ana Varga said talks went well.\n\nVarga Meets Berg In Lisbon\n\nMore text.');
  assert.ok(!a.persons.some((p) => p.name.includes('Meets')));
});

test('a word of one person\'s name alone names that person in the document: "Lula" for "Luiz Inácio Lula da Silva"', () => {
  const text = 'President Tomas Inácio Lulo da Berg arrived. Lulo thanked his hosts.';
  assert.deepEqual(localMentions(text, analyze(text), 'Tomas Inácio Lulo da Berg'), ['Tomas Inácio Lulo da Berg', 'Lulo']);
});

test('"King Omar" is not "Crown Prince Faisal bin Omar": a father\'s name and a title that is not theirs', () => {
  const text = 'Crown Prince Karim bin Omar met King Omar on Monday. Karim left.';
  assert.deepEqual(localMentions(text, analyze(text), 'Karim bin Omar'), ['Karim bin Omar', 'Karim']);
});

test('a broken remnant never ends a name: "Tomas Varga L"', () => {
  person('Spokesman Tomas Varga L said so.', 'Tomas Varga');
});

test('a titled short name adds its title to the person it names: "his counterpart Ana Varga … President Varga"', () => {
  const { p } = person('He met his Chilean counterpart Ana Varga. President Varga said so.', 'Ana Varga');
  assert.deepEqual(p.titles.map((t) => t.title), ['President']);
  assert.equal(p.country, 'Chile');
});

test('in a Title Case headline a known family name is a mention even next to capitals: "Varga Back In Lisbon"', () => {
  const text = 'Varga Back in Lisbon After Talks With Berg\n\nForeign Minister Ana Varga returned on Friday.';
  assert.deepEqual(localMentions(text, analyze(text), 'Ana Varga'), ['Varga', 'Ana Varga']);
});

test('a country written with a curly apostrophe after the name: "of Cote d’Ivoire"', () => {
  const { p } = person('President Jean-Marc Kouassi of Cote d’Ivoire spoke last.', 'Jean-Marc Kouassi');
  assert.equal(p.country, "Cote d'Ivoire");
});

test('a bare family name two people share is not the one known only by a family tie: "Varga" after First Lady Mia Varga', () => {
  const text = 'President Ana Varga and First Lady Mia Varga arrived. Later Varga spoke.';
  assert.deepEqual(localMentions(text, analyze(text), 'Ana Varga'), ['Ana Varga', 'Varga']);
});

test('a title before a word of someone\'s name fits them when nothing contradicts it: "PM Tomas" for untitled Tomas Berg', () => {
  const text = 'Tomas Berg said more. PM Tomas agreed.';
  const { p } = person(text, 'Tomas Berg');
  assert.deepEqual(localMentions(text, analyze(text), 'Tomas Berg'), ['Tomas Berg', 'Tomas']);
  assert.deepEqual(p.titles.map((t) => t.title), ['PM']);
});

test('a person mentioned a hundred thousand times is analysed, not a stack overflow', () => {
  const a = analyze(`President Ana Varga spoke. ${'Varga said so. '.repeat(130_000)}`);
  assert.equal(a.persons[0]?.name, 'Ana Varga');
});

test('"Dr" is the title of someone with no other, and not beside a real one', () => {
  assert.deepEqual(person('We raised the case of Dr Tomas Berg again.', 'Tomas Berg').p.titles, [{ title: 'Dr', country: null }]);
  assert.deepEqual(person('The Minister of Health, Dr Tomas Berg, spoke.', 'Tomas Berg').p.titles.map((r) => r.title), ['Minister of Health']);
});

test('a headline\'s "Peruvian FM" is the one foreign minister the document has not yet given a state, when no Peruvian one is named', () => {
  const text = 'Peruvian FM meets Ana Varga\n\nThe Minister of Foreign Affairs, Tomas Berg, met his Chilean counterpart, Ana Varga, in Santiago on Tuesday.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Tomas Berg'), ['Peruvian FM', 'Tomas Berg']);
});

test('a short word and a hyphenated two-syllable given name is written family name first: "Ryu Min-sok" is Ryu', () => {
  const { p } = person('Speaker Ryu Min-sok met the delegation on Monday.', 'Ryu Min-sok');
  assert.equal(p.tokens[p.familyIndex], 'Ryu');
  const { p: q } = person('Minister Ana Lopez-Garcia met the delegation on Monday.', 'Ana Lopez-Garcia');
  assert.equal(q.tokens[q.familyIndex], 'Lopez-Garcia');
});

test('"his Chilean counterpart" with no name after it is the one other holder of the office the document names', () => {
  const text = 'Ministers meet\n2024-05-31\n\nForeign Minister Tomas Berg met with his Chilean counterpart on Friday. Berg later praised Foreign Minister Ana Varga.';
  const a = analyze(text);
  assert.deepEqual(localMentions(text, a, 'Ana Varga'), ['his Chilean counterpart', 'Ana Varga']);
});
