// A transcript's turns: the paragraphs a speaker's label opens are theirs, so "I" there is that speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, describeEvent as described } from '../../../helpers/corpus.js';

const HEADER = 'Remarks after the talks\n2024-05-31\n\nForeign Minister Ana Varga spoke to the press in Lima.\n\n';

test('"MINISTER VARGA: … Minister Berg and I met": the speaker of a labelled paragraph is the "I" in it', () => {
  const a = analyze(`${HEADER}MINISTER VARGA: Good afternoon. Foreign Minister Tomas Berg and I met in Lima on Thursday.`);
  assert.ok(a.events.some((e) => described(a, e).includes('Ana Varga, Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
});

test('a turn goes on past its first paragraph, and a label nobody answers to ("QUESTION:") ends it', () => {
  const text = `${HEADER}MINISTER VARGA: Good afternoon.\n\nForeign Minister Tomas Berg and I met in Lima on Thursday.\n\nQUESTION: Minister Ivo Marek and I met in Quito on Wednesday, did you?`;
  const a = analyze(text);
  const all = a.events.map((e) => described(a, e));
  assert.ok(all.some((e) => e.includes('Ana Varga, Tomas Berg')), all.join('\n'));
  assert.ok(all.every((e) => !(e.includes('Ivo Marek') && e.includes('Ana Varga'))), all.join('\n'));
});
