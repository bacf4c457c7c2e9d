// A document's title, publication date and dateline. Dates come from front matter or from the page header
// (the lines before the article body, or a labelled "date"/"published" line); never from the clock.
import type { FrontMatter, Span } from '../types.js';
import { type FoundDate, type YMD, daysBetween, findFullDates, formatYMD, isValidDate, monthNumber, parseYMD } from './dateFormats.js';
import { titleCase } from '../text/tokens.js';
import { vocabulary } from './vocabulary.js';
import { cities } from './cities.js';

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
// "GENEVA, May 2 (Xinhua) --", "LYON, France, May 20 (Agency) --", "Lusaka [Zambia], April 5 (Agency):",
// "KAMPALA, September 3. /Agency/.", "Accra, March 9/2024(Agency) The …"
const PLACE = String.raw`([A-Z][A-Z.'\- ]{2,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s*\[[^\]\n]{2,30}\])?`;
const AGENCY = String.raw`(?:\(([^)\n]{2,40})\)|/([^/\n]{2,20})/)`;
const DATELINE = new RegExp(String.raw`^\s*${PLACE}(?:,\s*[A-Z][A-Za-z.]+)?,\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:(?:,\s*|\/)(\d{4}))?\.?\s*(?:${AGENCY}\.?\s*)?(?:--|—|–|-|:|(?<=[./)]\s*)(?=[A-Z]))\s*`);
// "NEW DELHI (Reuters) -", "DOHA [Qatar]:"
const DATELINE_NO_DATE = new RegExp(String.raw`^\s*([A-Z][A-Z.'\- ]{2,40}?)\s*(?:\[[^\]\n]{2,30}\]\s*(?:${AGENCY}\s*)?|${AGENCY}\s*)(?:--|—|–|-|:)\s`);
// "BEIJING - ", "Dubai: ": only a place the gazetteer knows, since "Source: …" and "UPDATE - …" look the same
const DATELINE_BARE = /^\s*([A-Z][A-Za-z.'\- ]{2,40}?)\s*(?:--|—|–|-|:)\s+(?=\p{Lu})/u;
// "PTI Mumbai": an agency's short name, then the place
const AGENCY_FIRST = /^\s*(?:[A-Z]{2,6}|Reuters|Xinhua)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/;
/** A scraped line may open with a date label ("date 2024-05-31") before the dateline. */
const DATE_LABEL = /^\s*(?:date|published)\s*:?\s*\d{4}-\d{2}-\d{2}\s+/i;

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

/** Where the place is written: after optional space (and a date label) at the start of the line. */
function placeAt(line: { text: string; start: number }, offset: number, written: string): Span {
  const at = line.text.indexOf(written, offset);
  const start = line.start + at;
  return [start, start + written.trimEnd().length];
}

const knownPlace = (name: string): boolean => {
  const v = vocabulary();
  return v.places.has(name) || v.countryOf.has(name) || cities().has(name);
};

function datelineIn(l: { text: string; start: number }): Dateline | null {
  const skip = DATE_LABEL.exec(l.text)?.[0].length ?? 0;
  const text = l.text.slice(skip);
  const m = DATELINE.exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    const day = +m[3];
    const year = m[4] ? +m[4] : null;
    const date = month && year && isValidDate(year, month, day) ? { year, month, day } : month ? { year: 0, month, day } : null;
    return { place: titleCase(m[1].trim()), placeSpan: placeAt(l, skip, m[1]), date };
  }
  const n = DATELINE_NO_DATE.exec(text);
  if (n) return { place: titleCase(n[1].trim()), placeSpan: placeAt(l, skip, n[1]), date: null };
  const b = DATELINE_BARE.exec(text);
  if (b && knownPlace(titleCase(b[1].trim()))) return { place: titleCase(b[1].trim()), placeSpan: placeAt(l, skip, b[1]), date: null };
  const a = AGENCY_FIRST.exec(text);
  const place = a ? [a[1], a[1].split(' ')[0]].find(knownPlace) : undefined;
  if (a && place) return { place, placeSpan: placeAt(l, skip + a[0].length - a[1].length, place), date: null };
  return null;
}

function findDateline(body: { text: string; start: number }[]): Dateline | null {
  for (const l of body.slice(0, 3)) {
    const d = datelineIn(l);
    if (d) return d;
  }
  return null;
}

/** "September 15, 2022, Lusaka": a header line that is a date and then the place the report was filed from. */
function datePlaceLine(header: { text: string; start: number }[]): Dateline | null {
  for (const l of header) {
    const d = findFullDates(l.text)[0];
    if (!d || l.text.slice(0, d.index).trim() !== '') continue;
    const m = /^\s*[,–—-]\s*(\p{Lu}[\p{L}'’. -]{1,40}?)\s*$/u.exec(l.text.slice(d.index + d.length));
    if (m && cities().has(m[1])) {
      const [year, month, day] = d.date.split('-').map(Number);
      return { place: m[1], placeSpan: placeAt(l, d.index + d.length, m[1]), date: { year, month, day } };
    }
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

/** More words than a metadata line carries before its date ("By Ann Lee | Published May 2, 2024"). */
const CAPTION_WORDS = 7;

/**
 * "X, left, with Y, Lusaka, March 3, 2011.": a photo caption, whose date is the picture's. A labelled line
 * ("Posted …", "date …") is metadata however long.
 */
function inCaption(line: string, d: FoundDate): boolean {
  if (LABELLED.test(line)) return false;
  const words = line.slice(0, d.index).split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= CAPTION_WORDS && /\p{Ll}/u.test(line.slice(0, d.index));
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
      const found = findFullDates(l.text).filter((d) => !inCaption(l.text, d));
      if (found.length > 0) {
        published = found[0].date;
        break;
      }
    }
  }
  const dateline = findDateline(bodyStart < 0 ? all : all.slice(bodyStart)) ?? datePlaceLine(header);
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
