// Initiatives and organizations within one document: names around head nouns, and acronyms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, corpus, entityNamed, mentionTexts } from '../../../helpers/corpus.js';
import { initialsMatch } from '../../../../server/src/core/extract/names.js';
import { spansOf } from '../../../../server/src/core/text/spanList.js';

function names(text: string) {
  return analyze(text).names.map((n) => `${n.kind}: ${n.name}${n.acronym ? ` (${n.acronym})` : ''}`);
}

test('names built around a head noun, with "and", "of" and "on … in …" inside them', () => {
  const text =
    'Officials praised the Belt and Road Initiative, the Eurasian Economic Union, the Global Security Initiative, ' +
    'the Five Principles of Peaceful Coexistence and the Pre-2030 Development Plan on Priorities in China-Russia Economic Cooperation.';
  assert.deepEqual(names(text), [
    'initiative: Belt and Road Initiative',
    'organization: Eurasian Economic Union',
    'initiative: Global Security Initiative',
    'initiative: Five Principles of Peaceful Coexistence',
    'initiative: Pre-2030 Development Plan on Priorities in China-Russia Economic Cooperation',
  ]);
});

test('an acronym in parentheses is defined for its name and links later uses in the document', () => {
  const text = 'Members of the Shanghai Cooperation Organization (SCO) met. The SCO agreed a plan. BRICS also met.';
  const a = analyze(text);
  const sco = a.names.find((n) => n.name === 'Shanghai Cooperation Organization')!;
  assert.equal(sco.acronym, 'SCO');
  assert.deepEqual(spansOf(sco.mentions).map((m) => text.slice(m[0], m[1])), ['Shanghai Cooperation Organization', 'SCO', 'SCO']);
  assert.equal(text.slice(...sco.acronymDefinition!), 'Shanghai Cooperation Organization');
  assert.ok(a.candidates.some((c) => c.shape === 'acronym' && c.text === 'BRICS'));
});

test('two names joined by "and the" stay two names', () => {
  assert.deepEqual(names('It links the Eurasian Economic Union and the Belt and Road Initiative.'), [
    'organization: Eurasian Economic Union',
    'initiative: Belt and Road Initiative',
  ]);
});

test('a place or a day after "in"/"on" is not part of the name', () => {
  assert.deepEqual(names('He opened the Belt and Road Forum in Beijing on Wednesday.'), ['organization: Belt and Road Forum']);
});

test('a complete name ends at its head noun before "and"', () => {
  assert.deepEqual(names('It works with the Eurasian Economic Union and Chinese firms.'), ['organization: Eurasian Economic Union']);
});

test('acronym initials may come from inside a word', () => {
  assert.ok(initialsMatch('Association of Southeast Asian Nations', 'ASEAN'));
  assert.ok(initialsMatch('Belt and Road Initiative', 'BRI'));
  assert.ok(!initialsMatch('Belt and Road Initiative', 'SCO'));
  assert.ok(!initialsMatch('Road Initiative', 'BRI'));
});

test('capitalized words without a head noun are not organizations', () => {
  assert.deepEqual(names('China and Russia marked the Year of Science and Technology Innovation in the Global South.'), []);
});

test('acronym matching stays fast on long capitalized words that share the acronym letter', () => {
  const word = 'A' + 'a'.repeat(29);
  const name = `${word} ${word} ${word} ${word} Zz`;
  assert.equal(initialsMatch(name, 'AAAAAAAAAA'), false);
  assert.ok(initialsMatch(name, 'AAAAZ'));
  assert.deepEqual(names(`${name} (AAAAAAAAAA) met.`), []);
});

test('a name ends at its head noun: the title and person written after it are not part of it', () => {
  assert.deepEqual(names('Harbor Union Commission Chairperson Mara Lind on Tuesday met the delegation.'), ['organization: Harbor Union Commission']);
  assert.deepEqual(names('Kremlin Aide Tomas Berg spoke. Secretary of the Coastal Security Council Tomas Berg arrived.'), [
    'organization: Coastal Security Council',
  ]);
});

