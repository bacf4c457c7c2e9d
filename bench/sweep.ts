// The growth sweep: times the analyzer (or the link) on each shape of shapes.ts at scales n, 2n and 4n and fails
// when the time grows faster than about linearly (4n taking more than 8 times n). Minimum of a few runs each, since
// the machine is shared; the smallest scale is run once first to warm up.
//   node out/bench/sweep.js [--scale 4] [--runs 3] [--only <part of a shape's name>]
import { numberOption, stringOption } from './args.js';
import { analyzeDocument } from '../server/src/core/analyzeDocument.js';
import { buildIndex } from '../server/src/core/index/corpusIndex.js';
import { SHAPES, type Shape } from './shapes.js';

const base = numberOption('scale', 4);
const runs = numberOption('runs', 3);
const only = stringOption('only', '');
const LIMIT = 8;

function timeOnce(shape: Shape, scale: number): number {
  const docs = shape.build(scale);
  if (shape.stage === 'analyze') {
    const t = performance.now();
    for (const d of docs) analyzeDocument(d);
    return performance.now() - t;
  }
  const analyses = docs.map(analyzeDocument);
  const t = performance.now();
  buildIndex(analyses);
  return performance.now() - t;
}

function best(shape: Shape, scale: number): number {
  return Math.min(...Array.from({ length: runs }, () => timeOnce(shape, scale)));
}

let failed = 0;
for (const shape of SHAPES.filter((s) => s.name.includes(only))) {
  timeOnce(shape, base);
  const times = [base, base * 2, base * 4].map((scale) => best(shape, scale));
  // a floor of 5 ms for n, so timer noise on a very fast shape is no growth
  const ratio = times[2] / Math.max(times[0], 5);
  const ok = ratio <= LIMIT;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${shape.name.padEnd(36)} ${times.map((t) => `${t.toFixed(0).padStart(6)} ms`).join(' ')}   4n/n ${ratio.toFixed(1)}`);
}
if (failed) {
  console.error(`${failed} shape(s) grew faster than linearly (4n/n > ${LIMIT})`);
  process.exit(1);
}
