// Finds web-page furniture in a saved article (breadcrumbs, share buttons, bylines, photo credits, cookie banners,
// "Related news" lists, legal footers) and masks it with spaces, so later stages never see it and every offset
// they report still points into the original text.
import noiseData from '../../../data/noise.json' with { type: 'json' };
import type { Span } from '../types.js';
import { escapeRegExp } from '../text/regexEscape.js';

export interface CleanResult {
  /** The text with noise replaced by spaces (line breaks kept), the same length as the input. */
  content: string;
  noise: Span[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const LIST_HEADINGS = new Set(noiseData.listHeadings);
const SHARE_WORDS = new Set(noiseData.shareWords);
const BYLINE = new RegExp(`^\\s*(?:${noiseData.bylineLabels.map(escapeRegExp).join('|')})\\s*[:：|]`, 'i');
const INLINE_BYLINE = new RegExp(`(?:^|\\s)(?:${noiseData.bylineLabels.filter((l) => l !== 'by').map(escapeRegExp).join('|')})\\s*[:：]\\s*\\S.*$`, 'i');
const CREDIT = new RegExp(`^\\s*\\(?(?:${noiseData.creditLabels.map(escapeRegExp).join('|')})\\s*(?:[:：/]|by\\b|courtesy\\b)`, 'i');
const INLINE_CREDIT = new RegExp(`\\((?:${noiseData.creditLabels.map(escapeRegExp).join('|')})\\s*[:：/][^)]*\\)`, 'gi');
const LEGAL = new RegExp(noiseData.legalPatterns.map(escapeRegExp).join('|'), 'i');
const BY_NAME = /^\s*by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,|/].*)?$/iu;
const BREADCRUMB_SEP = /\s[>›»]\s|\s[>›»]$|^[>›»]/;
const RUN_TOGETHER_NAV = /^\s*Home(?:\p{Lu}\p{Ll}+){2,}\s*$/u;
const PROSE_END = /[.!?"”’)]\s*$/;
const DATE_OR_TIME = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{1,2}:\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/g;
// "BEIJING, May 30 (Xinhua) --": the agency in a dateline is a credit, not content
const DATELINE_AGENCY = /^\s*[\p{Lu}][\p{Lu} .'\-]{2,40},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(\([^)\n]{2,40}\))\s*(?:--|—|–)/u;


function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

function words(line: string): string[] {
  return line.toLowerCase().replace(/[^\p{L}\p{N}+\-' ]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
}

function isShareLine(line: string): boolean {
  if (line.length > 160) return false;
  const norm = words(line).join(' ');
  if (norm === '' || norm.length > 80) return false;
  if (SHARE_WORDS.has(norm)) return true;
  const parts = line.toLowerCase().split(/[|·•,/:\t]|\s{2,}/).map((p) => words(p).join(' ')).filter(Boolean);
  return parts.length > 0 && parts.every((p) => SHARE_WORDS.has(p));
}

function isListHeading(line: string): boolean {
  if (line.length > 40) return false;
  const norm = words(line).join(' ');
  return norm.length > 0 && norm.length <= 40 && LIST_HEADINGS.has(norm);
}

function isBreadcrumb(line: string): boolean {
  const t = line.trim();
  if (t.length > 160) return false;
  if (RUN_TOGETHER_NAV.test(t)) return true;
  const parts = t.split(/\s*[>›»]\s*/).filter(Boolean);
  return BREADCRUMB_SEP.test(t) && parts.length >= 2 && parts.every((p) => p.length <= 40 && !PROSE_END.test(p));
}

function isCookieLine(line: string): boolean {
  return /\bcookies?\b/i.test(line) && line.length < 600 && /\b(use|consent|accept|settings|privacy|website|browsing)\b/i.test(line);
}

/** A short header line that is a date or time with at most a few words of credit around it ("Xinhua) 13:20, May 31, 2024"). */
function isMetadataLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  DATE_OR_TIME.lastIndex = 0;
  if (!DATE_OR_TIME.test(t)) return false;
  return words(t.replace(DATE_OR_TIME, ' ')).filter((w) => /\p{L}/u.test(w)).length <= 3;
}

function isShortFragment(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && words(t).length <= 6 && !PROSE_END.test(t);
}

function isProse(line: string): boolean {
  return line.trim().length >= 100 && PROSE_END.test(line);
}

/** The whole-line noise test; `null` when the line is content. */
function lineNoise(line: string): 'line' | 'list' | null {
  const t = line.trim();
  if (t === '') return null;
  // paragraphs of prose are never furniture; only a long cookie banner or legal notice is
  if (t.length > 300) return isCookieLine(t) ? 'line' : null;
  // a sentence of prose: only cookie banners and legal notices read like that
  if (t.length > 120 && PROSE_END.test(t)) return isCookieLine(t) || LEGAL.test(t) ? 'line' : null;
  if (isListHeading(t)) return 'list';
  if (isBreadcrumb(t) || isShareLine(t) || isCookieLine(t)) return 'line';
  if (t.length <= 200 && (BYLINE.test(t) || CREDIT.test(t) || BY_NAME.test(t))) return 'line';
  if (t.length <= 300 && LEGAL.test(t)) return 'line';
  if (isMetadataLine(t)) return 'line';
  return null;
}

export function maskNoise(text: string, keep: Span | null = null): CleanResult {
  const lines = splitLines(text);
  const noise: Span[] = [];
  const mark = (s: number, e: number) => {
    if (e > s) noise.push([s, e]);
  };
  const lastProse = lines.reduce((last, l, i) => (isProse(l.text) ? i : last), -1);
  let inList = false;
  let afterNoise = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (keep && line.start < keep[1] && keep[0] < line.end) continue;
    const t = line.text.trim();
    if (t === '') continue;
    const kind = lineNoise(line.text);
    if (kind === 'list') inList = true;
    else if (inList && line.text.trim().length >= 200 && PROSE_END.test(line.text)) inList = false;
    const footerFragment = i > lastProse && afterNoise && isShortFragment(line.text);
    if (kind || inList || footerFragment) {
      mark(line.start, line.end);
      afterNoise = true;
      continue;
    }
    afterNoise = false;
    const agency = DATELINE_AGENCY.exec(line.text);
    if (agency) {
      const at = line.start + agency[0].indexOf(agency[1]);
      mark(at, at + agency[1].length);
    }
    const byline = t.length <= 200 ? INLINE_BYLINE.exec(line.text) : null;
    if (byline) mark(line.start + byline.index, line.end);
    INLINE_CREDIT.lastIndex = 0;
    for (let m = INLINE_CREDIT.exec(line.text); m; m = INLINE_CREDIT.exec(line.text)) mark(line.start + m.index, line.start + m.index + m[0].length);
  }
  return { content: applyMask(text, noise), noise };
}

/** Replaces every span with spaces, keeping line breaks so line numbers do not move. */
export function applyMask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, at);
    if (e <= from) continue;
    out += text.slice(at, from) + text.slice(from, e).replace(/[^\r\n]/g, ' ');
    at = e;
  }
  return out + text.slice(at);
}
