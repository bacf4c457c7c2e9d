// A changed document resolved against the index linked before the change: known names answer at their new
// positions, new ones as provisional entities the document alone describes, nothing answers wrongly, and the index
// is left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, type MentionTable } from '../../../../server/src/core/index/corpusIndex.js';
import { provisionalView } from '../../../../server/src/core/index/provisional.js';
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

test('known names in the new text answer at their new positions; someone new answers provisionally', () => {
  const index = before();
  const view = provisionalView(index, analyze(NOTE_AFTER, 'note.md'));
  const shown = rows(view.table, NOTE_AFTER);
  assert.ok(shown.includes('Lavrov → person:sergei-lavrov'), shown.join('; '));
  assert.ok(shown.includes('BRI → initiative:belt-and-road-initiative'), shown.join('; '));
  assert.ok(shown.includes('Wang Yi → person:wang-yi'), shown.join('; '));
  assert.ok(shown.includes('Hallgrim Vesterberg → provisional:person:hallgrim-vesterberg'), shown.join('; '));
  const vesterberg = view.entities.get('provisional:person:hallgrim-vesterberg');
  assert.equal(vesterberg?.country, 'Norway');
  assert.deepEqual(vesterberg?.roles.map((r) => r.title), ['Prime Minister']);
  assert.ok(![...view.entities.keys()].some((id) => id.includes('lavrov')), 'a known person is never made again');
  for (const [id, e] of view.entities) {
    const shownAt = view.table.ids.flatMap((x, i) => (x === id ? [`${view.table.starts[i]}-${view.table.ends[i]}`] : []));
    assert.deepEqual(e.mentions.starts.map((s, i) => `${s}-${e.mentions.ends[i]}`), shownAt, `${id}: its mentions are where it is shown`);
  }
});

test('the provisional mentions agree with what the full relink finds for the same text', () => {
  const index = before();
  const note = analyze(NOTE_AFTER, 'note.md');
  const provisional = rows(provisionalView(index, note).table, NOTE_AFTER);
  const fresh = buildIndex([analyze(ARTICLE, 'article.txt'), note]);
  const linked = rows(fresh.mentionsByUri.get(note.uri)!, NOTE_AFTER);
  // a provisional entity is the one the relink makes, under its id with the prefix
  for (const r of provisional) assert.ok(linked.includes(r.replace('→ provisional:', '→ ')), `${r} is not in ${linked.join('; ')}`);
  assert.equal(provisional.length, linked.length, `${provisional.join('; ')} against ${linked.join('; ')}`);
});

test('the index it reads is left as it was, even for a well-known acronym it has not seen', () => {
  const index = before();
  const was = JSON.stringify(exportIndex(index));
  const view = provisionalView(index, analyze(NOTE_AFTER, 'note.md'));
  const nato = rows(view.table, NOTE_AFTER).filter((r) => r.startsWith('NATO'));
  assert.deepEqual(nato.map((r) => r.split(' → ')[1].startsWith('provisional:')), [true], 'NATO is new here: provisional');
  assert.ok(!index.entities.has(nato[0].split(' → ')[1].slice('provisional:'.length)));
  assert.equal(JSON.stringify(exportIndex(index)), was);
});
