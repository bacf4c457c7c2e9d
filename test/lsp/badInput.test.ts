// Hostile and broken files in the workspace: the rest is still indexed, each problem gets a clear message (a
// diagnostic on the file or a line in the output channel), nothing runs, nothing outside is read, nothing is
// written, and the server keeps answering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { positionOf, startServer, uriOf } from './client.js';
import { bundleServer } from '../helpers/scripts.js';

const GOOD = 'Premier Li Qiang met Chancellor Olaf Scholz in Berlin on Monday.';

function workspace(): { dir: string; outside: string; marker: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bad-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-outside-'));
  const marker = path.join(os.tmpdir(), `dossier-marker-${process.pid}-${Date.now()}`);
  const write = (name: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  };
  write('good.md', `# Good\n\n${GOOD}\n`);
  write('bad-yaml.md', '---\ntitle: [unclosed\n---\nChancellor Olaf Scholz spoke.\n');
  write('evil-js.md', `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n---\nBody.\n`);
  write('evil-coffee.md', `---coffee\nrequire('fs').writeFileSync ${JSON.stringify(marker)}, 'ran'\n---\nBody.\n`);
  write('empty.txt', '');
  write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  write('invalid-utf8.txt', Buffer.concat([Buffer.from('Foreign Minister Penny Wong met reporters. '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' End.')]));
  write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Indian Prime Minister Narendra Modi arrived.', 'utf16le')]));
  write('crlf.txt', 'Title\r\n\r\nPrime Minister Fumio Kishida spoke.\r\n');
  write('cr.txt', 'Title\r\rPresident Emmanuel Macron spoke.\r');
  write('long-line.txt', 'President Lula da Silva met Chancellor Olaf Scholz. '.repeat(100_000));
  write('names.txt', Array.from({ length: 10_000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}x`).join(' '));
  write(`${'deep/'.repeat(60)}note.md`, 'Secretary-General Antonio Guterres spoke.\n');
  fs.writeFileSync(path.join(outside, 'secret.md'), 'President Secret Person spoke.\n');
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  fs.symlinkSync(outside, path.join(dir, 'outside-link'));
  fs.writeFileSync(path.join(dir, 'huge.txt'), '');
  fs.truncateSync(path.join(dir, 'huge.txt'), 200 * 1024 * 1024);
  write('unreadable.md', 'President Hidden Person spoke.\n');
  fs.chmodSync(path.join(dir, 'unreadable.md'), 0o000);
  return { dir, outside, marker };
}

/**
 * The checkout may sit in a folder "nobody" cannot enter (a private temporary folder, a home directory), so the
 * server is bundled, as the .vsix ships it, into a folder anyone can read.
 */
async function serverNobodyCanRead(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-server-'));
  fs.chmodSync(out, 0o755);
  return bundleServer(out);
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) walk(full);
      else if (e.name !== 'unreadable.md' && e.name !== 'huge.txt') out.set(full, crypto.createHash('sha1').update(fs.readFileSync(full)).digest('hex') + fs.statSync(full).mtimeMs);
    }
  };
  walk(dir);
  return out;
}

test('bad files: the rest is indexed, every problem is reported, nothing runs, nothing is read outside or written', async () => {
  const { dir, outside, marker } = workspace();
  const before = snapshot(dir);
  // as root every file is readable, so the server runs as "nobody" to meet a real permission error
  const asNobody = process.getuid?.() === 0 && process.env.DOSSIER_TEST_AS_ROOT !== "1";
  const serverModule = asNobody ? await serverNobodyCanRead() : undefined;
  if (asNobody) {
    for (const d of [dir, outside]) fs.chmodSync(d, 0o755);
    fs.chmodSync(path.join(dir, 'unreadable.md'), 0o000);
  }
  const server = await startServer(dir, { uid: asNobody ? 65534 : undefined, serverModule });
  try {
    await server.indexed;
    const exported = (await server.connection.sendRequest('dossier/export')) as { documents: { uri: string }[]; entities: { name: string; mentions: { uri: string }[] }[] };
    const people = exported.entities.map((e) => e.name);
    for (const name of ['Li Qiang', 'Olaf Scholz', 'Penny Wong', 'Narendra Modi', 'Fumio Kishida', 'Emmanuel Macron', 'Lula da Silva', 'Antonio Guterres']) {
      assert.ok(people.includes(name), `${name} was not indexed`);
    }
    assert.ok(!people.includes('Secret Person'), 'a file behind a link out of the workspace was read');
    if (asNobody) assert.ok(!people.includes('Hidden Person'), 'a file without read permission was read');
    assert.equal(fs.existsSync(marker), false, 'front matter code ran');

    const logs = server.logs.join('\n');
    assert.match(logs, /binary\.txt: skipped: it looks like a binary file/);
    assert.match(logs, /huge\.txt: skipped: 204800 KB is over the 5120 KB limit/);
    assert.match(logs, /invalid-utf8\.txt: the file is not valid UTF-8/);
    if (asNobody) assert.match(logs, /unreadable\.md: cannot read: permission denied/);

    const diagnostics = server.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => n.params as { uri: string; diagnostics: { message: string }[] });
    const messageFor = (file: string) => diagnostics.find((d) => d.uri === uriOf(path.join(dir, file)))?.diagnostics[0]?.message ?? '';
    assert.match(messageFor('bad-yaml.md'), /not valid YAML/);
    assert.match(messageFor('evil-js.md'), /never runs code/);
    assert.match(messageFor('evil-coffee.md'), /never runs code/);

    for (const [file, needle] of [['crlf.txt', 'Kishida'], ['cr.txt', 'Macron']]) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const lines = text.split(/\r\n|\r|\n/);
      const line = lines.findIndex((l) => l.includes(needle));
      const hover = (await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: uriOf(path.join(dir, file)) },
        position: { line, character: lines[line].indexOf(needle) + 1 },
      })) as { contents: { value: string } } | null;
      assert.match(hover?.contents.value ?? '', new RegExp(needle), `no hover in ${file}`);
    }
    const good = uriOf(path.join(dir, 'good.md'));
    const h = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: good }, position: positionOf(fs.readFileSync(path.join(dir, 'good.md'), 'utf8'), 'Li Qiang') });
    assert.ok(h, 'the server stopped answering');
    assert.equal(server.process.exitCode, null);
    assert.ok(!/unexpected error/.test(logs), logs);
  } finally {
    await server.stop();
    if (serverModule) fs.rmSync(path.dirname(serverModule), { recursive: true, force: true });
  }
  assert.deepEqual(snapshot(dir), before, 'the server changed a file in the workspace');
});

test('a link out of the workspace is not read after the first load either: not on a watched-file event, not when its document closes', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-links-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-outside-'));
  fs.writeFileSync(path.join(dir, 'good.md'), `# Good\n\n${GOOD}\n`);
  fs.writeFileSync(path.join(outside, 'secret.md'), 'President Secret Person spoke.\n');
  fs.mkdirSync(path.join(outside, 'folder'));
  fs.writeFileSync(path.join(outside, 'folder', 'other.md'), 'Premier Mara Velde spoke.\n');
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'link.md'));
  fs.symlinkSync(path.join(outside, 'folder'), path.join(dir, 'linked'));
  const server = await startServer(dir);
  try {
    await server.indexed;
    const people = async () => ((await server.connection.sendRequest('dossier/export')) as { entities: { name: string }[] }).entities.map((e) => e.name);
    const link = path.join(dir, 'link.md');
    const changes = [link, path.join(dir, 'linked', 'other.md')].map((f) => ({ uri: uriOf(f), type: 1 }));
    // a file made inside, in the same batch, shows the events are applied
    fs.writeFileSync(path.join(dir, 'inside.md'), 'President Inside Person spoke.\n');
    changes.push({ uri: uriOf(path.join(dir, 'inside.md')), type: 1 });
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    let names = await people();
    assert.ok(names.includes('Inside Person'), names.join(', '));
    assert.ok(!names.includes('Secret Person') && !names.includes('Mara Velde'), `read through a link: ${names.join(', ')}`);

    await server.open(link, 'Nothing here.\n');
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(link) } });
    names = await people();
    assert.ok(!names.includes('Secret Person'), `read through a link on close: ${names.join(', ')}`);
    assert.ok(names.includes('Li Qiang'), names.join(', '));
  } finally {
    await server.stop();
  }
});
