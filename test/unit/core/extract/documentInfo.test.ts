// A document's title, publication date and dateline, and which date anchors its relative dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../helpers/corpus.js';
import { documentInfo } from '../../../../server/src/core/extract/documentInfo.js';

const LEAD = 'The two ministers discussed trade, energy and the situation in the Middle East during a long meeting, officials said.';

const cases: [string, string, string | null][] = [
  ['a date before an editor byline', `2024-08-22 Editor : Chen Rui\nTrade talks resume\n\n${LEAD}`, '2024-08-22'],
  ['a year-first date with slashes', `Trade talks resume\n2020/09/11\n\n${LEAD}`, '2020-09-11'],
  ['a day-first date with a time', `Trade talks resume\nWorld/Example 16/05/2024 17:54\n\n${LEAD}`, '2024-05-16'],
  ['a time, then a written date', `Trade talks resume\n\nExample) 13:20, May 31, 2024\n\n${LEAD}`, '2024-05-31'],
  ['a stray "date" line', ` date 2024-05-31 Trade talks resume\n\n${LEAD}`, '2024-05-31'],
  ['no date at all', `Trade talks resume\n\n${LEAD}`, null],
];
for (const [name, text, want] of cases) {
  test(`publication date from ${name}`, () => {
    assert.equal(analyze(text).published, want);
  });
}

test('a month-first date is read month-first only when day-first is impossible', () => {
  assert.equal(analyze(`Headline\n05/16/2024\n\n${LEAD}`).published, '2024-05-16');
  assert.equal(analyze(`Headline\n03/04/2024\n\n${LEAD}`).published, '2024-04-03');
});

test('a dateline with a date but no year takes the year of the publication date', () => {
  const a = analyze(`Headline\n2024-05-31\n\nBEIJING, May 30 (Example) -- ${LEAD}`);
  assert.equal(a.published, '2024-05-31');
  assert.equal(a.anchorDate, '2024-05-30');
});

test('a dateline alone gives no date when it has no year: never today, never the file time', () => {
  const a = analyze(`Headline\n\nBEIJING, May 30 (Example) -- ${LEAD}`);
  assert.equal(a.published, null);
  assert.equal(a.anchorDate, null);
});

test('front matter date wins over the text, and the title comes from front matter', () => {
  const a = analyze(`---\ntitle: From front matter\ndate: 2022-02-04\n---\n# Heading\n\nPublished 2021-01-01.`, 'note.md');
  assert.equal(a.published, '2022-02-04');
  assert.equal(a.title, 'From front matter');
});

test('the title skips breadcrumbs and a leading date label', () => {
  assert.equal(analyze(`Home > World\nLeaders meet in Geneva\n\n${LEAD}`).title, 'Leaders meet in Geneva');
  assert.equal(analyze(` date 2024-05-31 Leaders meet in Geneva\n\n${LEAD}`).title, 'Leaders meet in Geneva');
  assert.equal(analyze('Intro\n\n# The real heading\n\ntext', 'n.md').title, 'The real heading');
});

test('a weekday before a numeric date settles its order: "Tue, 04/05/2022" is 5 April', () => {
  assert.equal(analyze(`Headline\nTue, 04/05/2022\n\n${LEAD}`).published, '2022-04-05');
  assert.equal(analyze(`Headline\nWed, 04/05/2022\n\n${LEAD}`).published, '2022-05-04');
});

test("a photo caption's date is not the publication date", () => {
  const caption = 'Foreign Minister Tomas Varga, left, with his guest Elin Moss at the airport, Varnholm, March 3, 2011.';
  assert.equal(analyze(`Headline\n\n${caption}\n${LEAD}`).published, null);
});

const datelines: [string, string][] = [
  ['DOHA [Qatar]: ', 'Doha'],
  ['NEW DELHI (Reuters) - ', 'New Delhi'],
  ['PTI Mumbai ', 'Mumbai'],
  ['GENEVA, May 2 (Xinhua) -- ', 'Geneva'],
  ['Lusaka [Zambia], April 5 (Example): ', 'Lusaka'],
  ['KAMPALA, September 3. /Example/. ', 'Kampala'],
  ['BEIJING - ', 'Beijing'],
];
for (const [line, place] of datelines) {
  test(`the dateline "${line.trim()}" gives its place`, () => {
    const text = `Headline\n2024-05-31\n\n${line}${LEAD}`;
    assert.equal(documentInfo(text, text, null).dateline?.place, place);
  });
}

test('a bare "Word -" opening is a dateline only for a place: "UPDATE - " and "Source: " are not', () => {
  for (const line of ['UPDATE - ', 'Source: ']) {
    const text = `Headline\n2024-05-31\n\n${line}${LEAD}`;
    assert.equal(documentInfo(text, text, null).dateline, null);
  }
});

test('a header line of a date and then a city is the dateline', () => {
  const a = analyze(`Meeting with the President of Chile\n\nMarch 4, 2024, Valparaíso\n\n${LEAD}`);
  assert.equal(a.published, '2024-03-04');
  const info = documentInfo(`Meeting with the President of Chile\n\nMarch 4, 2024, Valparaíso\n\n${LEAD}`, `Meeting with the President of Chile\n\nMarch 4, 2024, Valparaíso\n\n${LEAD}`, null);
  assert.equal(info.dateline?.place, 'Valparaíso');
});

test('a dateline may write its year after a slash, with the agency right after', () => {
  const a = analyze(`Headline\n\nLima, May 30/2024(Example) ${LEAD}`);
  assert.equal(a.anchorDate, '2024-05-30');
});

test('no date comes from the clock: a yearless dateline and "the day before" leave the article undated', () => {
  const a = analyze('LISBON, May 5 -- The day before, President Ana Varga met Prime Minister Tomas Berg.');
  assert.equal(a.published, null);
  assert.equal(a.anchorDate, null);
  assert.deepEqual(a.events.map((e) => e.date), [null]);
});
