// A document's title, publication date and dateline. Dates come from front matter or from the page header
// (the lines before the article body, or a labelled "date"/"published" line); never from the clock.
import type { FrontMatter, Span } from '../types.js';
import { type YMD, daysBetween, findFullDates, formatYMD, isValidDate, monthNumber, parseYMD } from './dateFormats.js';
import { titleCase } from '../text/tokens.js';

export interface Dateline {
  place: string;
  /** Where the place is written, as in the text ("NEW DELHI"). */
  placeSpan: Span;
  date: YMD | null;
}

export interface DocumentInfoResult {
  title: string | null;
  published: string | null;
  dateline: Dateline | null;
  anchorDate: string | null;
}

const LABELLED = /^\s*(?:date|published|publication date|posted|updated|release date)\s*[:：]?\s+/i;
const DATELINE = /^\s*([A-Z][A-Z.'\- ]{2,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][A-Za-z.]+)?,\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:,\s*(\d{4}))?\s*(?:\(([^)\n]{2,40})\)\s*)?(?:--|—|–|-)\s/;
const DATELINE_NO_DATE = /^\s*([A-Z][A-Z.'\- ]{2,40}?)\s*\(([^)\n]{2,40})\)\s*(?:--|—|–|-)\s/;

function lines(content: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\r\n]*/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (m[0].length > 0) out.push({ text: m[0], start: m.index });
    if (re.lastIndex >= content.length) break;
    re.lastIndex++;
  }
  return out;
}

/** Both dateline patterns open with optional space and then the place. */
function placeAt(line: { text: string; start: number }, written: string): Span {
  const start = line.start + (/^\s*/.exec(line.text)?.[0].length ?? 0);
  return [start, start + written.trimEnd().length];
}

function findDateline(body: { text: string; start: number }[]): Dateline | null {
  for (const l of body.slice(0, 3)) {
    const m = DATELINE.exec(l.text);
    if (m) {
      const month = monthNumber(m[2]);
      const day = +m[3];
      const year = m[4] ? +m[4] : null;
      const date = month && year && isValidDate(year, month, day) ? { year, month, day } : month ? { year: 0, month, day } : null;
      return { place: titleCase(m[1]), placeSpan: placeAt(l, m[1]), date };
    }
    const n = DATELINE_NO_DATE.exec(l.text);
    if (n) return { place: titleCase(n[1]), placeSpan: placeAt(l, n[1]), date: null };
  }
  return null;
}

/** The dateline's month and day in the publication year, or the year before when that would be in the future. */
function datelineDate(d: Dateline | null, published: YMD | null): YMD | null {
  if (!d?.date) return null;
  if (d.date.year > 0) return d.date;
  if (!published) return null;
  const same = { year: published.year, month: d.date.month, day: d.date.day };
  if (!isValidDate(same.year, same.month, same.day)) return null;
  return daysBetween(published, same) > 2 ? { ...same, year: same.year - 1 } : same;
}

function cleanTitle(line: string): string | null {
  const t = line
    .replace(LABELLED, '')
    .replace(/^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\s*/, '')
    .replace(/^#+\s*/, '')
    .trim();
  return t.length > 0 && t.length <= 250 ? t : null;
}

/** `body` still has page furniture (dates hide in it); `content` has it masked (the title must not come from it). */
export function documentInfo(body: string, content: string, frontMatter: FrontMatter | null): DocumentInfoResult {
  const all = lines(body);
  const bodyStart = all.findIndex((l) => l.text.trim().length >= 120);
  // Scraped headers mix short metadata lines with a teaser sentence, so the header is the short lines near the top.
  const header = all.filter((l) => l.text.trim().length > 0).slice(0, 20).filter((l) => l.text.trim().length < 120);
  let published = frontMatter?.date ?? null;
  if (!published) {
    for (const l of [...header, ...all.filter((x) => LABELLED.test(x.text))]) {
      const found = findFullDates(l.text);
      if (found.length > 0) {
        published = found[0].date;
        break;
      }
    }
  }
  const dateline = findDateline(bodyStart < 0 ? all : all.slice(bodyStart));
  const pub = parseYMD(published);
  const lineDate = datelineDate(dateline, pub);
  if (!published && lineDate) published = formatYMD(lineDate);
  const anchor = lineDate ?? pub;
  const contentLines = lines(content);
  const firstLine = contentLines.find((l) => cleanTitle(l.text) !== null);
  const markdownHeading = contentLines.find((l) => /^#\s+\S/.test(l.text));
  const title = frontMatter?.title ?? (markdownHeading ? cleanTitle(markdownHeading.text) : null) ?? (firstLine ? cleanTitle(firstLine.text) : null);
  return { title, published, dateline, anchorDate: anchor ? formatYMD(anchor) : null };
}
