// A changed document resolved against the index linked before the change: known names answer at their new
// positions, new ones do not, nothing answers wrongly, and the index is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, type MentionTable } from '../../../../server/src/core/index/corpusIndex.js';
import { provisionalTable } from '../../../../server/src/core/index/provisional.js';
import { exportIndex } from '../../../../server/src/core/index/exportJson.js';
import { analyze } from '../../../helpers/corpus.js';

const ARTICLE = [
  'Talks in Geneva',
  '',
  'Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Geneva on Monday.',
  'They discussed the Belt and Road Initiative (BRI) and trade along its routes.',
].join('\n');
const NOTE_BEFORE = '# Note\n\nNothing yet.';
const NOTE_AFTER = [
  '# Note',
  '',
  'Prime Minister Hallgrim Vesterberg of Norway phoned Lavrov about the BRI.',
  'NATO was not mentioned. Wang Yi stayed away.',
].join('\n');

const rows = (t: MentionTable, text: string) => t.ids.map((id, i) => `${text.slice(t.starts[i], t.ends[i])} → ${id}`);

function before() {
  return buildIndex([analyze(ARTICLE, 'article.txt'), analyze(NOTE_BEFORE, 'note.md')]);
}

test('known names in the new text answer at their new positions; someone new does not', () => {
  const index = before();
  const table = provisionalTable(index, analyze(NOTE_AFTER, 'note.md'));
  const shown = rows(table, NOTE_AFTER);
  assert.ok(shown.includes('Lavrov → person:sergei-lavrov'), shown.join('; '));
  assert.ok(shown.includes('BRI → initiative:belt-and-road-initiative'), shown.join('; '));
  assert.ok(shown.includes('Wang Yi → person:wang-yi'), shown.join('; '));
  assert.ok(!shown.some((r) => r.includes('Vesterberg')), 'a new person waits for the relink');
});

test('the provisional mentions agree with what the full relink finds for the same text', () => {
  const index = before();
  const note = analyze(NOTE_AFTER, 'note.md');
  const provisional = rows(provisionalTable(index, note), NOTE_AFTER);
  const fresh = buildIndex([analyze(ARTICLE, 'article.txt'), note]);
  const linked = rows(fresh.mentionsByUri.get(note.uri)!, NOTE_AFTER);
  for (const r of provisional) assert.ok(linked.includes(r), `${r} is not in ${linked.join('; ')}`);
});

test('the index it reads is left as it was, even for a well-known acronym it has not seen', () => {
  const index = before();
  const was = JSON.stringify(exportIndex(index));
  const table = provisionalTable(index, analyze(NOTE_AFTER, 'note.md'));
  assert.ok(!rows(table, NOTE_AFTER).some((r) => r.startsWith('NATO')), 'NATO would be a new entity: it waits');
  assert.equal(JSON.stringify(exportIndex(index)), was);
});
