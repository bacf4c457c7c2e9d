// Linking people across documents: transliterations meet, similar names and conflicting countries stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, entityNamed, mentionTexts, people } from '../../../helpers/corpus.js';

test('transliteration variants are one person across documents: Sergey/Sergei, Alexei/Aleksey', () => {
  const c = corpus({
    'a.txt': 'Foreign Minister Sergey Lavrov of Russia arrived in Delhi.',
    'b.txt': "Russia's top diplomat Sergei Lavrov left Delhi.",
    'c.txt': 'Russian Deputy Prime Minister Alexei Overchuk spoke.',
    'd.txt': 'Deputy Prime Minister Aleksey Overchuk of Russia replied.',
  });
  assert.deepEqual(people(c), ['Alexei Overchuk', 'Sergey Lavrov']);
  assert.deepEqual(entityNamed(c, 'Sergey Lavrov').aliases, ['Lavrov', 'Sergei Lavrov']);
});

test('similar spellings of different people stay apart: Li Qiang/Li Keqiang, Wang Yi/Wang Yu', () => {
  const c = corpus({
    'a.txt': 'Premier Li Qiang spoke. Chinese Foreign Minister Wang Yi listened.',
    'b.txt': 'Premier Li Keqiang spoke. Chinese Ambassador Wang Yu listened.',
  });
  assert.deepEqual(people(c), ['Li Keqiang', 'Li Qiang', 'Wang Yi', 'Wang Yu']);
});

test('the same name with conflicting countries is two people', () => {
  const c = corpus({
    'a.txt': 'Chinese Ambassador Zhang Wei spoke.',
    'b.txt': 'Singaporean Ambassador Zhang Wei spoke.',
  });
  assert.equal(people(c).length, 2);
});

test('the role history keeps each title with the date and source of its document', () => {
  const c = corpus({
    'a.md': '---\ndate: 2020-09-11\n---\nState Councilor and Foreign Minister Wang Yi met the press.',
    'b.md': '---\ndate: 2023-02-22\n---\nWang Yi, director of the Office of the Central Foreign Affairs Commission, met Putin.',
    'c.md': '---\ndate: 2024-04-09\n---\nChinese Foreign Minister Wang Yi held talks.',
  });
  const wang = entityNamed(c, 'Wang Yi');
  assert.deepEqual(
    wang.roles.map((r) => `${r.date} ${r.title} ${r.uri.split('/').pop()}`),
    ['2020-09-11 State Councilor and Foreign Minister a.md', '2023-02-22 director of the Office of the Central Foreign Affairs Commission b.md', '2024-04-09 Foreign Minister c.md'],
  );
  assert.equal(wang.country, 'China');
});

test('a bare family name in a note goes to the person with that family name who has the most mentions', () => {
  const c = corpus({
    'a.txt': 'Premier Li Qiang spoke. Li said more. Li added a point.',
    'b.txt': 'Li Yongquan, head of the Society for Eurasian Studies, said little.',
    'note.md': '# Note\n\nAsk Li about the budget.',
  });
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'Li Qiang')).filter((m) => m.startsWith('note')), ['note.md: Li']);
});

test('a title written with a short name must fit the person it resolves to', () => {
  const c = corpus({
    'a.txt': 'Premier Li Qiang spoke. Li said more. Li added a point.',
    'b.txt': 'Li Yongquan, head of the Society for Eurasian Studies, said little.',
    'c.txt': 'The report quoted head Li at length.',
    'note.md': 'Premier Li will travel.',
  });
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'Li Qiang')).filter((m) => m.startsWith('note')), ['note.md: Li']);
});

test('a bare word in a note names someone only when one of their names has that very word, not a word that sounds alike', () => {
  const c = corpus({
    'a.txt': 'Foreign Minister Tomas Wong met the press.',
    'note.md': 'Wang was not there.',
  });
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'Tomas Wong')), ['a.txt: Tomas Wong']);
});

test('the family name written first or last is one person across documents: "DORVAL Kenji" and "Kenji Dorval"', () => {
  const c = corpus({
    'a.txt': 'Mr. DORVAL Kenji, Minister for Foreign Affairs, spoke.',
    'b.txt': 'Foreign Minister Kenji Dorval arrived.',
  });
  assert.equal(people(c).length, 1);
});

test('given names with or without a hyphen are one person: "Park Min Ho" and "Park Min-ho"', () => {
  const c = corpus({
    'a.txt': 'South Korean President Park Min Ho spoke.',
    'b.txt': 'South Korean President Park Min-ho arrived.',
  });
  assert.equal(people(c).length, 1);
});

test('a spelling variant of one name part meets the name when the other part is the same: "Binyamin"/"Benjamin Varga"', () => {
  const c = corpus({
    'a.txt': 'Israeli Prime Minister Binyamin Varga spoke.',
    'b.txt': 'Israeli Prime Minister Benjamin Varga arrived.',
    'c.txt': 'Chilean President Tomas Berdymukhammedov spoke.',
    'd.txt': 'Chilean President Tomas Berdimuhamedov arrived.',
  });
  assert.equal(people(c).length, 2);
});

