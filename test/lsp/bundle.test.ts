// The server as the .vsix ships it (scripts/bundle.mjs, with its subsets, stand-ins and compressed model) answers
// as the compiled server does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
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

test('the bundled server exports the samples as the compiled server does, from the same language model', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bundle-'));
  try {
    const serverModule = await bundleServer(out);
    const shipped = zlib.brotliDecompressSync(fs.readFileSync(path.join(out, 'wink-core-model.json.br')));
    const packaged = fs.readFileSync(createRequire(import.meta.url).resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'));
    assert.ok(shipped.equals(packaged), 'the shipped core model is not the package\'s');
    const [bundled, compiled] = await Promise.all([exported(serverModule), exported()]);
    assert.deepEqual(bundled, compiled);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
