// Turning a file's bytes into text: BOMs, UTF-16, binary files and invalid UTF-8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from '../../../../server/src/core/load/decode.js';

test('UTF-8 with a BOM loses the BOM', () => {
  const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
  assert.deepEqual(r, { ok: true, text: 'A', warning: null });
});

test('UTF-16 LE and BE with a BOM decode', () => {
  assert.equal((decodeBytes(new Uint8Array([0xff, 0xfe, 0x58, 0x00, 0x69, 0x00])) as { text: string }).text, 'Xi');
  assert.equal((decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x58, 0x00, 0x69])) as { text: string }).text, 'Xi');
});

test('a binary file is refused with a reason', () => {
  const r = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /binary/);
});

test('invalid UTF-8 is kept with replacement characters and a warning', () => {
  const r = decodeBytes(new Uint8Array([0x57, 0x61, 0xff, 0x6e, 0x67]));
  assert.equal(r.ok, true);
  assert.equal((r as { text: string }).text, 'Wa\ufffdng');
  assert.match((r as { warning: string }).warning, /not valid UTF-8/);
});
