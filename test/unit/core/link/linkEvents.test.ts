// One real-world event reported in several documents is one corpus event; different ones stay apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus } from '../../../helpers/corpus.js';

test('one real-world event reported in two documents is one event with both sources', () => {
  const c = corpus({
    'a.md': '---\ndate: 2024-04-09\n---\nChinese Foreign Minister Wang Yi held talks with Foreign Minister Sergei Lavrov of Russia in Beijing on Tuesday.',
    'b.md': '---\ndate: 2024-04-10\n---\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, both sides said.',
    'c.md': '---\ndate: 2024-05-17\n---\n# Weekly\n\nWang hosted Lavrov in April.',
  });
  assert.equal(c.index.events.length, 1);
  const [e] = c.index.events;
  assert.equal(e.date, '2024-04-09');
  assert.equal(e.place, 'Beijing');
  assert.deepEqual(e.sources.map((s) => s.uri.split('/').pop()), ['a.md', 'b.md', 'c.md']);
});

test('different days or different people stay different events', () => {
  const c = corpus({
    'a.md': '---\ndate: 2024-04-09\n---\nChinese Foreign Minister Wang Yi held talks with Foreign Minister Sergei Lavrov of Russia on Tuesday.',
    'b.md': '---\ndate: 2024-05-16\n---\nChinese Foreign Minister Wang Yi held talks with Foreign Minister Sergei Lavrov of Russia on Thursday.',
    'c.md': '---\ndate: 2024-04-09\n---\nChancellor Olaf Scholz held talks with Premier Li Qiang on Tuesday.',
  });
  assert.deepEqual(c.index.events.map((e) => e.date).sort(), ['2024-04-09', '2024-04-09', '2024-05-16']);
});

test('a planned meeting and a reported one of the same people on the same day stay apart', () => {
  const c = corpus({
    'a.md': '---\ndate: 2024-04-09\n---\nPolish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia on Tuesday.',
    'b.md': '---\ndate: 2024-04-08\n---\nPolish Foreign Minister Tomasz Wierzbicki will hold talks with Prime Minister Jana Kovalova of Slovakia on Tuesday.',
  });
  assert.deepEqual(c.index.events.map((e) => [e.date, !!e.planned]).sort(), [['2024-04-09', false], ['2024-04-09', true]]);
  assert.ok(c.index.events.some((e) => e.planned && e.title.startsWith('Planned talks: ')));
});

test('reports a day apart of the same people in the same place are one event; elsewhere they stay two', () => {
  const c = corpus({
    'a.md': '---\ndate: 2024-04-09\n---\nPolish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Vienna on Tuesday.',
    'b.md': '---\ndate: 2024-04-10\n---\nPolish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Vienna on Wednesday.',
    'c.md': '---\ndate: 2024-04-11\n---\nPolish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Prague on Thursday.',
  });
  assert.deepEqual(c.index.events.map((e) => [e.date, e.place, e.sources.length]).sort(), [['2024-04-09', 'Vienna', 2], ['2024-04-11', 'Prague', 1]]);
});

test('two events one document keeps apart a day apart are not joined when the corpus is linked', () => {
  const c = corpus({
    'a.md': '---\ndate: 2024-04-09\n---\nPresident Jules Arles arrived in Rabat on Monday. Arles met Prime Minister Youssef Amrani in Rabat on Tuesday.',
    'b.md': '---\ndate: 2024-04-09\n---\nPresident Jules Arles met Prime Minister Youssef Amrani in Rabat on Tuesday.',
  });
  assert.deepEqual(c.index.events.map((e) => `${e.date} ${e.sources.map((s) => s.uri.split('/').pop()).join(',')}`).sort(), ['2024-04-08 a.md', '2024-04-09 a.md,b.md']);
});

test('reports of a summit in one city on one day are one event, whoever each names', () => {
  const c = corpus({
    'a.md': '---\ndate: 2024-04-09\n---\nPresident Jules Arles attended the regional summit in Rabat on Tuesday.',
    'b.md': '---\ndate: 2024-04-09\n---\nPrime Minister Youssef Amrani and Chancellor Hanna Maurer attended the regional summit in Rabat on Tuesday.',
  });
  const summits = c.index.events.filter((e) => e.kind === 'summit');
  assert.deepEqual(summits.map((e) => [e.date, e.place, e.sources.length]), [['2024-04-09', 'Rabat', 2]]);
});

test('a document that spells one person two ways ("Catherine", "Cathy") keeps one event of theirs, once the corpus links the two', () => {
  const c = corpus({
    'a.txt': 'Foreign Minister Lady Catherine Varga Holds Talks On Her Peru Trip\n\nMay 30, 2024\n\nPeruvian President Tomas Berg met Chilean Foreign Minister Cathy Varga in Lima on Thursday.',
  });
  assert.deepEqual(c.index.events.map((e) => [e.date, e.place, e.participants.length, e.sources.length]), [['2024-05-30', 'Lima', 2, 2]]);
});
