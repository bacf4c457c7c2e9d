// Resolves the time an event sentence speaks of against the document's anchor date: explicit dates,
// "on Thursday" (the latest such day on or before the anchor), "in March last year" (a month), "the same day".
import * as chrono from 'chrono-node';
import { type YMD, formatYMD, isValidDate, toUTC, weekdayOnOrBefore, daysBetween } from './dateFormats.js';

export type SentenceTime =
  | { kind: 'date'; value: string }
  | { kind: 'sameDay' }
  | { kind: 'none' };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(?:on|last|this past|since|until)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const SAME_DAY_RE = /\b(?:the same day|that day|earlier in the day|later in the day|later that day|earlier that day|on the same day)\b/i;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATEISH = new RegExp(`\\b(?:(?:${MONTH_NAMES})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?(?=\\s*\\d))|\\b\\d{4}\\b|\\d{1,2}/\\d{1,2}`);
// "in March last year", "since June 2022": a month, with a year or a year relative to the anchor
// ("since 2022" or "until June" bound a span of time; they do not date an event)
const MONTH_ONLY = new RegExp(`\\b(?:in|during|early|late|mid-?|last)\\s+(${MONTH_NAMES})(?:\\s+(\\d{4})|,?\\s+(last|this|next) year)?\\b`, 'g');
const YEAR_ONLY = /\b(?:in|during)\s+((?:19|20)\d{2})\b(?!\s*[-/])/g;

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

/** The most precise time the sentence gives: a full date, then a weekday, then a month, then a year. */
export function resolveSentenceTime(sentence: string, anchor: YMD | null): SentenceTime {
  const hasDate = DATEISH.test(sentence);
  const day = hasDate ? dayDate(sentence, anchor) : null;
  if (day) return { kind: 'date', value: day };
  const weekday = WEEKDAY_RE.exec(sentence);
  if (weekday && anchor) {
    return { kind: 'date', value: formatYMD(weekdayOnOrBefore(anchor, WEEKDAYS.indexOf(weekday[1].toLowerCase()))) };
  }
  const coarse = hasDate ? coarseDate(sentence, anchor) : null;
  if (coarse) return { kind: 'date', value: coarse };
  if (SAME_DAY_RE.test(sentence)) return { kind: 'sameDay' };
  return { kind: 'none' };
}

/** A day-precise date; the DATEISH test before it spares chrono (the costliest step) most sentences. */
function dayDate(sentence: string, anchor: YMD | null): string | null {
  const ref = anchor ? toUTC(anchor) : undefined;
  for (const r of chrono.strict.parse(sentence, ref)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
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
