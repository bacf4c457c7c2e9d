// Name candidates: what a document leaves for the link to resolve, and the words and places that never become one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, describeEvent } from '../../../helpers/corpus.js';

const HEADER = 'Talks in brief\n2024-05-31\n\n';

function candidateNames(text: string): string[] {
  return analyze(text).candidates.map((c) => `${c.shape}: ${c.text}`);
}

test('a bare family name and an unknown acronym are candidates', () => {
  assert.deepEqual(candidateNames(`${HEADER}Lavrov spoke about the EAEU in Beijing.`), ['name: Lavrov', 'acronym: EAEU']);
});

test('a group of people or a quantifier opening a sentence is not a name, so its sentence is no event', () => {
  const a = analyze(
    `${HEADER}Diplomats said the talks had been prepared for months. Several delegations signed agreements in Beijing. ` +
      'Analysts expect another meeting this year. Lavrov held talks in Beijing on Thursday.',
  );
  assert.deepEqual(a.candidates.map((c) => c.text), ['Lavrov']);
  assert.deepEqual(a.events.map((e) => describeEvent(a, e)), ['talks | 2024-05-30 | Beijing | Lavrov | 1']);
});

test('places of more than one word are not candidates, in a dateline\'s capitals or in the text', () => {
  assert.deepEqual(candidateNames(`${HEADER}MEXICO CITY, May 30 -- Lavrov arrived in Mexico City and flew on to New Delhi.`), ['name: Lavrov']);
  assert.deepEqual(candidateNames(`${HEADER}NEW DELHI, May 30 -- Lavrov arrived.`), ['name: Lavrov']);
});

test('a dateline\'s place is never a candidate, even one the vocabulary does not list', () => {
  assert.deepEqual(candidateNames(`${HEADER}KARVENBURG, May 30 -- Lavrov arrived.`), ['name: Lavrov']);
  assert.deepEqual(candidateNames(`${HEADER}PORT ELSWICK, May 30 (Agency) -- Lavrov arrived.`), ['name: Lavrov']);
  assert.deepEqual(candidateNames(`${HEADER}Lavrov spoke to KARVENBURG media.`), ['name: Lavrov', 'acronym: KARVENBURG'], 'elsewhere it is');
});
