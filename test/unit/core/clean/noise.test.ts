// Masking the page furniture of scraped articles, keeping lengths and line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskNoise } from '../../../../server/src/core/clean/noise.js';
import { analyze } from '../../../helpers/corpus.js';

const masked = (text: string) => maskNoise(text).content;

test('masking keeps the length and the line breaks', () => {
  const text = 'Home > World\r\nBody line that stays.\n';
  const out = masked(text);
  assert.equal(out.length, text.length);
  assert.equal(out.indexOf('\r\n'), text.indexOf('\r\n'));
  assert.match(out, /Body line that stays\./);
  assert.doesNotMatch(out, /Home/);
});

test('breadcrumbs, written with separators or run together, are noise', () => {
  assert.equal(masked('Home > China News').trim(), '');
  assert.equal(masked('Home › News › Asia').trim(), '');
  assert.equal(masked('HomeWorldAsiaPacific').trim(), '');
});

test('share buttons, cookie banners and legal footers are noise', () => {
  for (const line of ['Share   Print   Email', 'Suggest To A Friend:', 'Print', 'We use cookies to improve this website. By continuing you consent to cookies.', '© 2024 Example News. All rights reserved.', 'Copyright 2023 Example Wire']) {
    assert.equal(masked(line).trim(), '', line);
  }
});

test('bylines, photo credits and date-only metadata lines are noise', () => {
  assert.equal(masked('Editor : Chen Rui').trim(), '');
  assert.equal(masked('Photo: AFP/Ivan Petrov').trim(), '');
  assert.equal(masked('By Anna Kowalski').trim(), '');
  assert.equal(masked('Example) 13:20, May 31, 2024').trim(), '');
  assert.equal(masked('Talks resume after 2024-08-22 Editor : Chen Rui').trim(), 'Talks resume after 2024-08-22');
});

test('a masked metadata line still gives the publication date, and its byline gives no person', () => {
  const a = analyze('2024-08-22 Editor : Chen Rui\nTrade talks resume\n\nPremier Li Qiang opened the fair on Thursday, officials said, and praised the work of exporters from many regions.');
  assert.equal(a.published, '2024-08-22');
  assert.deepEqual(a.persons.map((p) => p.name), ['Li Qiang']);
});

test('a "Related news" list masks its teasers but not the article above it', () => {
  const text = 'President Emmanuel Macron met Premier Li Qiang in Paris on Monday to discuss trade and climate finance at length.\n\nRelated news\nChancellor Olaf Scholz visits Shanghai\nForeign Minister Penny Wong in Beijing\n';
  const out = masked(text);
  assert.match(out, /Macron/);
  assert.doesNotMatch(out, /Scholz|Wong/);
});

test('no person or event comes from page furniture', () => {
  const text = [
    'Home > World > Europe',
    'Photo: Reuters/Sergei Ivanov',
    'Editor : Maria Lopez',
    'Chancellor Olaf Scholz held talks with Prime Minister Giorgia Meloni in Rome on Tuesday, the two governments said in a statement.',
    'Most popular',
    'President Joe Biden meets Prime Minister Fumio Kishida',
    'Share',
  ].join('\n');
  const a = analyze(text);
  assert.deepEqual(a.persons.map((p) => p.name).sort(), ['Giorgia Meloni', 'Olaf Scholz']);
  assert.equal(a.events.length, 1);
});
