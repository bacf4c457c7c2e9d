// What an answer from an unfinished index says of it: a card's notice and the message beside find-references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexingProgress, referencesNotice } from '../../../server/src/features/indexing.js';

test('progress reads as files read of how many, or as the listing it still is', () => {
  assert.equal(indexingProgress({ done: 3400, total: 10000 }), '3,400 of 10,000 files');
  assert.equal(indexingProgress({ done: 0, total: 1 }), '0 of 1 file');
  assert.equal(indexingProgress({ done: 0, total: null }), 'the files are being listed');
});

test('references from an unfinished index come with a notice; from a complete one, with none', () => {
  assert.equal(
    referencesNotice({ done: 3400, total: 10000 }),
    'Dossier is still indexing (3,400 of 10,000 files): these references cover only the files read so far; ask again once it is done.',
  );
  assert.match(referencesNotice({ done: 0, total: null })!, /^Dossier is still indexing \(the files are being listed\)/);
  assert.equal(referencesNotice(null), null);
});
