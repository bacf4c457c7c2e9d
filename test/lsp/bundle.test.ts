// The server as the .vsix ships it (scripts/bundle.mjs, with the subsets of the packages' data) answers as the
// compiled server does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './client.js';
import { bundleServer } from '../helpers/scripts.js';

/** The index of samples/ as `dossier/export` gives it, from the compiled server or the bundle `serverModule`. */
async function exported(serverModule?: string): Promise<unknown> {
  const server = await startServer(undefined, { serverModule });
  try {
    await server.indexed;
    return await server.connection.sendRequest('dossier/export');
  } finally {
    await server.stop();
  }
}

test('the bundled server exports the samples as the compiled server does', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bundle-'));
  try {
    const serverModule = await bundleServer(out);
    const [bundled, compiled] = await Promise.all([exported(serverModule), exported()]);
    assert.deepEqual(bundled, compiled);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
