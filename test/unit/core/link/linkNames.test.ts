// Linking initiatives and organizations across documents: acronyms and lowercase re-mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, entityNamed, mentionTexts } from '../../../helpers/corpus.js';

test('an acronym defined in one document links its uses in other documents', () => {
  const c = corpus({
    'a.txt': 'Leaders praised the Global Development Initiative (GDI) at the meeting.',
    'b.md': '# Note\n\nThe GDI keeps coming up.',
  });
  const gdi = entityNamed(c, 'Global Development Initiative');
  assert.equal(gdi.acronym, 'GDI');
  assert.deepEqual(mentionTexts(c, gdi), ['a.txt: Global Development Initiative', 'a.txt: GDI', 'b.md: GDI']);
});

test('a well-known acronym links even where no document defines it', () => {
  const c = corpus({ 'a.txt': 'Both countries chair BRICS and the SCO this year.' });
  assert.equal(entityNamed(c, 'Shanghai Cooperation Organization').kind, 'organization');
  assert.deepEqual(mentionTexts(c, entityNamed(c, 'BRICS')), ['a.txt: BRICS']);
});

test('a lowercase re-mention links when only one name starts with it', () => {
  const c = corpus({
    'a.txt': 'They signed the Pre-2030 Development Plan on Priorities in China-Russia Economic Cooperation.',
    'b.txt': 'Officials said the pre-2030 development plan was on track.',
  });
  const plan = entityNamed(c, 'Pre-2030 Development Plan on Priorities in China-Russia Economic Cooperation');
  assert.deepEqual(mentionTexts(c, plan), ['a.txt: Pre-2030 Development Plan on Priorities in China-Russia Economic Cooperation', 'b.txt: pre-2030 development plan']);
});

test('an ambiguous lowercase re-mention does not link', () => {
  const c = corpus({
    'a.txt': 'They discussed the Global Development Initiative and the Global Security Initiative.',
    'b.txt': 'Officials said the global initiative was on track.',
  });
  assert.ok([...c.index.entities.values()].every((e) => e.mentions.uris.every((uri) => !uri.endsWith('b.txt'))));
});

test('a short form that only one longer name expands is that name', () => {
  const c = corpus({
    'a.txt': 'He joined the Belt and Road Forum for International Cooperation. The Belt and Road Forum closed on Friday.',
  });
  assert.equal(entityNamed(c, 'Belt and Road Forum').mentions.uris.length, 2);
});
