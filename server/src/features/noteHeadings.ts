// The headings of a Markdown note (ATX `#` headings outside front matter and fenced code), with the span of the
// section each one opens, so the outline can follow the note's own structure.
import type { Span } from '../core/types.js';

export interface NoteHeading {
  level: number;
  title: string;
  /** The heading line itself. */
  line: Span;
  /** The heading and everything under it, up to the next heading of the same or a higher level. */
  section: Span;
}

const FRONT_MATTER = /^---[^\n]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

export function noteHeadings(text: string): NoteHeading[] {
  const found: Omit<NoteHeading, 'section'>[] = [];
  let offset = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  let fence: string | null = null;
  for (const raw of text.slice(offset).split('\n')) {
    const line = raw.replace(/\r$/, '');
    const opens = FENCE.exec(line);
    if (fence !== null) {
      if (opens && opens[1][0] === fence[0] && opens[1].length >= fence.length && line.trim() === opens[1]) fence = null;
    } else if (opens) fence = opens[1];
    else {
      const h = ATX.exec(line);
      const title = h?.[2]?.trim();
      if (h && title) found.push({ level: h[1].length, title, line: [offset, offset + line.length] });
    }
    offset += raw.length + 1;
  }
  return found.map((h, i) => {
    const next = found.slice(i + 1).find((n) => n.level <= h.level);
    const end = next ? next.line[0] : text.length;
    return { ...h, section: [h.line[0], Math.max(h.line[1], text.slice(0, end).trimEnd().length)] };
  });
}
