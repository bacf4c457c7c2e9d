// Listing and reading a workspace's files: problems reported, globs, links and deep folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadWorkspace } from '../../../server/src/lsp/loadWorkspace.js';
import { listCorpusFiles, reachable } from '../../../server/src/lsp/corpusFiles.js';
import { shownPath } from '../../../server/src/core/load/filePath.js';
import { createLiveIndex } from '../../../server/src/lsp/liveIndex.js';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings.js';

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-load-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

test('a file deleted between listing and reading is reported, and the rest is still loaded', async () => {
  const dir = folder({ 'a.md': 'Premier Li Qiang spoke.', 'b.md': 'Chancellor Olaf Scholz spoke.' });
  const live = createLiveIndex();
  const problems: string[] = [];
  const progress: string[] = [];
  await loadWorkspace([dir], DEFAULT_SETTINGS, live, {
    begin: (total) => {
      progress.push(`0/${total}`);
      fs.rmSync(path.join(dir, 'b.md'));
    },
    progress: (done, total) => progress.push(`${done}/${total}`),
    problem: (file, message) => problems.push(`${path.basename(file)}: ${message}`),
    note: () => {},
    end: () => progress.push('end'),
  }, { isCancelled: () => false, isOpen: () => false });
  assert.deepEqual(problems, ['b.md: cannot read: no such file or folder']);
  assert.deepEqual(progress, ['0/2', '2/2', 'end']);
  assert.deepEqual([...live.current().entities.values()].filter((e) => e.kind === 'person').map((e) => e.name), ['Li Qiang']);
  live.dispose();
});

test('include and exclude globs decide what is listed', async () => {
  const dir = folder({ 'notes/a.md': 'x', 'corpus/b.txt': 'x', 'node_modules/c.md': 'x', 'skip/d.md': 'x', 'e.json': '{}' });
  const all = await listCorpusFiles(dir, DEFAULT_SETTINGS);
  assert.deepEqual(all.files.map((f) => path.relative(dir, shownPath(f))).sort(), ['corpus/b.txt', 'notes/a.md', 'skip/d.md']);
  const narrowed = await listCorpusFiles(dir, { ...DEFAULT_SETTINGS, include: ['notes/**/*.md', 'corpus/**'], exclude: ['skip/**'] });
  assert.deepEqual(narrowed.files.map((f) => path.relative(dir, shownPath(f))).sort(), ['corpus/b.txt', 'notes/a.md']);
});

test('links are not followed by default; when allowed, only inside the folder and never round a loop', async () => {
  const dir = folder({ 'inner/a.md': 'x' });
  const outside = folder({ 'secret.md': 'x' });
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  fs.symlinkSync(outside, path.join(dir, 'out'));
  fs.symlinkSync(path.join(dir, 'inner'), path.join(dir, 'alias'));
  const plain = await listCorpusFiles(dir, DEFAULT_SETTINGS);
  assert.deepEqual(plain.files.map((f) => path.relative(dir, shownPath(f))), ['inner/a.md']);
  const followed = await listCorpusFiles(dir, { ...DEFAULT_SETTINGS, followSymlinks: true });
  const names = followed.files.map((f) => path.relative(dir, shownPath(f))).sort();
  assert.ok(!names.some((n) => n.includes('secret')), names.join(', '));
  assert.ok(names.length <= 3 && names.includes('inner/a.md'), names.join(', '));
});

test('a file named later (a watched-file event, a closed document) is reachable only as the listing reaches files', () => {
  const dir = folder({ 'inner/a.md': 'x' });
  const outside = folder({ 'secret.md': 'x', 'folder/b.md': 'x' });
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'secret.md'));
  fs.symlinkSync(path.join(outside, 'folder'), path.join(dir, 'out'));
  fs.symlinkSync(path.join(dir, 'inner'), path.join(dir, 'alias'));
  fs.symlinkSync(path.join(dir, 'inner', 'a.md'), path.join(dir, 'same.md'));
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  const paths = ['inner/a.md', 'secret.md', 'out/b.md', 'alias/a.md', 'same.md', 'loop/loop/inner/a.md', 'gone/c.md'];
  const verdicts = (follow: boolean) => paths.filter((p) => reachable(dir, path.join(dir, p), follow));
  assert.deepEqual(verdicts(false), ['inner/a.md', 'gone/c.md']);
  assert.deepEqual(verdicts(true), ['inner/a.md', 'alias/a.md', 'same.md', 'loop/loop/inner/a.md', 'gone/c.md']);
  assert.equal(reachable(dir, path.join(outside, 'secret.md'), true), false);
});

test('thousands of nested folders are walked without recursion', async () => {
  const dir = folder({ [`${'d/'.repeat(300)}deep.md`]: 'x' });
  const listed = await listCorpusFiles(dir, DEFAULT_SETTINGS);
  assert.equal(listed.files.length, 1);
});
