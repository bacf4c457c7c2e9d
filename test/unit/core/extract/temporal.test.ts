// Dates of events from weekdays, explicit dates and relative phrases, against the document's anchor date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSentenceTime, weekdayNamed } from '../../../../server/src/core/extract/temporal.js';
import { weekdayOnOrBefore } from '../../../../server/src/core/extract/dateFormats.js';

const FRIDAY_31_MAY_2024 = { year: 2024, month: 5, day: 31 };
const date = (s: string, anchor = FRIDAY_31_MAY_2024) => {
  const r = resolveSentenceTime(s, anchor);
  return r.kind === 'date' ? r.value : r.kind;
};

test('a weekday in a past-tense report is the latest such day on or before the anchor', () => {
  assert.equal(date('The minister spoke in Beijing on Thursday.'), '2024-05-30');
  assert.equal(date('The minister spoke in Beijing on Friday.'), '2024-05-31');
  assert.equal(date('The minister spoke in Beijing on Saturday.'), '2024-05-25');
  assert.deepEqual(weekdayOnOrBefore({ year: 2024, month: 1, day: 1 }, 0), { year: 2023, month: 12, day: 31 });
});

test('a sentence that opens with its weekday is dated by it: "On Tuesday, …", "Last Monday …"; "This Friday is …" is its subject', () => {
  assert.equal(date('On Tuesday, the minister spoke in Beijing.'), '2024-05-28');
  assert.equal(date('Last Monday the minister spoke in Beijing.'), '2024-05-27');
  assert.equal(date('This Friday is the last day of a trip that took her to Beijing on Thursday.'), '2024-05-30');
});

test('explicit dates win over weekdays; a date without a year takes a year that is not in the future', () => {
  assert.equal(date('On September 11, 2020 local time, the two sides met.'), '2020-09-11');
  assert.equal(date('They met on May 2.'), '2024-05-02');
  assert.equal(date('They met on Dec. 12.'), '2023-12-12');
});

test('"in March last year" is a month-precise date', () => {
  assert.equal(date('He paid a state visit to Russia in March last year.'), '2023-03');
});

test('a weekday beats a year that only bounds a span: "on Wednesday, the largest since 2022"', () => {
  assert.equal(date('He hosted a summit on Wednesday, the largest gathering since 2022.'), '2024-05-29');
  assert.equal(date('The forum was founded in 2018.'), '2018');
});

test('"earlier the same day" refers to another event', () => {
  assert.equal(date('Earlier the same day, she met the premier.'), 'sameDay');
});

test('with nothing to anchor it, a weekday gives no date', () => {
  assert.equal(resolveSentenceTime('They met on Thursday.', null).kind, 'none');
});

test('durations such as "75 years ago" are not dates', () => {
  assert.equal(date('Relations were established 75 years ago.'), 'none');
});

test('"yesterday" and "today" are days counted from the article date', () => {
  assert.equal(date('The envoys met yesterday in the port city.'), '2024-05-30');
  assert.equal(date('The envoys meet today in the port city.'), '2024-05-31');
});

test('"the day before" is a shift from the event told of last, not a date of its own', () => {
  assert.deepEqual(resolveSentenceTime('The day before, the envoys met.', FRIDAY_31_MAY_2024), { kind: 'shift', days: -1 });
  assert.deepEqual(resolveSentenceTime('The next day they signed.', FRIDAY_31_MAY_2024), { kind: 'shift', days: 1 });
});

test('"earlier this month" and "last week" give the month they fall in', () => {
  assert.equal(date('The envoys met earlier this month.'), '2024-05');
  assert.equal(date('The envoys met last week.'), '2024-05');
  assert.equal(date('The envoys met last week.', { year: 2024, month: 6, day: 3 }), '2024-05');
});

test('a multi-day event is dated by its first day: "on 5 and 6 December", "December 1-2"', () => {
  const anchor = { year: 2022, month: 12, day: 9 };
  assert.equal(date('The forum met on 5 and 6 December.', anchor), '2022-12-05');
  assert.equal(date('The forum met on December 1-2.', anchor), '2022-12-01');
});

test('a fraction such as "4-1/2 hours" is not a month and a day', () => {
  assert.equal(date('They talked for 4-1/2 hours on Monday.'), '2024-05-27');
});

test('a planned event\'s weekday is the next such day', () => {
  assert.equal(resolveSentenceTime('More talks are scheduled for Saturday.', FRIDAY_31_MAY_2024, { planned: true }).kind, 'date');
  assert.deepEqual(resolveSentenceTime('More talks are scheduled for Saturday.', FRIDAY_31_MAY_2024, { planned: true }), { kind: 'date', value: '2024-06-01' });
});

test('without an anchor no relative phrase gives a date, whatever the clock says', () => {
  const Real = Date;
  const fake = Real.UTC(2031, 5, 15, 12);
  globalThis.Date = class extends Real {
    constructor(...args: []) {
      if (args.length) super(...(args as []));
      else super(fake);
    }
    static now(): number {
      return fake;
    }
  } as DateConstructor;
  try {
    for (const s of ['The day before, they met.', 'They met yesterday.', 'They met on Tuesday, 5 December.', 'They met last week.', 'They met earlier this month.']) {
      const r = resolveSentenceTime(s, null);
      assert.ok(r.kind !== 'date', `${s} gave ${JSON.stringify(r)}`);
    }
  } finally {
    globalThis.Date = Real;
  }
});

test('a numeric date in a sentence is read day first, unless its weekday says month first', () => {
  const anchor = { year: 2022, month: 12, day: 20 };
  assert.equal(date('They met on 03/04/2022 in the port city.', anchor), '2022-04-03');
  assert.equal(date('They met on Tue, 04/05/2022 in the port city.', anchor), '2022-04-05');
  assert.equal(date('They met on Wed, 04/05/2022 in the port city.', anchor), '2022-05-04');
});

test('weekdayNamed reads the weekday a sentence dates by', () => {
  assert.equal(weekdayNamed('The envoy met separately Friday with both leaders.'), 5);
  assert.equal(weekdayNamed('The talks were held on Sunday.'), 0);
  assert.equal(weekdayNamed('The talks were held in May.'), null);
});

test('a weekday right after a name dates the sentence ("told Varga Saturday"); a day with a name of its own does not', () => {
  assert.equal(date('The minister told Varga Saturday that trade would grow.'), '2024-05-25');
  assert.equal(date('The minister spoke on Good Friday.'), 'none');
});

test('"last week\'s attack" dates the attack, not the sentence', () => {
  assert.equal(date('The minister spoke of last week\'s attack.'), 'none');
  assert.equal(date('The minister spoke last week.'), '2024-05');
});
