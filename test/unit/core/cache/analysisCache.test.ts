// The persisted analyses: equal to fresh ones, and never trusted when corrupt, foreign or of an old version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheKey, openCache } from '../../../../server/src/core/cache/analysisCache.js';
import { analyzeDocument } from '../../../../server/src/core/analyzeDocument.js';
import { analyzeWithCache } from '../../../../server/src/core/pipeline.js';
import { smallDisk } from '../../../helpers/fullDisk.js';

const TEXT = 'Talks\n2024-05-16\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday about the BRI.';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'));
const files = (dir: string) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

/** A new cache that misses TEXT (which lists the entry's shard while it is still empty), then stores it. */
async function storeOnce(dir: string) {
  const cache = await openCache(dir);
  const fresh = analyzeDocument({ uri: 'file:///a.txt', text: TEXT });
  assert.equal(await cache.get('file:///a.txt', TEXT), null);
  cache.put(fresh, cacheKey('file:///a.txt', TEXT));
  await cache.flush();
  return { cache, fresh };
}

test('a cached analysis equals a fresh one, under the uri it is asked for', async () => {
  const dir = tmp();
  const { fresh } = await storeOnce(dir);
  const again = await openCache(dir);
  assert.deepEqual(await again.get('file:///a.txt', TEXT), fresh);
  assert.deepEqual(await again.get('file:///copy.txt', TEXT), { ...fresh, uri: 'file:///copy.txt' });
  assert.deepEqual(again.stats, { hits: 2, misses: 0, discarded: 0, writes: 0 });
});

test('a corrupt, truncated or foreign entry is discarded, never trusted', async () => {
  const dir = tmp();
  const cache = await openCache(dir);
  cache.put(analyzeDocument({ uri: 'file:///a.txt', text: TEXT }), cacheKey('file:///a.txt', TEXT));
  await cache.flush();
  const [entry] = files(dir);
  const good = fs.readFileSync(entry, 'utf8');
  const bad = [
    'not json at all',
    good.slice(0, good.length / 2),
    JSON.stringify({ ...JSON.parse(good), key: cacheKey('file:///a.txt', 'other text') }),
    JSON.stringify({ ...JSON.parse(good), format: 99 }),
    JSON.stringify({ ...JSON.parse(good), analysis: { ...JSON.parse(good).analysis, length: 3 } }),
    JSON.stringify({ ...JSON.parse(good), analysis: { ...JSON.parse(good).analysis, persons: 'oops' } }),
  ];
  for (const body of bad) {
    fs.writeFileSync(entry, body);
    const c = await openCache(dir);
    assert.equal(await c.get('file:///a.txt', TEXT), null, body.slice(0, 40));
    assert.equal(c.stats.discarded, 1);
    assert.equal(fs.existsSync(entry), false, 'the bad entry was kept');
  }
});

