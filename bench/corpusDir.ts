// The generated corpus a benchmark runs on: <root>/<size>-seed<seed> (bench/corpus/ by default), generated once and
// reused, with its manifest of mention positions and its size in bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type ManifestEntry } from './generator.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchCorpus {
  dir: string;
  bytes: number;
  manifest: ManifestEntry[];
}

export function benchCorpus(size: number, seed: number, root = path.join(ROOT, 'bench/corpus')): BenchCorpus {
  const dir = path.join(root, `${size}-seed${seed}`);
  const manifestFile = path.join(dir, 'manifest.json');
  const bytesFile = path.join(dir, 'bytes.txt');
  if (fs.existsSync(manifestFile) && fs.existsSync(bytesFile)) {
    return { dir, bytes: Number(fs.readFileSync(bytesFile, 'utf8')), manifest: JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ManifestEntry[] };
  }
  const t = performance.now();
  const g = generateCorpus(dir, size, seed);
  fs.writeFileSync(bytesFile, String(g.bytes));
  fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
  console.log(`generated ${size} articles (${(g.bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { dir, bytes: g.bytes, manifest: g.manifest };
}

/** Every article file under `dir`, depth first. */
export function articleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(md|txt)$/.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}
