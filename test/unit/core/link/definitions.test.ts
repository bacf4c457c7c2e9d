// Where an entity's definition is: the earliest document, and its acronym definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus, entityNamed, uriOf } from '../../../helpers/corpus.js';

test('the definition is the first mention in the earliest-published document, undated documents last', () => {
  const c = corpus({
    'undated.txt': 'The Global Security Initiative is discussed here first in the file list.',
    'late.md': '---\ndate: 2024-01-01\n---\nThe Global Security Initiative came up again.',
    'early.md': '---\ndate: 2022-04-21\n---\nA speech. Xi proposed the Global Security Initiative.',
  });
  const gsi = entityNamed(c, 'Global Security Initiative');
  assert.equal(gsi.definition?.uri, uriOf('early.md'));
  assert.equal(c.texts.get(uriOf('early.md'))!.slice(...gsi.definition!.span), 'Global Security Initiative');
  assert.match(c.texts.get(uriOf('early.md'))!.slice(...gsi.definingSentence!.span), /^Xi proposed/);
});

test('within the defining document, the mention that defines the acronym wins', () => {
  const c = corpus({
    'a.md': '---\ndate: 2020-01-01\n---\nThe Belt and Road Initiative grew. Officials described the Belt and Road Initiative (BRI) in detail.',
  });
  const bri = entityNamed(c, 'Belt and Road Initiative');
  const text = c.texts.get(uriOf('a.md'))!;
  assert.equal(bri.definition!.span[0], text.lastIndexOf('Belt and Road Initiative'));
});

test("an entity note is the definition, names the entity, and its aliases resolve", () => {
  const c = corpus({
    'a.md': '---\ndate: 2020-01-01\n---\nThe Belt and Road Initiative grew.',
    'bri.md': '---\nentity: Belt and Road Initiative\naliases: [One Belt One Road]\n---\n# BRI\n',
    'note.md': 'People still say One Belt One Road.',
    'lavrov.md': '---\nentity: Sergey Lavrov\nkind: person\n---\nNotes.',
    'b.txt': "Russia's top diplomat Sergei Lavrov spoke.",
  });
  const bri = entityNamed(c, 'Belt and Road Initiative');
  assert.equal(bri.definition?.uri, uriOf('bri.md'));
  assert.ok(bri.mentions.uris.includes(uriOf('note.md')));
  const lavrov = entityNamed(c, 'Sergey Lavrov');
  assert.equal(lavrov.name, 'Sergey Lavrov');
  assert.ok(lavrov.aliases.includes('Sergei Lavrov'));
  assert.equal(lavrov.definition?.uri, uriOf('lavrov.md'));
});

test('an organization named only by its acronym in a dated article is defined there, before an undated article that spells it out', () => {
  const c = corpus({
    'undated.txt': 'The European Union (EU) met in a room.',
    'dated.md': '---\ndate: 2014-05-06\n---\nThe EU met again.',
  });
  const eu = entityNamed(c, 'European Union');
  assert.equal(eu.definition?.uri, uriOf('dated.md'));
  assert.equal(c.texts.get(uriOf('dated.md'))!.slice(...eu.definition!.span), 'EU');
});