test("a title's complement loses the person who holds the title", () => {
  assert.deepEqual(names('Speaker of the House of Delegates Mara Lind said the vote would pass.'), ['organization: House of Delegates']);
});

test('a head that names an organization alone takes no complement', () => {
  assert.deepEqual(names('Analysts asked what the Kremlin on Asia would say.'), []);
});

test('places and countries are not organizations, even before an acronym', () => {
  assert.deepEqual(names('Protests spread across the West Bank, and the United States (US) said more.'), []);
});

test('plural possessives stay inside a name; a name never ends on a possessive', () => {
  assert.deepEqual(names("The Northern Workers' Party, the Supreme People's Assembly and the Tidal Research Institute of the Regional Council's Planning Centre met."), [
    "organization: Northern Workers' Party",
    "organization: Supreme People's Assembly",
    'organization: Tidal Research Institute',
    'organization: Planning Centre',
  ]);
});

test('a document title keeps its ordinals and the "and the" inside its complement', () => {
  const title =
    'Joint Declaration of the Republic of Norland and the Federation of Sudria on Deepening the Partnership of Friendship in the Context of the 30th Anniversary of Norland-Sudria Relations';
  assert.deepEqual(names(`The ministers signed the ${title}.`), [`initiative: ${title}`]);
});

test('a verb before "the" does not start a name', () => {
  assert.deepEqual(names('Reviving the Northern Lights Partnership was the theme.'), ['initiative: Northern Lights Partnership']);
});

test('a weak head names something after "the", but not in the complement of a title', () => {
  assert.deepEqual(names('The next meeting of the Harbor Dialogue and of the Coastal Community of Island States is due.'), [
    'initiative: Harbor Dialogue',
    'organization: Coastal Community of Island States',
  ]);
  assert.deepEqual(names('He thanked the Minister of Coastal Relations and Cooperation.'), []);
});

test("a year belongs to an initiative's name, not to an organization's", () => {
  assert.deepEqual(names('Both signed up to Agenda 2063 and Vision 2040, and met at the Lantern Bay Forum 2024.'), [
    'initiative: Agenda 2063',
    'initiative: Vision 2040',
    'organization: Lantern Bay Forum',
  ]);
});

test('the complement cut off a name can hold a name of its own', () => {
  assert.deepEqual(names('They praised the Agenda 2063 of the Coastal Union.'), ['initiative: Agenda 2063', 'organization: Coastal Union']);
});

test('a generic word and a head noun name nothing in particular', () => {
  assert.deepEqual(names('The two leaders issued a Joint Statement and a Joint Declaration after the Annual Conference.'), []);
});

test('names only a title-case headline gives are not names', () => {
  assert.deepEqual(names('Leaders Agree to Revive Trade Cooperation Agenda\n\nThe talks ended late.'), []);
  assert.deepEqual(names('Leaders Back Harbor Development Bank\n\nThe Harbor Development Bank will lend more.'), ['organization: Harbor Development Bank']);
});

test('"&" joins the words of a name, and its acronym skips it', () => {
  assert.deepEqual(names('The Marine Trade & Fisheries Agency (MTFA) met.'), ['organization: Marine Trade & Fisheries Agency (MTFA)']);
});

test('a well-known acronym in parentheses defines its name even when it follows other initials', () => {
  assert.deepEqual(names('They strengthened the Southern Common Market (MERCOSUR) and talked.'), ['organization: Southern Common Market (MERCOSUR)']);
});

test('an acronym the document defined is found again when written as a word', () => {
  const text = 'The Silver Coast Development Bank (SCDB) approved a loan. Later the Scdb lent more.';
  const a = analyze(text);
  assert.deepEqual(spansOf(a.names[0].mentions).map((m) => text.slice(m[0], m[1])), ['Silver Coast Development Bank', 'SCDB', 'Scdb']);
});

