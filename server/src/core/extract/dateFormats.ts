// Calendar helpers and the date shapes scraped pages carry (2024-05-31, 2020/09/11, 16/05/2024, May 31, 2024…).
// Dates are plain YYYY-MM-DD strings; nothing here looks at the clock.
import * as chrono from 'chrono-node';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatYMD(d: YMD): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function parseYMD(s: string | null): YMD | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toUTC(d: YMD): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

export function fromUTC(d: Date): YMD {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: YMD, days: number): YMD {
  const t = toUTC(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUTC(t);
}

/** Days from a to b (b − a). */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((toUTC(b).getTime() - toUTC(a).getTime()) / 86_400_000);
}

/** The latest given weekday (0 = Sunday) on or before the anchor: a past-tense report's "on Thursday". */
export function weekdayOnOrBefore(anchor: YMD, weekday: number): YMD {
  const current = toUTC(anchor).getUTCDay();
  return addDays(anchor, -((current - weekday + 7) % 7));
}

/** A front-matter value (YAML may already have made it a Date) as YYYY-MM-DD, or null. */
export function normalizeDateValue(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return formatYMD(fromUTC(v));
  if (typeof v !== 'string') return null;
  const found = findFullDates(v);
  return found.length > 0 ? found[0].date : null;
}

export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

const NUMERIC: { re: RegExp; order: 'ymd' | 'dmy' }[] = [
  { re: /(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-]*\d)/g, order: 'ymd' },
  { re: /(?<![\d/.-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.-]*\d)/g, order: 'dmy' },
];

const WEEKDAY_BEFORE = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\.?,?\s*$/i;
const WEEKDAY_ABBR = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** "Tue, 04/05/2022": the weekday written before a numeric date settles which of the two readings is meant. */
function weekdaySaysMonthFirst(before: string, y: number, mo: number, d: number): boolean {
  const w = WEEKDAY_BEFORE.exec(before);
  if (!w || !isValidDate(y, d, mo)) return false;
  const weekday = WEEKDAY_ABBR.indexOf(w[1].toLowerCase());
  const dayOf = (month: number, day: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay();
  return dayOf(mo, d) !== weekday && dayOf(d, mo) === weekday;
}

/**
 * Every complete date (day, month and year) in a line, in order. Numeric d/m/y is read day-first, as most
 * international news sites write it, unless only month-first makes a valid date or a weekday before it says so.
 */
export function findFullDates(line: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, order } of NUMERIC) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      let [y, mo, d] = order === 'ymd' ? [+m[1], +m[2], +m[3]] : [+m[3], +m[2], +m[1]];
      if (order === 'dmy' && !isValidDate(y, mo, d) && isValidDate(y, d, mo)) [mo, d] = [d, mo];
      else if (order === 'dmy' && weekdaySaysMonthFirst(line.slice(Math.max(0, m.index - 16), m.index), y, mo, d)) [mo, d] = [d, mo];
      if (isValidDate(y, mo, d)) out.push({ date: formatYMD({ year: y, month: mo, day: d }), index: m.index, length: m[0].length });
    }
  }
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(line) && /\d/.test(line)) {
    // a fixed reference, and a day and a year written out: chrono takes "the day before" or "today" as certain
    // dates counted from its reference, which would otherwise be the machine's clock
    for (const r of chrono.strict.parse(line, NO_CLOCK)) {
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
      if (!/[A-Za-z]{3}/.test(r.text) || !writesYear(r.text)) continue;
      const y = s.get('year')!, mo = s.get('month')!, d = s.get('day')!;
      if (isValidDate(y, mo, d) && !out.some((o) => o.index <= r.index && r.index < o.index + o.length)) {
        out.push({ date: formatYMD({ year: y, month: mo, day: d }), index: r.index, length: r.text.length });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A day and a year written out ("10 March 23", "May 5, 2024"): not a date counted from a reference day. */
export function writesYear(text: string): boolean {
  return /\b\d{4}\b/.test(text) || (text.match(/\d+/g) ?? []).length >= 2;
}

/** Chrono's reference when a text has no date of its own: any fixed day, so that no answer depends on the clock. */
export const NO_CLOCK = new Date(Date.UTC(2000, 0, 1, 12));

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}
