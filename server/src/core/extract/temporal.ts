// Resolves the time an event sentence speaks of against the document's anchor date: explicit dates,
// "on Thursday" (the latest such day on or before the anchor), "yesterday", "in March last year" (a month), "the same day".
// Without an anchor only a date the text states in full is returned: nothing here reads the clock.
import * as chrono from 'chrono-node';
import { type YMD, addDays, findFullDates, formatYMD, isValidDate, toUTC, weekdayOnOrBefore, daysBetween, NO_CLOCK, writesYear } from './dateFormats.js';

export type SentenceTime =
  | { kind: 'date'; value: string }
  | { kind: 'sameDay' }
  /** "the day before", "the next day": days from the event the text spoke of last. */
  | { kind: 'shift'; days: number }
  | { kind: 'none' };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
/** Days with a name of their own ("Good Friday"): "told Varga Friday" dates by the weekday, these do not. A
 * capitalized word first in the sentence ("This Friday is") is no name before the weekday. */
const NAMED_DAYS = 'Good|Black|Super|Easter|Palm|Holy|Ash|Cyber|Bloody|Maundy|Shrove|Trinity|Whit|Orthodox';
// "on Thursday", "On Friday, …", "this Monday (9)", and a bare weekday after a lowercase word ("talked again Sunday
// with"); a sentence-initial "This Friday" is more often its subject ("This Friday is the last day") than its date
const WEEKDAY_RE = new RegExp(`\\b(?:(?:[Oo]n|[Ll]ast|this|this past|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate|[Ff]or)\\s+|(?<=\\b\\p{Ll}+,?\\s)|(?<=\\p{L}\\s+(?!(?:${NAMED_DAYS})\\s)\\p{Lu}\\p{Ll}+\\s))(${WEEKDAY_NAMES})\\b(?!\\s+(?:prayers?|sermon)\\b)`, 'u');
const WEEKDAY_WORD = /\b(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:day|nesday|sday|urday|\.)?\b/gi;
const SAME_DAY_RE = /\b(?:the same day|that day|earlier in the day|later in the day|later that day|earlier that day|on the same day)\b/i;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATEISH = new RegExp(`\\b(?:(?:${MONTH_NAMES})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?(?=\\s*\\d))|\\b\\d{4}\\b|\\d{1,2}/\\d{1,2}`);
// "in March last year", "since June 2022": a month, with a year or a year relative to the anchor
// ("since 2022" or "until June" bound a span of time; they do not date an event)
const MONTH_ONLY = new RegExp(`\\b(?:in|during|early|late|mid-?|last)\\s+(${MONTH_NAMES})(?:\\s+(\\d{4})|,?\\s+(last|this|next) year)?\\b`, 'g');
const YEAR_ONLY = /\b(?:in|during)\s+((?:19|20)\d{2})\b(?!\s*[-/])/g;
// "on 5 and 6 December": chrono reads the last day, and a multi-day event is dated by its first
const DAY_LIST = new RegExp(`\\b(\\d{1,2})(?:\\s*(?:,|and|&|to|-|–)\\s*\\d{1,2})+(\\s+(?:${MONTH_NAMES}))`, 'g');
/** Days from the anchor, for words that name a day relative to the article's own date. */
const RELATIVE_DAYS: [RegExp, number][] = [
  [/\b(?:yesterday|last night|last evening)\b/i, -1],
  [/\b(?:today|this morning|this afternoon|this evening|tonight)\b/i, 0],
  [/\btomorrow\b/i, 1],
];
/** Months from the anchor's month, for words that name only a month. */
const RELATIVE_MONTHS: [RegExp, number][] = [
  [/\b(?:earlier|later) this month\b/i, 0],
  [/\blast month\b(?!['’]s)/i, -1],
  [/\bnext month\b(?!['’]s)/i, 1],
];
// "last week's attack" dates the attack, not the sentence's event
const LAST_WEEK = /\blast week\b(?!['’]s)/i;
const SHIFT: [RegExp, number][] = [
  [/\b(?:the|a) day (?:before|earlier)\b|\bthe previous day\b|\bthe eve\b/i, -1],
  [/\bthe (?:next|following) day\b|\ba day later\b/i, 1],
];

export interface TimeOptions {
  /** The sentence speaks of a planned event: a weekday is the next such day, not the last. */
  planned?: boolean;
}

function yearShift(word: string): number {
  const w = word.toLowerCase();
  if (w === 'last' || w === 'the previous') return -1;
  if (w === 'next' || w === 'the following') return 1;
  return 0;
}

/** A past-tense report's date without a year is the latest such date not far after the anchor. */
function inferYear(anchor: YMD, month: number, day: number): number {
  const guess = { year: anchor.year, month, day: Math.min(day, 28) };
  return daysBetween(anchor, guess) > 31 ? anchor.year - 1 : anchor.year;
}

const monthOf = (d: YMD, shift: number): string => {
  const m = d.year * 12 + (d.month - 1) + shift;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};

/** The most precise time the sentence gives: a full date, then a weekday or a relative day, then a month, then a year. */
export function resolveSentenceTime(sentence: string, anchor: YMD | null, options: TimeOptions = {}): SentenceTime {
  const hasDate = DATEISH.test(sentence);
  const day = hasDate ? dayDate(sentence, anchor) : null;
  if (day) return { kind: 'date', value: day };
  const relative = anchor ? relativeDate(sentence, anchor, options) : null;
  if (relative) return { kind: 'date', value: relative };
  const coarse = hasDate ? coarseDate(sentence, anchor) : null;
  if (coarse) return { kind: 'date', value: coarse };
  if (SAME_DAY_RE.test(sentence)) return { kind: 'sameDay' };
  for (const [re, days] of SHIFT) if (re.test(sentence)) return { kind: 'shift', days };
  if (anchor) {
    for (const [re, shift] of RELATIVE_MONTHS) if (re.test(sentence)) return { kind: 'date', value: monthOf(anchor, shift) };
    if (LAST_WEEK.test(sentence)) return { kind: 'date', value: monthOf(addDays(anchor, -7), 0) };
  }
  return { kind: 'none' };
}

/** The weekday a sentence dates by ("on Friday", "met separately Friday"), 0 for Sunday, or null. */
export function weekdayNamed(sentence: string): number | null {
  const m = WEEKDAY_RE.exec(sentence);
  return m ? WEEKDAYS.indexOf(m[1].toLowerCase()) : null;
}

/** A weekday (back from the anchor, or forward for a planned event) or a day named relative to the anchor. */
function relativeDate(sentence: string, anchor: YMD, options: TimeOptions): string | null {
  const weekday = WEEKDAY_RE.exec(sentence);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1].toLowerCase());
    const back = weekdayOnOrBefore(anchor, target);
    return formatYMD(options.planned ? addDays(back, daysBetween(back, anchor) > 0 ? 7 : 0) : back);
  }
  for (const [re, days] of RELATIVE_DAYS) if (re.test(sentence)) return formatYMD(addDays(anchor, days));
  return null;
}

/** A day-precise date; the DATEISH test before it spares chrono (the costliest step) most sentences. */
function dayDate(sentence: string, anchor: YMD | null): string | null {
  const ref = anchor ? toUTC(anchor) : NO_CLOCK;
  const text = sentence.replace(DAY_LIST, '$1$2');
  for (const r of chrono.strict.parse(text, ref)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    // with no date of the article's own, only a date written out in full stands: never one counted from a reference
    if (!anchor && !writesYear(r.text)) continue;
    const numeric = !/\p{L}/u.test(r.text.replace(WEEKDAY_WORD, '').replace(/\b(?:on|the)\b/gi, ''));
    // "4-1/2 hours", "1/2": a fraction, not a month and a day
    if (!s.isCertain('year') && numeric) continue;
    // "Wed, 04/05/2022": numbers are read as the page header's are, day first unless the weekday says otherwise
    const read = numeric ? findFullDates(text.slice(Math.max(0, r.index - 16), r.index + r.text.length)).pop() : undefined;
    if (read) return read.date;
    const month = s.get('month')!;
    const day = s.get('day')!;
    const year = s.isCertain('year') ? s.get('year')! : anchor ? inferYear(anchor, month, day) : null;
    if (year !== null && isValidDate(year, month, day)) return formatYMD({ year, month, day });
  }
  return null;
}

/** A month ("in March last year") or a year ("in 2018"). */
function coarseDate(sentence: string, anchor: YMD | null): string | null {
  MONTH_ONLY.lastIndex = 0;
  for (let m = MONTH_ONLY.exec(sentence); m; m = MONTH_ONLY.exec(sentence)) {
    const month = MONTHS_LONG.indexOf(m[1]) + 1;
    const year = m[2] ? +m[2] : anchor ? (m[3] ? anchor.year + yearShift(m[3]) : inferYear(anchor, month, 1)) : null;
    if (year !== null) return `${year}-${String(month).padStart(2, '0')}`;
  }
  YEAR_ONLY.lastIndex = 0;
  const y = YEAR_ONLY.exec(sentence);
  return y ? y[1] : null;
}

const MONTHS_LONG = MONTH_NAMES.split('|');
