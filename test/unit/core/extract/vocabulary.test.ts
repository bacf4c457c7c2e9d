// The one-pass vocabulary scan: every title, country and trigger is found wherever it stands in the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vocabulary } from '../../../../server/src/core/extract/vocabulary.js';

test('a phrase is found across the seam where a long line is searched in pieces', () => {
  for (const pad of [2030, 2035, 2040, 2047, 2048, 2050]) {
    const text = `${'é'.repeat(pad)} Prime Minister spoke. ${'x '.repeat(1500)}`;
    const at = text.indexOf('Prime Minister');
    const hit = vocabulary().scan(text).find((h) => h.kind === 'title' && h.start === at);
    assert.equal(hit?.end, at + 'Prime Minister'.length, `at ${pad}`);
  }
});
