// Offsets to LSP positions: line breaks and UTF-16 code units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLineStarts, offsetAt, positionAt } from '../../../../server/src/core/text/positions.js';

test('line starts honour \\n, \\r\\n and a lone \\r', () => {
  assert.deepEqual(computeLineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
});

test('positions count UTF-16 code units, so a character outside the BMP takes two', () => {
  const text = 'x\n🙂 Wang';
  const starts = computeLineStarts(text);
  assert.deepEqual(positionAt(starts, text.indexOf('Wang')), { line: 1, character: 3 });
  assert.equal(offsetAt(starts, text.length, { line: 1, character: 3 }), text.indexOf('Wang'));
});

test('an offset past the end of a line is clamped to the line', () => {
  const text = 'ab\ncd';
  assert.equal(offsetAt(computeLineStarts(text), text.length, { line: 0, character: 99 }), 3);
});