test('old cache versions are removed; nothing else in the folder is touched, nothing outside it written', async () => {
  const parent = tmp();
  const dir = path.join(parent, 'storage');
  fs.mkdirSync(path.join(dir, 'dossier-cache-v0-old'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dossier-cache-v0-old', 'x.json'), '{}');
  fs.writeFileSync(path.join(dir, 'someone-elses.txt'), 'keep me');
  const cache = await openCache(dir);
  cache.put(analyzeDocument({ uri: 'file:///a.txt', text: TEXT }), cacheKey('file:///a.txt', TEXT));
  await cache.flush();
  assert.equal(fs.existsSync(path.join(dir, 'dossier-cache-v0-old')), false);
  assert.equal(fs.readFileSync(path.join(dir, 'someone-elses.txt'), 'utf8'), 'keep me');
  assert.deepEqual(fs.readdirSync(parent), ['storage']);
  assert.ok(files(dir).every((f) => f.startsWith(dir)));
});

test('an entry written in this session is found; a discarded one is not read again', async () => {
  const dir = tmp();
  const { cache, fresh } = await storeOnce(dir);
  assert.deepEqual(await cache.get('file:///a.txt', TEXT), fresh);

  const [entry] = files(dir);
  fs.writeFileSync(entry, 'not json');
  const other = await openCache(dir);
  assert.equal(await other.get('file:///a.txt', TEXT), null);
  fs.writeFileSync(entry, 'still not json');
  assert.equal(await other.get('file:///a.txt', TEXT), null);
  assert.deepEqual(other.stats, { hits: 0, misses: 2, discarded: 1, writes: 0 });
});

test('an entry that cannot be written is skipped; the others are still written', async () => {
  const dir = tmp();
  const cache = await openCache(dir);
  const [root] = fs.readdirSync(dir);
  const blockedText = `${TEXT} Blocked.`;
  // a plain file where the entry's shard folder should be makes that one write fail
  fs.writeFileSync(path.join(dir, root, cacheKey('file:///a.txt', blockedText).slice(0, 2)), 'in the way');
  const texts = [blockedText, ...['One', 'Two', 'Three'].map((w) => `${TEXT} ${w}.`)].filter((t, i) => i === 0 || cacheKey('file:///a.txt', t).slice(0, 2) !== cacheKey('file:///a.txt', blockedText).slice(0, 2));
  for (const t of texts) cache.put(analyzeDocument({ uri: 'file:///a.txt', text: t }), cacheKey('file:///a.txt', t));
  await cache.flush();
  assert.equal(cache.stats.writes, texts.length - 1);
  const again = await openCache(dir);
  assert.equal(await again.get('file:///a.txt', blockedText), null);
  for (const t of texts.slice(1)) assert.ok(await again.get('file:///a.txt', t), t);
  assert.ok(files(dir).every((f) => !f.endsWith('.tmp')), 'a temporary file was left');
});

/** Markdown masks the HTML and the code span; plain text reads the names in them. */
const MIXED = 'Notes\n\n<span title="President Joe Biden">Talks.</span>\n\nThe `Chancellor Olaf Scholz` quote. Premier Li Qiang spoke.\n';

test('a text read as Markdown and as plain text is cached apart: a warm run equals a cold one, and a .txt renamed to .md is analysed again', async () => {
  const asText = analyzeDocument({ uri: 'file:///a.txt', text: MIXED });
  const asMarkdown = analyzeDocument({ uri: 'file:///a.md', text: MIXED });
  assert.notDeepEqual(asText.persons, asMarkdown.persons, 'the fixture reads the same either way');
  const dir = tmp();
  await analyzeWithCache([{ uri: 'file:///a.txt', text: MIXED }], await openCache(dir));
  const warm = await openCache(dir);
  const [renamed, copy] = await analyzeWithCache([{ uri: 'file:///a.md', text: MIXED }, { uri: 'file:///b.txt', text: MIXED }], warm);
  assert.deepEqual(renamed, asMarkdown);
  assert.deepEqual(copy, { ...asText, uri: 'file:///b.txt' });
  assert.deepEqual(warm.stats, { hits: 1, misses: 1, discarded: 0, writes: 1 });
});

const RICH = `${TEXT} They spoke of the Belt and Road Initiative.`;

/** An analysis of RICH changed by `edit`, as someone else could write it into the entry. */
type Tamper = [what: string, edit: (a: any) => void];
const TAMPERED: Tamper[] = [
  ['a planted person past the end', (a) => a.persons.push({ ...a.persons[0], name: 'Planted Person', tokens: ['Planted', 'Person'], mentions: [RICH.length + 10, RICH.length + 24] })],
  ['an empty person', (a) => (a.persons = [{}])],
  ['a name whose kind is Markdown', (a) => (a.names = [{ ...a.names[0], kind: '![x](https://example.invalid/x.png)' }])],
  ['a mention that ends before it starts', (a) => (a.persons[0].mentions = [30, 20])],
  ['a mention list of odd length', (a) => a.persons[0].mentions.push(5)],
  ['a fractional offset', (a) => (a.candidates = [{ text: 'x', start: 1.5, end: 2, shape: 'name', title: null }])],
  ['a family name past the tokens', (a) => (a.persons[0].familyIndex = 7)],
  ['a person without the spellings its mentions write', (a) => delete a.persons[0].written],
  ['a name whose spelling is no text', (a) => (a.names[0].written = [{ html: '<img>' }])],
  ['a participant who is not there', (a) => a.events[0].participants.push({ person: 99 })],
  ['an event naming a name that is not there', (a) => a.events[0].names.push(5)],
  ['an event source past the end', (a) => (a.events[0].sources[0] = [0, RICH.length + 1])],
  ['a string where a title goes', (a) => (a.persons[0].titles = ['President'])],
  ['a field no analysis has', (a) => (a.persons[0].html = '<img>')],
  ['a front matter span past the end', (a) => (a.frontMatter = { title: null, date: null, source: null, url: null, aliases: [], entity: null, entityKind: null, span: [0, 1e6] })],
  ['a diagnostic of no severity', (a) => a.diagnostics.push({ span: [0, 1], severity: 'fatal', message: 'x' })],
];

test('an entry whose shape, offsets or indexes do not fit the text is a miss: the document is analysed again and the entry rewritten', async () => {
  const dir = tmp();
  const source = { uri: 'file:///a.txt', text: RICH };
  const fresh = analyzeDocument(source);
  assert.ok(fresh.persons.length > 0 && fresh.names.length > 0 && fresh.events.length > 0, 'the fixture lacks a person, a name or an event');
  await analyzeWithCache([source], await openCache(dir));
  const [entry] = files(dir);
  const good = fs.readFileSync(entry, 'utf8');
  for (const [what, edit] of TAMPERED) {
    const body = JSON.parse(good);
    edit(body.analysis);
    fs.writeFileSync(entry, JSON.stringify(body));
    const cache = await openCache(dir);
    assert.deepEqual(await analyzeWithCache([source], cache), [fresh], what);
    assert.deepEqual(cache.stats, { hits: 0, misses: 1, discarded: 1, writes: 1 }, what);
    assert.equal(fs.readFileSync(entry, 'utf8'), good, `${what}: the entry was not rewritten`);
  }
});

test('an orphaned temporary file of a killed write is removed when its shard is first listed; a fresh one is kept', async () => {
  const dir = tmp();
  await storeOnce(dir);
  const entry = files(dir).find((f) => f.endsWith('.json'))!;
  const orphan = `${entry}.4242.killed.tmp`;
  const writing = `${entry}.4343.busy.tmp`;
  fs.writeFileSync(orphan, '{"format": 1, "ke');
  fs.writeFileSync(writing, '{"format": 1, "ke');
  const hourAgo = new Date(Date.now() - 3600_000);
  fs.utimesSync(orphan, hourAgo, hourAgo);
  const again = await openCache(dir);
  assert.ok(await again.get('file:///a.txt', TEXT));
  assert.ok(!fs.existsSync(orphan), 'the orphan is still there');
  // written a moment ago: another process may be about to rename it
  assert.ok(fs.existsSync(writing), 'a temporary file being written was removed');
});

test('a full disk is reported once, and the cache goes on reading without writing', async (t) => {
  const disk = smallDisk(8);
  if (typeof disk === 'string') return t.skip(disk);
  try {
    const problems: string[] = [];
    const cache = await openCache(disk.dir, { onProblem: (m) => problems.push(m) });
    const texts = Array.from({ length: 40 }, (_, i) => `${TEXT} Round ${i} of talks.`);
    for (const text of texts) cache.put(analyzeDocument({ uri: 'file:///a.txt', text }), cacheKey('file:///a.txt', text));
    await cache.flush();
    assert.ok(cache.stats.writes < texts.length, `all ${texts.length} entries fit in 8 KB`);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^Dossier cannot write its cache in .*: the disk is full\. It goes on without saving analyses/);
    assert.ok(files(disk.dir).every((f) => !f.endsWith('.tmp')), 'a temporary file was left');
    cache.put(analyzeDocument({ uri: 'file:///b.txt', text: TEXT }), cacheKey('file:///b.txt', TEXT));
    await cache.flush();
    assert.equal(problems.length, 1);
    assert.equal(await cache.get('file:///b.txt', TEXT), null);
  } finally {
    disk.unmount();
  }
});
