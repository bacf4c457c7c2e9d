// Reading front matter safely: fields, entity notes, and bad YAML as a diagnostic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFrontMatter } from '../../../../server/src/core/load/frontMatter.js';

test('reads title, date, source, url and aliases from YAML front matter', () => {
  const { frontMatter, diagnostics } = readFrontMatter('---\ntitle: Talks in Moscow\ndate: 2023-03-21\nsource: Wire\nurl: https://example.org/a\naliases: [GSI, Security Initiative]\n---\nBody');
  assert.deepEqual(diagnostics, []);
  assert.equal(frontMatter?.title, 'Talks in Moscow');
  assert.equal(frontMatter?.date, '2023-03-21');
  assert.equal(frontMatter?.source, 'Wire');
  assert.equal(frontMatter?.url, 'https://example.org/a');
  assert.deepEqual(frontMatter?.aliases, ['GSI', 'Security Initiative']);
});

test('"published" stands in for "date", and an entity note names its entity and kind', () => {
  const { frontMatter } = readFrontMatter('---\npublished: "2022-04-21"\nentity: Global Security Initiative\nkind: initiative\n---\n');
  assert.equal(frontMatter?.date, '2022-04-21');
  assert.equal(frontMatter?.entity, 'Global Security Initiative');
  assert.equal(frontMatter?.entityKind, 'initiative');
});

test('invalid YAML gives an error diagnostic and no crash; the span still covers the block', () => {
  const text = '---\ntitle: [unclosed\n---\nThe rest of the note.';
  const { frontMatter, diagnostics } = readFrontMatter(text);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'error');
  assert.match(diagnostics[0].message, /not valid YAML/);
  assert.equal(text.slice(frontMatter!.span![1]), 'The rest of the note.');
});

for (const lang of ['js', 'javascript', 'coffee']) {
  test(`---${lang} front matter is reported and never evaluated`, () => {
    const marker = path.join(os.tmpdir(), `dossier-fm-${lang}-${process.pid}`);
    fs.rmSync(marker, { force: true });
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
    const { frontMatter, diagnostics } = readFrontMatter(`---${lang}\n${code}\n---\nBody`);
    assert.equal(fs.existsSync(marker), false, 'the front matter code ran');
    assert.equal(frontMatter?.title, null);
    assert.match(diagnostics[0].message, /never runs code/);
  });
}

test('text without a front matter fence has none', () => {
  assert.equal(readFrontMatter('Just text\n---\nnot front matter').frontMatter, null);
});
