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
const RELATIVE_YEAR_RE = /^\s*(?:of\s+)?(last|this|next|the previous|the following)\s+year\b/i;
const DATEISH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b|\d{4}|\d{1,2}\/\d{1,2}/;

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

export function resolveSentenceTime(sentence: string, anchor: YMD | null): SentenceTime {
  const weekday = WEEKDAY_RE.exec(sentence);
  const explicit = explicitDate(sentence, anchor);
  if (explicit) return { kind: 'date', value: explicit };
  if (weekday && anchor) {
    return { kind: 'date', value: formatYMD(weekdayOnOrBefore(anchor, WEEKDAYS.indexOf(weekday[1].toLowerCase()))) };
  }
  if (SAME_DAY_RE.test(sentence)) return { kind: 'sameDay' };
  return { kind: 'none' };
}

function explicitDate(sentence: string, anchor: YMD | null): string | null {
  const ref = anchor ? toUTC(anchor) : undefined;
  let best: { value: string; precision: number } | null = null;
  for (const r of chrono.parse(sentence, ref)) {
    if (!DATEISH.test(r.text) || /\bago\b/i.test(r.text)) continue;
    const s = r.start;
    if (!s.isCertain('month') && !s.isCertain('year')) continue;
    let year = s.isCertain('year') ? s.get('year')! : null;
    const month = s.isCertain('month') ? s.get('month')! : null;
    const day = s.isCertain('day') ? s.get('day')! : null;
    const rel = RELATIVE_YEAR_RE.exec(sentence.slice(r.index + r.text.length));
    if (year === null && rel && anchor) year = anchor.year + yearShift(rel[1]);
    if (year === null && anchor && month !== null) year = inferYear(anchor, month, day ?? 1);
    if (year === null) continue;
    let value: string;
    let precision: number;
    if (month !== null && day !== null && isValidDate(year, month, day)) {
      value = formatYMD({ year, month, day });
      precision = 3;
    } else if (month !== null) {
      value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
      precision = 2;
    } else {
      value = String(year);
      precision = 1;
    }
    if (!best || precision > best.precision) best = { value, precision };
  }
  return best?.value ?? null;
}
