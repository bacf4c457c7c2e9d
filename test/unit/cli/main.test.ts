// The dossier CLI run as a user runs it: what it prints on stdout and stderr, and its exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { smallDisk } from '../../helpers/fullDisk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(here, '../../../server/src/cli/main.js');
const SAMPLES = path.resolve(here, '../../../../samples');

function dossier(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

test('index --json prints only the JSON export on stdout', () => {
  const r = dossier('index', SAMPLES, '--json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.ok(out.documents.length >= 12);
  assert.ok(out.entities.some((e: { name: string }) => e.name === 'Xi Jinping'));
});

test('index without --json prints a readable summary of people, initiatives and events', () => {
  const r = dossier('index', SAMPLES);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Dossier: \d+ documents, \d+ people/);
  assert.match(r.stdout, /\nPeople\n {2}Xi Jinping \(China\): President/);
  assert.match(r.stdout, /\nInitiatives and organizations\n/);
  assert.match(r.stdout, /\nEvents\n {2}2022-02-04/);
});

test('bad paths and unreadable files get one line each on stderr, and the rest is still indexed', () => {
  const dir = tempCorpus({ 'ok.txt': 'Premier Li Qiang spoke on trade.', 'bin.txt': Buffer.from([0x89, 0x50, 0x00, 0x01]) });
  const r = dossier('index', dir, path.join(dir, 'missing'), '--json');
  assert.equal(r.status, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.match(r.stderr, /missing: no such file or folder/);
  assert.match(r.stderr, /bin\.txt: skipped: it looks like a binary file/);
  assert.equal(JSON.parse(r.stdout).documents.length, 1);
});

test('the exit code is non-zero only when nothing at all could be read', () => {
  const r = dossier('index', '/nonexistent/dossier/path');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nothing was indexed/);
  assert.equal(r.stdout, '');
});

test('a ---js front matter in the corpus is never run by the CLI', () => {
  const marker = path.join(os.tmpdir(), `dossier-cli-marker-${process.pid}`);
  fs.rmSync(marker, { force: true });
  const dir = tempCorpus({ 'evil.md': `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n---\nPremier Li Qiang spoke.` });
  const r = dossier('index', dir, '--json');
  assert.equal(r.status, 0);
  assert.equal(fs.existsSync(marker), false);
  assert.match(r.stderr, /never runs code/);
});

test('usage errors explain themselves', () => {
  const r = dossier('index');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /needs at least one file or folder/);
  assert.match(dossier('frobnicate').stderr, /unknown command "frobnicate"/);
});

test('with --cache a second run analyses nothing again, and a corrupt cache only costs time', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-cache-'));
  const first = dossier('index', SAMPLES, '--json', '--cache', cache);
  assert.match(first.stderr, /0 of \d+ documents came from the cache/);
  const second = dossier('index', SAMPLES, '--json', '--cache', cache);
  assert.match(second.stderr, /(\d+) of \1 documents came from the cache/);
  assert.equal(second.stdout, first.stdout);
  for (const f of fs.readdirSync(cache, { recursive: true, withFileTypes: true })) if (f.isFile()) fs.writeFileSync(path.join(f.parentPath, f.name), '{"broken":');
  const third = dossier('index', SAMPLES, '--json', '--cache', cache);
  assert.match(third.stderr, /0 of \d+ documents came from the cache, \d+ unusable cache entries were discarded/);
  assert.equal(third.stdout, first.stdout);
});

test('a cache entry whose analysis has the wrong shape is analysed again, and the export is unchanged', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-cache-'));
  const first = dossier('index', SAMPLES, '--json', '--cache', cache);
  assert.equal(first.status, 0, first.stderr);
  for (const f of fs.readdirSync(cache, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const entry = JSON.parse(fs.readFileSync(path.join(f.parentPath, f.name), 'utf8'));
    fs.writeFileSync(path.join(f.parentPath, f.name), JSON.stringify({ ...entry, analysis: { ...entry.analysis, persons: [{}] } }));
  }
  const second = dossier('index', SAMPLES, '--json', '--cache', cache);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /0 of \d+ documents came from the cache, \d+ unusable cache entries were discarded/);
  assert.equal(second.stdout, first.stdout);
});

test('a file whose name is not UTF-8 is indexed, under a uri that names its bytes', () => {
  const dir = tempCorpus({ 'plain.md': '# Plain\n\nForeign Minister Tova Rendal spoke.\n' });
  // the name's bytes 0xff 0xfe are no UTF-8; a path made from a string would name another file
  const raw = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]);
  fs.writeFileSync(raw, '# Bytes\n\nTrade Minister Osei Lindqvist spoke.\n');
  const r = dossier('index', dir, '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const out = JSON.parse(r.stdout) as { documents: { uri: string }[]; entities: { name: string }[] };
  assert.ok(out.entities.some((e) => e.name === 'Osei Lindqvist'), r.stdout.slice(0, 500));
  assert.ok(out.documents.some((d) => d.uri.endsWith('/caf%FF%FE.md')), out.documents.map((d) => d.uri).join(' '));
});

test('a diagnostic on a file whose name is not UTF-8 is printed with the name, and the run goes on', () => {
  const dir = tempCorpus({});
  const raw = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xff]), Buffer.from('.md')]);
  fs.writeFileSync(raw, '---\ntitle: [unclosed\n---\nTrade Minister Osei Lindqvist spoke.\n');
  const r = dossier('index', dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /caf\uFFFD\.md: \w+: /);
  assert.match(r.stdout, /Osei Lindqvist/);
});

test('a full disk under --cache is said once on stderr, and the index is printed as without a cache', (t) => {
  const disk = smallDisk(8);
  if (typeof disk === 'string') return t.skip(disk);
  try {
    const plain = dossier('index', SAMPLES, '--json');
    const r = dossier('index', SAMPLES, '--json', '--cache', disk.dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, plain.stdout);
    const said = r.stderr.split('\n').filter((l) => /disk is full/.test(l));
    assert.equal(said.length, 1, r.stderr);
    assert.match(said[0], /^dossier: Dossier cannot write its cache in /);
  } finally {
    disk.unmount();
  }
});
