// Find-references answered while the workspace is still read is short, and a list of locations cannot say so: the
// server says it in a message beside the answer, and says nothing once the index is complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { positionOf, startServer, uriOf } from './client.js';

const ARTICLE = 'Talks\n\nChilean Foreign Minister Ana Varga met reporters in Lima on Monday.\n';

test('references during the first index come with a message saying how far it has come; afterwards, none', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-references-loading-'));
  const total = 800;
  fs.writeFileSync(path.join(dir, 'a000.txt'), ARTICLE);
  for (let i = 1; i < total; i++) fs.writeFileSync(path.join(dir, `b${String(i).padStart(3, '0')}.txt`), `Report ${i}\n\nVarga spoke to reporters on day ${i}.\n`);
  const server = await startServer(dir);
  const messages = () => server.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
  const references = () =>
    server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uriOf(path.join(dir, 'a000.txt')) },
      position: positionOf(ARTICLE, 'Ana Varga'),
      context: { includeDeclaration: true },
    });
  try {
    let during = 0;
    for (;;) {
      const before = messages().length;
      await references();
      // the message goes out before the answer on the same stream, and the index only ever goes from read to ready
      const said = messages().slice(before);
      const { indexing } = (await server.connection.sendRequest('dossier/state')) as { indexing: unknown };
      if (!indexing) break;
      during++;
      assert.equal(said.length, 1, 'references answered while indexing came without a word');
      assert.match(said[0], new RegExp(`^Dossier is still indexing \\((the files are being listed|[\\d,]+ of ${total} files)\\): these references cover only the files read so far`));
    }
    assert.ok(during > 0, 'no references request was answered while the workspace was read');
    await server.indexed;
    await server.connection.sendRequest('dossier/status');
    const before = messages().length;
    assert.equal(((await references()) as unknown[]).length, total);
    assert.deepEqual(messages().slice(before), [], 'a complete index has nothing to add');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
