// A relink that cannot finish in its first slice goes on between requests: meanwhile requests get the previous
// index, where the changed document shows the names that index knows at their new positions (never positions from
// its older text, not even in references from other documents) and someone new as the document alone describes
// them, and the index it lands is the fresh one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { buildIndex, documentOf, entityById, mentionAt } from '../../../server/src/core/index/corpusIndex.js';
import { hover } from '../../../server/src/features/hover.js';
import { definition } from '../../../server/src/features/definition.js';
import { entityCard, PROVISIONAL_NOTICE } from '../../../server/src/features/cards.js';
import { semanticTokens, TOKEN_TYPES } from '../../../server/src/features/semanticTokens.js';
import { documentSymbols } from '../../../server/src/features/symbols.js';
import { exportIndex } from '../../../server/src/core/index/exportJson.js';
import { createLiveIndex, type RelinkSlices } from '../../../server/src/lsp/liveIndex.js';
import { mentionsOf, referenceChunk, references } from '../../../server/src/features/references.js';

const ARTICLE = 'file:///t/article.txt';
const NOTE = 'file:///t/note.md';
const TEXTS: Record<string, string> = {
  [ARTICLE]: 'Visit\n2024-05-16\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday.',
  [NOTE]: '# Note\n\nPutin again.',
};
const EDITED = '# Note\n\nForeign Minister Marta Kessling of Norway spoke. Putin again.';

const SMALLEST: RelinkSlices = { wholeBelowMs: 0, firstMs: 0, sliceMs: 0 };
/** Enough short notes that every stage of a relink pauses a few times. */
const FILLER = Array.from({ length: 700 }, (_, i) => [`file:///t/filler-${i}.md`, `# Filler ${i}\n\nPutin again.`]);

/** Stands for requests arriving while a relink runs: counts the turns of the event loop it gets, up to 1,000. */
function serveMeanwhile(): () => number {
  let served = 0;
  const serve = () => {
    served++;
    if (served < 1000) setImmediate(serve);
  };
  setImmediate(serve);
  return () => served;
}

async function seeded(slices?: RelinkSlices, filler: string[][] = []) {
  const live = createLiveIndex(() => {}, 1_000_000, slices);
  for (const [uri, text] of [...Object.entries(TEXTS), ...filler]) live.set(uri, text);
  await live.linked();
  return live;
}

test('until a relink lands, the changed document shows known names at their new positions, and someone new provisionally', async () => {
  const live = await seeded(SMALLEST, FILLER);
  try {
    live.set(NOTE, EDITED);
    const during = live.current();
    assert.equal(mentionAt(during, NOTE, EDITED.indexOf('Kessling'))?.entityId, 'provisional:person:marta-kessling', 'someone new answers at once');
    assert.equal(mentionAt(during, NOTE, EDITED.indexOf('Putin'))?.entityId, 'person:vladimir-putin', 'a known name answers at once');
    assert.equal(mentionAt(during, NOTE, TEXTS[NOTE].indexOf('Putin')), null, 'nothing at the position it had in the old text');
    assert.equal(documentOf(during, NOTE)?.length, EDITED.length, 'positions convert with the new text');
    assert.equal(mentionAt(during, ARTICLE, TEXTS[ARTICLE].indexOf('Putin'))?.entityId, 'person:vladimir-putin');
    const putin = TEXTS[ARTICLE].indexOf('Putin');
    const found = references(during, ARTICLE, putin, true);
    assert.ok(found.some((l) => l.uri === ARTICLE), 'references from other documents still answer');
    assert.ok(!found.some((l) => l.uri === NOTE), 'but leave out the edited note, whose old offsets would point elsewhere');
    assert.ok(!mentionsOf(during, 'person:vladimir-putin').some((l) => l.uri === NOTE));
    assert.ok(!referenceChunk(during, 'person:vladimir-putin', null, true, 10_000)!.locations.some((l) => l.uri === NOTE));

    const served = serveMeanwhile();
    const landed = await live.linked();
    assert.ok(served() > 1, 'other work ran between the slices');
    assert.equal(mentionAt(landed, NOTE, EDITED.indexOf('Kessling'))?.entityId, 'person:marta-kessling');
    assert.equal(mentionAt(live.current(), NOTE, EDITED.indexOf('Putin'))?.entityId, 'person:vladimir-putin');
    const texts = [...Object.entries({ ...TEXTS, [NOTE]: EDITED }), ...FILLER];
    const fresh = buildIndex(texts.map(([uri, text]) => analyzeDocument({ uri, text })));
    assert.deepEqual(exportIndex(landed), exportIndex(fresh));
    assert.ok(references(live.current(), ARTICLE, putin, true).some((l) => l.uri === NOTE), 'the note is back once linked');
  } finally {
    live.dispose();
  }
});

