// Converts UTF-16 offsets to LSP positions (zero-based line, UTF-16 character) and back.
// Lines end at \n, \r\n or a lone \r, as LSP defines them.
import type { Position, Range, Span } from '../types.js';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function offsetAt(lineStarts: readonly number[], length: number, position: Position): number {
  if (position.line >= lineStarts.length) return length;
  const lineStart = lineStarts[Math.max(0, position.line)];
  const nextStart = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : length;
  return Math.min(lineStart + Math.max(0, position.character), nextStart);
}

export function rangeOf(lineStarts: readonly number[], span: Span): Range {
  return { start: positionAt(lineStarts, span[0]), end: positionAt(lineStarts, span[1]) };
}
