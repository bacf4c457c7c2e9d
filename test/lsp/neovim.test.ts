// The server with an editor other than VS Code: Debian's Neovim 0.7 runs a headless LSP client against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, SAMPLES } from './client.js';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/lsp/neovim-hover.lua');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

test('Neovim gets a plain hover card from the server over stdio', { skip: hasNvim ? false : 'nvim is not installed (.ci/run installs it)' }, () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-nvim-'));
  const r = spawnSync('nvim', ['--headless', '--clean', '-i', 'NONE', '-n', '-u', 'NONE', '-c', `luafile ${script}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, DOSSIER_SAMPLES: SAMPLES, DOSSIER_CLI: CLI, DOSSIER_NODE: process.execPath },
  });
  assert.equal(r.status, 0, `nvim exited ${r.status}: ${r.stdout}${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
  // Neovim names itself, so it gets the plain card: no command links it cannot run, no Markdown escapes
  assert.match(out.hover, /Sergey Lavrov · Russia\n\nForeign Minister \(as of 2024-04-09\)/);
  assert.doesNotMatch(out.hover, /command:|\\/);
  assert.ok(out.range.start.line >= 0);
});
