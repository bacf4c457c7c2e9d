// Analysis throughput on one core: the sample corpus repeated until it reaches a target size, analysed in this
// process (no workers), reported as MB/s. Median of several passes, with a plain read-and-regex pass over the same
// texts as the baseline from the same run.
//   node out/bench/throughput.js [--mb 20] [--passes 3]
import fs from 'node:fs';
import { numberOption } from './args.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../server/src/core/analyzeDocument.js';
import { buildIndex } from '../server/src/core/index/corpusIndex.js';
import type { SourceText } from '../server/src/core/types.js';

const targetMB = numberOption('mb', 20);
const passes = numberOption('passes', 3);
// --join N glues N sample files into one document, to see how much of the cost is per document
const join = numberOption('join', 1);

function samples(): SourceText[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
  const out: SourceText[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(md|txt)$/.test(e.name)) out.push({ uri: `file://${full}`, text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out;
}

const base = samples();
const corpus: SourceText[] = [];
let bytes = 0;
for (let copy = 0; bytes < targetMB * 1e6; copy++) {
  for (let i = 0; i < base.length; i += join) {
    const text = base.slice(i, i + join).map((s) => s.text).join('\n\n');
    corpus.push({ uri: base[i].uri.replace(/(\.\w+)$/, `-${copy}$1`), text });
    bytes += Buffer.byteLength(text);
  }
}
const mb = bytes / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const baseline: number[] = [];
const analysis: number[] = [];
const linking: number[] = [];
for (let p = 0; p < passes; p++) {
  let t = performance.now();
  let count = 0;
  for (const s of corpus) count += s.text.match(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)?.length ?? 0;
  baseline.push((performance.now() - t) / 1000);
  if (count === 0) throw new Error('baseline found nothing');
  t = performance.now();
  const analyses = corpus.map(analyzeDocument);
  analysis.push((performance.now() - t) / 1000);
  t = performance.now();
  buildIndex(analyses);
  linking.push((performance.now() - t) / 1000);
}
const a = median(analysis);
const b = median(baseline);
console.log(`corpus: ${corpus.length} documents of ${(bytes / corpus.length / 1024).toFixed(1)} KB on average, ${mb.toFixed(1)} MB (samples repeated), ${passes} passes, node ${process.version}`);
console.log(`analysis (one core): median ${a.toFixed(2)} s = ${(mb / a).toFixed(2)} MB/s`);
console.log(`link + index:        median ${median(linking).toFixed(2)} s`);
console.log(`baseline regex pass: median ${b.toFixed(2)} s = ${(mb / b).toFixed(1)} MB/s (analysis is ${(a / b).toFixed(0)}x the baseline)`);