test('well-known acronyms written as words, with a hyphen, or with a session number resolve across the corpus', () => {
  const c = corpus({
    'a.txt': 'Delegates came from the Asean states and from Brics, and the G-7 met before COP29 opened. COP 29 ended late.',
    'b.txt': 'The Association of Southeast Asian Nations met.',
  });
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'Association of Southeast Asian Nations')), ['a.txt: Asean', 'b.txt: Association of Southeast Asian Nations']);
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'BRICS')), ['a.txt: Brics']);
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'G7')), ['a.txt: G-7']);
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'COP29')), ['a.txt: COP29', 'a.txt: COP 29']);
});

test('"Group of Seven" stands for G7, in its document and across the corpus', () => {
  const c = corpus({ 'a.txt': 'Leaders met at a Group of Seven summit.', 'b.txt': 'The G7 met again.' });
  const g7 = entityNamed(c, 'Group of Seven');
  assert.equal(g7.acronym, 'G7');
  assert.deepEqual(mentionTexts(c, g7), ['a.txt: Group of Seven', 'b.txt: G7']);
});

test('numbers joined by "+" name a grouping with a group noun or a letter', () => {
  assert.deepEqual(names('Talks with the 5+1 group and the P4+1 resumed, while the 2+2 dialogue met; 3+4 is seven.'), [
    'organization: 5+1 group',
    'organization: P4+1',
    'organization: 2+2 dialogue',
  ]);
});

test('quoted names: capitals before an initiative noun, or a grouping after "the"', () => {
  assert.deepEqual(names('Ministers praised the “Green Bridges” initiative. The "coalition of the hopeful" met. The so-called "peace plan" failed.'), [
    'initiative: Green Bridges',
    'organization: coalition of the hopeful',
  ]);
});

test('a lowercase name is defined by the acronym that spells its initials', () => {
  const text = "The union's harbor and coast council (HCC) met on Monday. The HCC condemned the coup.";
  const a = analyze(text);
  assert.deepEqual(names(text), ['organization: harbor and coast council (HCC)']);
  assert.equal(spansOf(a.names[0].mentions).length, 3);
});

test('an acronym with a body noun names that body, not the acronym', () => {
  const a = analyze('The Brics bank lent more.');
  assert.deepEqual(a.names.map((n) => n.name), ['Brics bank']);
  assert.ok(!a.candidates.some((c) => c.text === 'BRICS'));
});

test('an acronym introduced in words stands for the name its head noun points to', () => {
  const text = 'The Alliance of Tidal States met. Trade was discussed. Security matters, but the alliance, known by its local acronym ATE, looks to trade. ATE members agreed.';
  const a = analyze(text);
  const alliance = a.names.find((n) => n.name === 'Alliance of Tidal States')!;
  assert.equal(alliance.acronym, 'ATE');
  assert.deepEqual(spansOf(alliance.mentions).map((m) => text.slice(m[0], m[1])), ['Alliance of Tidal States', 'ATE', 'ATE']);
  assert.deepEqual(names('The Harbor Trade Organization, known as HTO, met. A group known as ZQX attacked.'), ['organization: Harbor Trade Organization (HTO)']);
});

test('a capitalized word after a name particle ends a person, not starts a name', () => {
  assert.deepEqual(names('Commissioner Ilse van der Berg and Harbor Council President Tom Lind met.'), ['organization: Harbor Council']);
});

test('a head noun written lowercase ends a name after "the" or a possessive, unless the words are a place or a person', () => {
  assert.deepEqual(names("The Blue Coral Gateway initiative grew, and Norland's Digital Reef Road project began."), [
    'initiative: Blue Coral Gateway initiative',
    'initiative: Digital Reef Road project',
  ]);
  assert.deepEqual(names('He praised the Indo-Pacific strategy, the Sino-African project and the Tom Berg program.'), []);
});

test('a two-word place after "in" is not part of the name', () => {
  assert.deepEqual(names('He spoke at the Harbor Nations General Assembly in New York on Tuesday.'), ['organization: Harbor Nations General Assembly']);
});