test('names that differ by more than a spelling stay apart: "Kim Jong-un"/"Kim Jong-il", "Li Qiang"/"Li Keqiang"', () => {
  const c = corpus({
    'a.txt': 'North Korean leader Kim Jong-un spoke. Premier Li Qiang spoke.',
    'b.txt': 'North Korean leader Kim Jong-il spoke. Premier Li Keqiang spoke.',
  });
  assert.equal(people(c).length, 4);
});

test('a name with and without a middle name is one person across documents: "Ana Varga"/"Ana Lucia Varga"', () => {
  const c = corpus({
    'a.txt': 'Chilean President Ana Varga spoke.',
    'b.txt': 'Chilean President Ana Lucia Varga arrived.',
  });
  assert.equal(people(c).length, 1);
});

test('someone introduced by a title or honorific alone is a person even when no document names them in full', () => {
  const alone = corpus({ 'a.txt': 'The trade envoy, Mr Dorvan, arrived. Later Mr Dorvan left.' });
  assert.deepEqual(mentionTexts(alone, entityNamed(alone, 'Dorvan')), ['a.txt: Dorvan', 'a.txt: Dorvan']);
  const named = corpus({ 'a.txt': 'Mr Dorvan arrived.', 'b.txt': 'Trade envoy Kai Dorvan spoke.' });
  assert.deepEqual(people(named), ['Kai Dorvan']);
});

test('a word written with a fitting title may be a spelling variant of a family name: "President Dorvana" for Dorvanna', () => {
  const c = corpus({ 'a.txt': 'Chilean President Kai Dorvanna spoke.', 'b.txt': 'At the invitation of President Dorvana, he came.' });
  assert.deepEqual(people(c), ['Kai Dorvanna']);
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'Kai Dorvanna')), ['a.txt: Kai Dorvanna', 'b.txt: Dorvana']);
});

test('a person made from titles alone has every title written with them, whatever the order of documents', () => {
  const files = { 'a.txt': 'PM Dorvan spoke on Monday.', 'b.txt': 'Later Mr Dorvan, now Chancellor Dorvan, left.' };
  const c = corpus(files);
  assert.deepEqual(entityNamed(c, 'Dorvan').roles.map((r) => `${r.title} ${r.uri.replace('file:///corpus/', '')}`), ['PM a.txt', 'Chancellor b.txt']);
  const reversed = corpus({ 'b.txt': files['b.txt'], 'a.txt': files['a.txt'] });
  assert.deepEqual(entityNamed(reversed, 'Dorvan').roles, entityNamed(c, 'Dorvan').roles);
});

test('a short given name and its formal one are one person across documents: "Bill Varga" and "William Varga"', () => {
  const c = corpus({
    'a.txt': 'Chilean Foreign Minister Bill Varga spoke on Monday.',
    'b.txt': 'Foreign Minister William Varga of Chile left on Tuesday.',
  });
  assert.equal(people(c).filter((n) => n.endsWith('Varga')).length, 1);
  const e = entityNamed(c, 'Bill Varga');
  assert.deepEqual([e.name, ...e.aliases].filter((n) => n.includes(' ')).sort(), ['Bill Varga', 'William Varga']);
});

test('two given names that are no short form of one another stay two people: "Bill Varga" and "Walter Varga"', () => {
  const c = corpus({
    'a.txt': 'Chilean Foreign Minister Bill Varga spoke on Monday.',
    'b.txt': 'Chilean Trade Minister Walter Varga left on Tuesday.',
  });
  assert.equal(people(c).filter((n) => n.endsWith('Varga')).length, 2);
});

test('a person a title alone introduces keeps the country the title writes: "Chilean President Varga"', () => {
  const c = corpus({ 'a.txt': 'Chilean President Varga opened the session on Monday.' });
  const e = entityNamed(c, 'Varga');
  assert.equal(e.country, 'Chile');
  assert.equal(e.countryInferred, undefined);
});

test('a person a title alone introduces, with no country written, takes the home guess, marked inferred: "PM Varga"', () => {
  const c = corpus({ 'a.txt': 'A meeting chaired by PM Varga was held in Santiago. Chile and Chile will act, said Chile.' });
  const e = entityNamed(c, 'Varga');
  assert.equal(e.country, 'Chile');
  assert.equal(e.countryInferred, true);
});

test('someone an honorific alone introduces in a delegation serves its principal\'s state: "Accompanying A was Mr Berg"', () => {
  const c = corpus({ 'a.txt': 'Accompanying President Ana Varga of Chile was the trade envoy, Mr Berg, and a delegation of bankers.' });
  const e = entityNamed(c, 'Berg');
  assert.equal(e.country, 'Chile');
  assert.equal(e.countryInferred, true);
});
