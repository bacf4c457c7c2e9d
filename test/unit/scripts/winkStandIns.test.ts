// The bundle's stand-ins for the parts of wink-nlp's English model the server's pipe does not run
// (scripts/winkStandIns.mjs): the sentences found are the same, a part in the pipe keeps its model, and a stood-in
// part refuses to be used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plugin } from 'esbuild';
import { WINK_PIPE, sentences } from '../../../server/src/core/extract/sentences.js';
import { bundledModule, importScript } from '../../helpers/scripts.js';

interface WinkModel {
  ner(): { machines: unknown[] };
  sa(): { machines: unknown[]; setter: () => void };
  addons: { lemmatize: (value: string, pos: string, cache: unknown) => string };
}

interface Bundled {
  sentences: typeof sentences;
  model: WinkModel;
}

/** sentences.ts and the model it reads, bundled with the stand-ins for a server whose pipe is `pipe`. */
async function bundled(pipe: readonly string[]): Promise<Bundled> {
  const { winkStandIns } = await importScript<{ winkStandIns: (pipe: readonly string[]) => Plugin }>('winkStandIns.mjs');
  const source = "export { sentences } from './server/src/core/extract/sentences.ts'; export { default as model } from 'wink-eng-lite-web-model';";
  return bundledModule<Bundled>(source, [winkStandIns(pipe)]);
}

const TEXTS: [string, boolean][] = [
  ['The U.S. envoy met Dr. Alma Reyes in Aug. 2023. They spoke for an hour! Did they agree? Not yet.', false],
  ['"We will return," said Min. Oskar Lind. The talks ended on Friday.\nA second paragraph, with no stop', false],
  ['# Notes\n\nThe Prime Minister, Mr. Tavi Rann, arrived at 9 a.m. on Mon. and left. Then he flew on.', true],
];

test("with the server's pipe, the bundle finds the sentences the package's full model finds", async () => {
  const withStandIns = await bundled(WINK_PIPE);
  for (const [text, markdown] of TEXTS) assert.deepEqual(withStandIns.sentences(text, markdown), sentences(text, markdown), text);
});

test('the parts the pipe leaves out are stood in and refuse to be used; a part in the pipe keeps its model', async () => {
  const { model } = await bundled(WINK_PIPE);
  assert.deepEqual(model.ner().machines, []);
  assert.throws(() => model.sa().setter(), /sentiment model is not in Dossier's bundle/);
  assert.throws(() => model.addons.lemmatize('mice', 'NOUN', null), /lemmatizer is not in Dossier's bundle/);
  const whole = (await bundled([...WINK_PIPE, 'ner', 'sentiment', 'pos'])).model;
  assert.ok(whole.ner().machines.length > 0);
  assert.ok(whole.sa().machines.length > 0);
  assert.equal(whole.addons.lemmatize('mice', 'NOUN', null), 'mouse');
});
