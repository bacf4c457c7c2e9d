// URIs that name no local file (a host, an encoded "/"), from the editor or from file events: a document opened
// under one still leaves the index when it closes, and one such uri in a batch of file events costs only itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, startServer, uriOf } from './client.js';

type Entities = { name: string }[];

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-uris-'));
  fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\nForeign Minister Tova Rendal spoke.\n');
  return dir;
}

test('a document opened as file://host/… or with %2F in its uri leaves the index when it closes', async () => {
  const dir = workspace();
  const server = await startServer(dir);
  try {
    await server.indexed;
    const names = async () => ((await server.connection.sendRequest('dossier/entities')) as Entities).map((e) => e.name);
    const uris = [`file://fileserver${uriOf(path.join(dir, 'remote.md')).slice('file://'.length)}`, `${uriOf(dir)}/sub%2Fslash.md`];
    const people = ['Marit Okonjo', 'Ilse Brandvold'];
    for (const [i, uri] of uris.entries()) {
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: `# Open\n\nDefence Minister ${people[i]} spoke.\n` },
      });
    }
    const opened = await names();
    assert.deepEqual(people.filter((p) => opened.includes(p)), people);
    for (const uri of uris) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const after = await names();
    assert.deepEqual(people.filter((p) => after.includes(p)), []);
    assert.ok(after.includes('Tova Rendal'), after.join(', '));
    const status = (await server.connection.sendRequest('dossier/status')) as { documents: number };
    assert.equal(status.documents, 1);
  } finally {
    await server.stop();
  }
});

test('one uri in a batch of file events that names no local file does not drop the rest of the batch', async () => {
  const dir = workspace();
  const server = await startServer(dir);
  try {
    await server.indexed;
    const first = path.join(dir, 'first.md');
    const second = path.join(dir, 'second.md');
    fs.writeFileSync(first, '# First\n\nTrade Minister Osei Lindqvist spoke.\n');
    fs.writeFileSync(second, '# Second\n\nHealth Minister Ruta Kamenova spoke.\n');
    const changes = [
      { uri: uriOf(first), type: 1 },
      { uri: `file://fileserver${uriOf(path.join(dir, 'remote.md')).slice('file://'.length)}`, type: 1 },
      { uri: `${uriOf(dir)}/sub%2Fslash.md`, type: 2 },
      { uri: uriOf(second), type: 1 },
    ];
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    const names = ((await server.connection.sendRequest('dossier/entities')) as Entities).map((e) => e.name);
    assert.deepEqual(['Osei Lindqvist', 'Ruta Kamenova'].filter((p) => names.includes(p)), ['Osei Lindqvist', 'Ruta Kamenova']);
    assert.ok(!server.logs.some((l) => /could not apply a file change/.test(l)), server.logs.join('\n'));
  } finally {
    await server.stop();
  }
});

test('the server indexes what the CLI indexes: a file whose name is not UTF-8, and UPPER.MD', async () => {
  const dir = workspace();
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), '# Bytes\n\nTrade Minister Osei Lindqvist spoke.\n');
  fs.writeFileSync(path.join(dir, 'UPPER.MD'), '# Upper\n\nHealth Minister Ruta Kamenova spoke.\n');
  const server = await startServer(dir);
  try {
    await server.indexed;
    const names = ((await server.connection.sendRequest('dossier/entities')) as Entities).map((e) => e.name);
    assert.deepEqual(['Osei Lindqvist', 'Ruta Kamenova'].filter((p) => names.includes(p)), ['Osei Lindqvist', 'Ruta Kamenova']);
    const cli = spawnSync(process.execPath, [CLI, 'index', dir, '--json'], { encoding: 'utf8' });
    const exported = (await server.connection.sendRequest('dossier/export')) as { documents: { uri: string }[] };
    const uris = (e: { documents: { uri: string }[] }) => e.documents.map((d) => d.uri).sort();
    assert.deepEqual(uris(exported), uris(JSON.parse(cli.stdout)));
    assert.ok(!server.logs.some((l) => /no such file/.test(l)), server.logs.join('\n'));
  } finally {
    await server.stop();
  }
});
