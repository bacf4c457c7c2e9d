// Local events: kind, date, place, participants and sources, within one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, describeEvent as described } from '../../../helpers/corpus.js';

const HEADER = 'Leaders meet\n2024-05-31\n\n';

test('an event has a kind, a date from the weekday, a place and participants', () => {
  const a = analyze(`${HEADER}Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Beijing | Emmanuel Macron, Xi Jinping | 1']);
});

test('several sentences about the same event are one event with every source', () => {
  const a = analyze(
    `${HEADER}Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday. ` +
      'After the talks, Xi and Macron signed a joint statement. Macron said when meeting the press with Xi that trade would grow.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Beijing | Emmanuel Macron, Xi Jinping | 3']);
});

test('a background event keeps its own month-precise date and does not take the speaker as a participant', () => {
  const a = analyze(
    `${HEADER}Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday. ` +
      'Noting that President Xi paid a state visit to Russia in March last year, Putin said it was a good tradition.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), [
    'talks | 2024-05-30 | Beijing | Vladimir Putin, Xi Jinping | 1',
    'visit | 2023-03 | Russia | Xi Jinping | 1',
  ]);
});

test('"earlier the same day" takes the date of the event before it', () => {
  const a = analyze(
    `${HEADER}MOSCOW, May 30 -- Russian President Vladimir Putin met Chinese Foreign Minister Wang Yi at the Kremlin on Thursday. ` +
      "Earlier the same day, Wang held talks with Russia's top diplomat Sergei Lavrov.",
  );
  const lines = a.events.map((e) => described(a, e)).sort();
  assert.deepEqual(lines, ['meeting | 2024-05-30 | Moscow | Vladimir Putin, Wang Yi | 1', 'talks | 2024-05-30 | Moscow | Sergei Lavrov, Wang Yi | 1']);
});

test('"the two presidents" takes part as the last two presidents named', () => {
  const a = analyze(`${HEADER}President Emmanuel Macron welcomed President Lula da Silva on Thursday. The two presidents held talks on trade.`);
  assert.ok(a.events.some((e) => described(a, e) === 'talks | 2024-05-30 | null | Emmanuel Macron, Lula da Silva | 1' || described(a, e).startsWith('talks | 2024-05-30')));
  assert.equal(a.events.length, 1);
});

test('with no date in the document, an event is undated', () => {
  const a = analyze('Backgrounder\n\nChancellor Olaf Scholz held talks with Prime Minister Fumio Kishida on Thursday.');
  assert.equal(a.events[0].date, null);
});

test('"the war in Ukraine" is a topic, not the place of the meeting', () => {
  const a = analyze(`${HEADER}Chancellor Olaf Scholz met Prime Minister Fumio Kishida on Thursday to discuss the war in Ukraine.`);
  assert.equal(a.events[0].place, null);
});

test('habitual statements and present-tense verbs are not events', () => {
  const a = analyze(`${HEADER}Chancellor Olaf Scholz and Prime Minister Fumio Kishida have met many times. Scholz talks about it often.`);
  assert.deepEqual(a.events, []);
});

test('a sentence with a trigger but no official is not an event', () => {
  assert.deepEqual(analyze(`${HEADER}The forum was founded in 2018 and held talks every spring.`).events, []);
});
