// An esbuild plugin that bundles small stand-ins for the parts of wink-eng-lite-web-model whose data Dossier's pipe
// never reads: named entities, sentiment, and the lemmatizer (which works on the tags of the part-of-speech part).
// wink-nlp loads every part whatever the pipe, so each stand-in has the shape its loader returns and recognises
// nothing; a call into one throws, so a part used by mistake fails loudly instead of answering differently.

/** wink-nlp's automaton with no states, as its importJSON reads it. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

const unused = (what) => `() => { throw new Error("wink-nlp's ${what} is not in Dossier's bundle: the server does not run it"); }`;

/** For each stand-in: the part of the pipe it is left out with, the module it replaces, and its code. */
const STAND_INS = [
  { part: 'ner', file: 'load-ner-model.js', code: 'module.exports = () => ({ machines: [], transformers: [] });' },
  { part: 'sentiment', file: 'load-sa-model.js', code: `module.exports = () => ({ machines: [${JSON.stringify(EMPTY_MACHINE)}], setter: ${unused('sentiment model')} });` },
  { part: 'pos', file: 'lemmatize.js', code: `module.exports = ${unused('lemmatizer')};` },
];

/** The plugin, for a server whose wink-nlp pipe is `pipe`: parts in the pipe keep their real modules. */
export function winkStandIns(pipe) {
  return {
    name: 'wink-stand-ins',
    setup(build) {
      for (const { part, file, code } of STAND_INS) {
        if (pipe.includes(part)) continue;
        const filter = new RegExp(`[\\\\/]wink-eng-lite-web-model[\\\\/]dist[\\\\/]${file.replace('.', '\\.')}$`);
        build.onLoad({ filter }, () => ({ contents: code, loader: 'js' }));
      }
    },
  };
}
