// "Also written" lists only spellings a document writes for the entity: never a family name used only in full, a
// note's alias no document uses, or a spelling that merely has the length of some mention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenSpellings } from '../../../server/src/features/writtenSpellings.js';
import { hover } from '../../../server/src/features/hover.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { patchDocument } from '../../../server/src/core/index/patchDocument.js';
import { provisionalView } from '../../../server/src/core/index/provisional.js';
import type { CorpusIndex } from '../../../server/src/core/index/corpusIndex.js';
import { corpus, entityNamed, uriOf } from '../../helpers/corpus.js';

test('a family name written only in full is no other spelling, even beside initials of its length', () => {
  // "LQ" is two letters long, as "Li" is: a spelling is offered because it is written, not because it would fit
  const text = 'Talks\n\nChinese Premier Li Qiang (LQ) met reporters in Lima. LQ left early.';
  const c = corpus({ 'a.txt': text });
  const li = entityNamed(c, 'Li Qiang');
  assert.ok(li.aliases.includes('Li'), 'the family name is an alias, so the card has to leave it out');
  assert.deepEqual(writtenSpellings(c.index, li), []);
  assert.doesNotMatch(hover(c.index, uriOf('a.txt'), text.indexOf('Li Qiang'), text)!.markdown, /Also written/);
});

test('spellings written in articles and notes are listed: a short name, another document\'s full name, a note\'s word', () => {
  const c = corpus({
    'a.txt': 'Talks\n\nRussian Foreign Minister Sergey Lavrov met reporters in Minsk.',
    'b.txt': 'Visit\n\nRussian Foreign Minister Sergei Lavrov arrived in Baku.',
    'note.md': 'Ask Lavrov about it.',
  });
  const lavrov = entityNamed(c, 'Sergei Lavrov');
  assert.deepEqual(writtenSpellings(c.index, lavrov).sort(), ['Lavrov', lavrov.name === 'Sergei Lavrov' ? 'Sergey Lavrov' : 'Sergei Lavrov'].sort());
});

test('a note\'s alias counts once a document writes it; the acronym the card shows already is left out', () => {
  const files = {
    'a.txt': 'Plan\n\nThe ministers launched the Andean Water Initiative (AWI) in Quito.',
    'awi.md': '---\nentity: Andean Water Initiative\naliases: [AWP, Water Pact]\n---\nOur notes.\n',
  };
  const unused = corpus(files);
  const awi = entityNamed(unused, 'Andean Water Initiative');
  assert.deepEqual([...awi.aliases].sort(), ['AWI', 'AWP', 'Water Pact']);
  assert.deepEqual(writtenSpellings(unused.index, awi, ['AWI']), [], 'no document writes "AWP" or "Water Pact"');
  const used = corpus({ ...files, 'b.txt': 'Later\n\nThe AWP stalled in Lima.' });
  assert.deepEqual(writtenSpellings(used.index, entityNamed(used, 'Andean Water Initiative'), ['AWI']), ['AWP']);
});

test('a spelling is escaped on the card like any text from a document', () => {
  const text = 'Talks\n\nChilean Foreign Minister Ana Varga-Lind met reporters. Varga-Lind left.';
  const c = corpus({ 'a.txt': text });
  assert.match(hover(c.index, uriOf('a.txt'), text.indexOf('Ana'), text)!.markdown, /\n\nAlso written: Varga\\-Lind\n/);
});

test('an edit that stops writing a spelling takes it off the card', () => {
  const article = 'Talks\n\nChilean Foreign Minister Ana Varga met reporters in Lima.';
  const c = corpus({ 'a.txt': article, 'note.md': 'Ask Varga.' });
  const varga = () => entityNamed(c, 'Ana Varga');
  assert.deepEqual(writtenSpellings(c.index, varga()), ['Varga']);
  assert.ok(patchDocument(c.index, analyzeDocument({ uri: uriOf('note.md'), text: 'Ask Ana Varga.' })), 'the edit is patched, not relinked');
  assert.deepEqual(writtenSpellings(c.index, varga()), []);
});

test('a provisional entity lists what the changed document writes of it', () => {
  const c = corpus({ 'a.txt': 'Talks\n\nChilean Foreign Minister Ana Varga met reporters in Lima.', 'note.md': 'Nothing yet.' });
  const uri = uriOf('note.md');
  const view = provisionalView(c.index, analyzeDocument({ uri, text: 'Prime Minister Hallgrim Vesterberg of Norway called. Vesterberg said little.' }));
  const shown: CorpusIndex = { ...c.index, withheld: new Set([uri]), provisional: { of: (u) => (u === uri ? view : undefined), entity: (id) => view.entities.get(id) } };
  const vesterberg = view.entities.get('provisional:person:hallgrim-vesterberg')!;
  assert.deepEqual(writtenSpellings(shown, vesterberg), ['Vesterberg']);
});
