// Initiatives and organizations within one document: names around head nouns, and acronyms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../helpers/corpus.js';
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
