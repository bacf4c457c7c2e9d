// The analyzer never throws, every span it reports lies inside the document on UTF-16 boundaries, and what it
// reports passes the check a cache entry must pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { buildIndex } from '../../../server/src/core/index/corpusIndex.js';
import type { DocAnalysis, Span } from '../../../server/src/core/types.js';
import { spansOf } from '../../../server/src/core/text/spanList.js';
import { markdownNoise } from '../../../server/src/core/clean/markdown.js';
import { entryBody } from '../../../server/src/core/cache/analysisCache.js';
import { isStoredAnalysis } from '../../../server/src/core/cache/validEntry.js';
import { anyText, articleText, linkSyntax, quadraticText, runs } from './generators.js';

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** A boundary that does not split a surrogate pair. */
function onBoundary(text: string, offset: number): boolean {
  return offset === 0 || offset === text.length || !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function allSpans(a: DocAnalysis): Span[] {
  return [
    ...a.persons.flatMap((p) => spansOf(p.mentions)),
    ...a.names.flatMap((n) => [...spansOf(n.mentions), n.sentence, ...(n.acronymDefinition ? [n.acronymDefinition] : [])]),
    ...a.candidates.map((c): Span => [c.start, c.end]),
    ...a.events.flatMap((e) => e.sources),
    ...a.diagnostics.map((d) => d.span),
  ];
}

function check(text: string, name: string): void {
  const a = analyzeDocument({ uri: `file:///fuzz/${name}`, text });
  assert.equal(a.length, text.length);
  for (const [s, e] of allSpans(a)) {
    assert.ok(0 <= s && s <= e && e <= text.length, `span [${s}, ${e}) outside 0..${text.length}`);
    assert.ok(onBoundary(text, s) && onBoundary(text, e), `span [${s}, ${e}) splits a surrogate pair`);
  }
  assert.ok(isStoredAnalysis(JSON.parse(entryBody(a, 'key')).analysis, text.length), 'a fresh analysis fails the cache entry check');
  buildIndex([a]);
}

for (const ext of ['txt', 'md']) {
  test(`analyzing article-like .${ext} text never throws and keeps spans inside the text`, () => {
    fc.assert(fc.property(articleText, (text) => check(text, `a.${ext}`)), { numRuns: runs(1000) });
  });
}

test('analyzing arbitrary UTF-16, lone surrogates included, never throws', () => {
  fc.assert(fc.property(anyText, (text) => check(text, 'x.md')), { numRuns: runs(1000) });
});

for (const ext of ['txt', 'md']) {
  test(`analyzing .${ext} text with the shapes that were quadratic inside never throws and keeps spans inside the text`, () => {
    fc.assert(fc.property(quadraticText, (text) => check(text, `q.${ext}`)), { numRuns: runs(200) });
  });
}

test('link targets are masked exactly where the regex /\\]\\([^)\\n]*\\)/g matches', () => {
  const linkTarget = (s: Span, text: string) => text.startsWith('](', s[0]) && text[s[1] - 1] === ')';
  fc.assert(
    fc.property(linkSyntax, (text) => {
      const expected = [...text.matchAll(/\]\([^)\n]*\)/g)].map((m): [number, number] => [m.index, m.index + m[0].length]);
      assert.deepEqual(markdownNoise(text).filter((s) => linkTarget(s, text)), expected);
    }),
    { numRuns: runs(1000) },
  );
});