test('while a relink runs, someone new has a card, a definition, references, a token and a symbol, from the note alone', async () => {
  const live = await seeded(SMALLEST, FILLER);
  try {
    live.set(NOTE, EDITED);
    const during = live.current();
    const at = EDITED.indexOf('Kessling');
    const place = { line: 2, character: 'Foreign Minister '.length };
    const card = hover(during, NOTE, at)?.markdown ?? '';
    assert.match(card, /\*\*Marta Kessling\*\* · Norway/);
    assert.match(card, /Foreign Minister/);
    assert.match(card, /1 mention in 1 document/);
    assert.ok(card.includes(PROVISIONAL_NOTICE), card);
    assert.ok(!card.includes('dossier.showEvents'), 'the Events view lists linked entities only');
    assert.deepEqual(definition(during, NOTE, at), [{ uri: NOTE, range: { start: place, end: { line: 2, character: place.character + 'Marta Kessling'.length } } }]);
    assert.deepEqual(references(during, NOTE, at, true).map((l) => [l.uri, l.range.start]), [[NOTE, place]]);
    assert.deepEqual(mentionsOf(during, 'provisional:person:marta-kessling').map((l) => l.uri), [NOTE]);
    assert.ok(entityCard(during, entityById(during, 'provisional:person:marta-kessling')!).includes('Marta Kessling'));
    const tokens = semanticTokens(during, NOTE);
    const starts = Array.from({ length: tokens.length / 5 }, (_, i) => tokens.slice(i * 5, i * 5 + 5));
    assert.ok(starts.some(([line, char, , type]) => line === 2 && char === place.character && TOKEN_TYPES[type] === 'person'), String(tokens));
    assert.ok(documentSymbols(during, NOTE).some((sym) => sym.name === 'Marta Kessling' && sym.detail === 'Foreign Minister'));

    const landed = await live.linked();
    assert.ok(!(hover(landed, NOTE, at)?.markdown ?? '').includes(PROVISIONAL_NOTICE), 'once linked the card is the linked one');
    assert.equal(entityById(landed, 'provisional:person:marta-kessling'), undefined);
  } finally {
    live.dispose();
  }
});

test('edits made while a relink runs are linked after it lands', async () => {
  const live = await seeded(SMALLEST);
  try {
    live.set(NOTE, EDITED);
    live.current();
    const later = `${EDITED} Premier Anselm Drovik of Norway too.`;
    live.set(NOTE, later);
    const landed = await live.linked();
    assert.equal(mentionAt(landed, NOTE, later.indexOf('Drovik'))?.entityId, 'person:anselm-drovik');
    const fresh = buildIndex([analyzeDocument({ uri: ARTICLE, text: TEXTS[ARTICLE] }), analyzeDocument({ uri: NOTE, text: later })]);
    assert.deepEqual(exportIndex(landed), exportIndex(fresh));
  } finally {
    live.dispose();
  }
});

test('the first load of a large corpus is linked in slices: requests are answered while it runs', async () => {
  // 702 documents are judged to cost 70 ms to link before any link was measured: over this 50 ms, so sliced
  const live = createLiveIndex(() => {}, 1_000_000, { wholeBelowMs: 50, firstMs: 0, sliceMs: 0 });
  try {
    live.setLoading(true);
    for (const [uri, text] of [...Object.entries(TEXTS), ...FILLER]) live.load(uri, text);
    live.setLoading(false);
    assert.equal(live.current().documents.size, 0, 'a request during the link is answered from the index before it');
    const served = serveMeanwhile();
    const landed = await live.linked();
    assert.ok(served() > 1, 'other work ran between the slices');
    const fresh = buildIndex([...Object.entries(TEXTS), ...FILLER].map(([uri, text]) => analyzeDocument({ uri, text })));
    assert.deepEqual(exportIndex(landed), exportIndex(fresh));
  } finally {
    live.dispose();
  }
});

test('with the default slices a small corpus relinks on the request itself', async () => {
  const live = await seeded();
  try {
    live.set(NOTE, EDITED);
    assert.equal(mentionAt(live.current(), NOTE, EDITED.indexOf('Kessling'))?.entityId, 'person:marta-kessling');
  } finally {
    live.dispose();
  }
});

/** A live index of TEXTS, linked, and the uris it analyses from then on. */
async function linkedLive() {
  const analysed: string[] = [];
  const live = createLiveIndex((a) => analysed.push(a.uri), 1_000_000, SMALLEST);
  for (const [uri, text] of Object.entries(TEXTS)) live.set(uri, text);
  const linked = await live.linked();
  analysed.length = 0;
  return { live, linked, analysed };
}

test('an update to the text the index holds (how the server hears of an opened document) analyses nothing and keeps the index', async () => {
  const { live, linked, analysed } = await linkedLive();
  try {
    // didOpen: TextDocuments reports the opened text as a change of content as well
    live.set(NOTE, TEXTS[NOTE]);
    live.update(NOTE, TEXTS[NOTE], 0);
    assert.equal(live.current(), linked, 'the same index answers at once, with nothing withheld');
    await new Promise((r) => setTimeout(r, 5));
    assert.deepEqual(analysed, [], 'no analysis');
    assert.equal(live.current(), linked);
    // an edit, then its undoing before it is analysed: the text is the index's again
    live.update(NOTE, EDITED, 1000);
    live.update(NOTE, TEXTS[NOTE], 1000);
    assert.equal(live.current(), linked);
    assert.deepEqual(analysed, []);
  } finally {
    live.dispose();
  }
});

test('setting a document to the text the index holds (opening it unchanged) analyses nothing and keeps the index', async () => {
  const { live, linked, analysed } = await linkedLive();
  try {
    live.set(NOTE, TEXTS[NOTE]);
    assert.deepEqual(analysed, [], 'no analysis');
    assert.equal(live.current(), linked, 'the same index answers, with nothing withheld');
    live.set(NOTE, EDITED);
    assert.deepEqual(analysed, [NOTE], 'a real change is analysed');
  } finally {
    live.dispose();
  }
});
