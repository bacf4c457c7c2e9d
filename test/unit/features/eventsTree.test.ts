// The `dossier/events` tree: grouping by date, person or initiative, filters, and one level at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsLevel, eventsTree, FLAT_AT_MOST, type EventNode, type EventsParams, type GroupNode } from '../../../server/src/features/eventsTree.js';
import type { CorpusIndex } from '../../../server/src/core/index/corpusIndex.js';
import { featureCorpus } from './fixture.js';

const labels = (nodes: (GroupNode | EventNode)[]) => nodes.map((n) => (n.type === 'group' ? n.label : n.title));

test('events by year, month and event, newest first, undated last', () => {
  const c = featureCorpus({ 'undated.txt': 'Background\n\nChancellor Olaf Scholz held talks with Prime Minister Fumio Kishida on Thursday.' });
  const tree = eventsTree(c.index, { groupBy: 'date' }) as GroupNode[];
  // the older piece's lead event is dated by the piece's own date
  assert.deepEqual(labels(tree), ['2024', '2020', 'Undated']);
  assert.deepEqual(labels(tree[0].children), ['May', 'April']);
  const ev = (tree[0].children[0] as GroupNode).children[0] as EventNode;
  assert.equal(ev.title, 'Talks: Vladimir Putin and Xi Jinping in Beijing');
  assert.deepEqual(ev.participants.map((p) => p.name), ['Vladimir Putin', 'Xi Jinping']);
  assert.equal(ev.sources[0].title, 'Talks in Beijing');
  assert.match(ev.sources[0].excerpt, /^Chinese President Xi Jinping held talks/);
});

test('grouping by person or initiative, filtering by entity and by dates', () => {
  const c = featureCorpus();
  const byPerson = eventsTree(c.index, { groupBy: 'person' });
  assert.deepEqual(labels(byPerson).map((l) => l.replace(/^Sergei /, 'Sergey ')).sort(), ['Sergey Lavrov', 'Vladimir Putin', 'Wang Yi', 'Xi Jinping']);
  const byInitiative = eventsTree(c.index, { groupBy: 'initiative' });
  assert.deepEqual(labels(byInitiative), ['Belt and Road Initiative', 'Eurasian Economic Union']);
  const wang = [...c.index.entities.values()].find((e) => e.name === 'Wang Yi')!;
  // a few events of one entity are listed as they are, newest first
  const wangs = eventsTree(c.index, { entity: wang.id }) as EventNode[];
  assert.deepEqual(wangs.map((e) => [e.type, e.date]), [['event', '2024-04-09'], ['event', '2020-09-11']]);
  assert.deepEqual(labels((eventsTree(c.index, { from: '2024-05-01' })[0] as GroupNode).children), ['May']);
  assert.deepEqual(labels(eventsTree(c.index, { to: '2023-12-31' })), ['2020']);
  assert.deepEqual(eventsTree(c.index, { to: '2019-12-31' }), []);
});

test('an entity with many events has them by year and month; in its group a few are listed as they are', () => {
  const many: Record<string, string> = {};
  for (let i = 1; i <= FLAT_AT_MOST + 1; i++) many[`m${i}.md`] = `---\ntitle: Round ${i}\ndate: 2023-${String(i).padStart(2, '0')}-02\n---\nChilean Foreign Minister Ana Varga held talks with Peruvian Foreign Minister Luis Soto in Lima on Monday.`;
  const c = featureCorpus(many);
  const varga = [...c.index.entities.values()].find((e) => e.name === 'Ana Varga')!;
  assert.deepEqual(labels(eventsTree(c.index, { entity: varga.id })), ['2023']);
  const lavrov = (eventsTree(c.index, { groupBy: 'person' }) as GroupNode[]).find((g) => /Lavrov/.test(g.label))!;
  assert.ok(lavrov.children.every((x) => x.type === 'event'), 'a handful of events, no year or month');
});

/** The tree put together one lazy level at a time, as the Events view expands it. */
function expandAll(index: CorpusIndex, params: EventsParams, within?: string): (GroupNode | EventNode)[] {
  return eventsLevel(index, { ...params, lazy: true, within }).map((n) => (n.type === 'group' ? { ...n, children: expandAll(index, params, n.id) } : n));
}

test('one level at a time: groups carry counts and no children, and expanding each gives the whole tree', () => {
  const c = featureCorpus({ 'undated.txt': 'Background\n\nChancellor Olaf Scholz held talks with Prime Minister Fumio Kishida on Thursday.' });
  for (const groupBy of ['date', 'person', 'initiative'] as const) {
    const top = eventsLevel(c.index, { groupBy, lazy: true }) as GroupNode[];
    assert.ok(top.length > 0 && top.every((g) => g.type === 'group' && g.children.length === 0 && g.count > 0), groupBy);
    assert.deepEqual(expandAll(c.index, { groupBy }), eventsTree(c.index, { groupBy }), groupBy);
  }
  const year = eventsTree(c.index, {})[0] as GroupNode;
  assert.equal(year.count, year.children.reduce((n, m) => n + (m as GroupNode).count, 0));
  assert.deepEqual(eventsLevel(c.index, { lazy: true, within: 'no-such-group' }), []);
});

test('a participant comes with their mention in the event\'s own source, and an entity group with its kind', () => {
  const c = featureCorpus();
  const older = ((eventsTree(c.index, { to: '2020-12-31' })[0] as GroupNode).children[0] as GroupNode).children[0] as EventNode;
  assert.equal(older.sources[0].title, 'An older piece');
  const lavrov = older.participants.find((p) => /Lavrov/.test(p.name))!;
  assert.equal(lavrov.kind, 'person');
  const text = c.texts.get(older.sources[0].uri)!;
  const line = text.split('\n').findIndex((l) => l.includes('Sergey Lavrov'));
  assert.equal(lavrov.location?.uri, older.sources[0].uri, 'the mention is in the event\'s source, not the first anywhere');
  assert.equal(lavrov.location?.range.start.line, line);
  const byInitiative = eventsTree(c.index, { groupBy: 'initiative' });
  assert.deepEqual(byInitiative.map((g) => (g as GroupNode).entityKind), ['initiative', 'organization']);
  assert.ok(eventsTree(c.index, { groupBy: 'person' }).every((g) => (g as GroupNode).entityKind === 'person'));
});
