// The persisted analyses: equal to fresh ones, and never trusted when corrupt, foreign or of an old version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheKey, openCache } from '../../../../server/src/core/cache/analysisCache.js';
import { analyzeDocument } from '../../../../server/src/core/analyzeDocument.js';

const TEXT = 'Talks\n2024-05-16\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday about the BRI.';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'));
const files = (dir: string) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

/** A new cache that misses TEXT (which lists the entry's shard while it is still empty), then stores it. */
async function storeOnce(dir: string) {
  const cache = await openCache(dir);
  const fresh = analyzeDocument({ uri: 'file:///a.txt', text: TEXT });
  assert.equal(await cache.get('file:///a.txt', TEXT), null);
  cache.put(fresh, cacheKey(TEXT));
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
  cache.put(analyzeDocument({ uri: 'file:///a.txt', text: TEXT }), cacheKey(TEXT));
  await cache.flush();
  const [entry] = files(dir);
  const good = fs.readFileSync(entry, 'utf8');
  const bad = [
    'not json at all',
    good.slice(0, good.length / 2),
    JSON.stringify({ ...JSON.parse(good), key: cacheKey('other text') }),
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
  cache.put(analyzeDocument({ uri: 'file:///a.txt', text: TEXT }), cacheKey(TEXT));
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
  fs.writeFileSync(path.join(dir, root, cacheKey(blockedText).slice(0, 2)), 'in the way');
  const texts = [blockedText, ...['One', 'Two', 'Three'].map((w) => `${TEXT} ${w}.`)].filter((t, i) => i === 0 || cacheKey(t).slice(0, 2) !== cacheKey(blockedText).slice(0, 2));
  for (const t of texts) cache.put(analyzeDocument({ uri: 'file:///a.txt', text: t }), cacheKey(t));
  await cache.flush();
  assert.equal(cache.stats.writes, texts.length - 1);
  const again = await openCache(dir);
  assert.equal(await again.get('file:///a.txt', blockedText), null);
  for (const t of texts.slice(1)) assert.ok(await again.get('file:///a.txt', t), t);
  assert.ok(files(dir).every((f) => !f.endsWith('.tmp')), 'a temporary file was left');
});
