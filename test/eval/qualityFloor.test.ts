// Guards the extraction quality reached on the labelled real articles in ../shared/eval: every score of every set
// must stay at or above the floor in qualityFloor.json (people_split at or below it). Raise the floors as they rise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const SCORER = path.resolve(ROOT, '../shared/eval/score-sets.mjs');
const FLOORS = path.resolve(ROOT, 'test/eval/qualityFloor.json');

/** Scores that count down: fewer is better. */
const AT_MOST = new Set(['people_split']);

type Table = Map<string, Map<string, number>>;

/** The scorer's table: a row per score, a column per set; "n/a" cells are left out. */
function parseTable(out: string): Table {
  const lines = out.trim().split('\n');
  const sets = lines[0].trim().split(/\s+/).slice(1);
  const table: Table = new Map();
  for (const line of lines.slice(1)) {
    const [score, ...cells] = line.trim().split(/\s+/);
    const row = new Map<string, number>();
    cells.forEach((c, k) => {
      if (/^[0-9.]+$/.test(c)) row.set(sets[k], Number(c));
    });
    table.set(score, row);
  }
  return table;
}

test('extraction on the labelled dev sets stays at or above the floors reached', { skip: !fs.existsSync(SCORER) && `no scorer at ${SCORER}` }, () => {
  const r = spawnSync(process.execPath, [SCORER], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const table = parseTable(r.stdout);
  const floors = JSON.parse(fs.readFileSync(FLOORS, 'utf8')) as Record<string, Record<string, number>>;
  const below: string[] = [];
  for (const [score, sets] of Object.entries(floors)) {
    if (score.startsWith('_')) continue;
    for (const [set, floor] of Object.entries(sets)) {
      const got = table.get(score)?.get(set);
      const ok = got !== undefined && (AT_MOST.has(score) ? got <= floor : got >= floor);
      if (!ok) below.push(`${score} on ${set}: ${got ?? 'missing'}, floor ${floor}`);
    }
  }
  assert.deepEqual(below, [], `scores fell below their floors:\n${below.join('\n')}\n\n${r.stdout}`);
});
