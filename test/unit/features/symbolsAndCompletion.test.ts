// Workspace and document symbols, completion of names, and semantic tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols, fuzzyScore, workspaceSymbols } from '../../../server/src/features/symbols.js';
import { completionDocumentation, completions, prefixAt } from '../../../server/src/features/completion.js';
import { semanticTokens } from '../../../server/src/features/semanticTokens.js';
import { featureCorpus, NOTE } from './fixture.js';
import { uriOf } from '../../helpers/corpus.js';

test('fuzzy scores prefer compact, word-start matches', () => {
  assert.ok(fuzzyScore('lav', 'Sergey Lavrov')! < fuzzyScore('lav', 'Slovak Avenue')!);
  assert.equal(fuzzyScore('xyz', 'Lavrov'), null);
});

test('workspace symbols search names and aliases; document symbols list entities and events', () => {
  const c = featureCorpus();
  // the fixture spells him two ways; which spelling names the entity is a tie, broken the same way every time
  assert.match(workspaceSymbols(c.index, 'lavrv')[0].name, /^Serge[yi] Lavrov$/);
  assert.equal(workspaceSymbols(c.index, 'BRI')[0].name, 'Belt and Road Initiative');
  const symbols = documentSymbols(c.index, uriOf('talks.md')).map((s) => `${s.kind}: ${s.name}`);
  assert.deepEqual(symbols, [
    'event: Talks: Vladimir Putin and Xi Jinping in Beijing',
    'person: Xi Jinping',
    'person: Vladimir Putin',
    'initiative: Belt and Road Initiative',
    'organization: Eurasian Economic Union',
  ]);
});

test('completion matches a name at its start or a capitalized word, so a small word of running text brings up none', () => {
  const c = featureCorpus();
  assert.deepEqual(completions(c.index, 'and').map((i) => i.label), []);
  assert.ok(completions(c.index, 'road').some((i) => i.label === 'Belt and Road Initiative'));
  assert.ok(completions(c.index, 'Road').some((i) => i.label === 'Belt and Road Initiative'));
});

test('completion matches the name being typed, with the title as detail and the card on resolve', () => {
  const c = featureCorpus();
  assert.equal(prefixAt('Met with Lav', 12), 'Lav');
  assert.equal(prefixAt('Met Sergey Lav', 14), 'Met Sergey Lav');
  const items = completions(c.index, 'Met Sergey Lav');
  assert.match(items[0].label, /^Serge[yi] Lavrov$/);
  assert.ok(['Foreign Minister', 'top diplomat'].includes(items[0].detail));
  assert.ok(completions(c.index, 'BR').some((i) => i.label === 'BRI' && i.detail === 'initiative'));
  assert.match(completionDocumentation(c.index, items[0].entityId)!, /^\*\*Serge[yi] Lavrov\*\*/);
});

test('semantic tokens mark each mention with its kind, in LSP relative encoding', () => {
  const c = featureCorpus();
  const data = semanticTokens(c.index, NOTE);
  const tokens = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    tokens.push(`${line}:${char}+${data[i + 2]} ${['person', 'initiative', 'organization'][data[i + 3]]}`);
  }
  assert.deepEqual(tokens, ['2:0+2 person', '2:7+5 person', '2:20+6 person', '2:34+3 initiative']);
});
