// An esbuild plugin that ships wink-eng-lite-web-model's core model beside the bundle as brotli-compressed JSON,
// which the bundle decompresses as it loads: the model is mostly base64, which brotli packs much tighter than the
// .vsix's zip does.
import path from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const CORE_MODEL_FILE = 'wink-core-model.json.br';

const brotli = promisify(zlib.brotliCompress);

/** The module the bundle carries instead of the JSON: the same text, parsed from the file beside it. */
const LOADER = `const fs = require('node:fs'), path = require('node:path'), zlib = require('node:zlib');
module.exports = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(path.join(__dirname, ${JSON.stringify(CORE_MODEL_FILE)}))).toString('utf8'));`;

async function writeCompressed(json, outDir) {
  const packed = await brotli(json, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, CORE_MODEL_FILE), packed);
}

/** The plugin, for a bundle written to `outDir`; the build ends when the compressed model is written. */
export function winkCoreModel(outDir) {
  return {
    name: 'wink-core-model',
    setup(build) {
      let written = Promise.resolve();
      build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]eng-core-web-model\.json$/ }, async (args) => {
        written = readFile(args.path).then((json) => writeCompressed(json, outDir));
        return { contents: LOADER, loader: 'js' };
      });
      build.onEnd(() => written);
    },
  };
}
