// A real small disk for tests of a full disk: a tmpfs of a few kilobytes, mounted in a temporary folder. Mounting
// needs root and a system that allows it; where it cannot be had, the test that asks is skipped, and says why.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  dir: string;
  unmount(): void;
}

/** A folder on a disk of `kilobytes`, or a reason there is none. */
export function smallDisk(kilobytes: number): SmallDisk | string {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'mounting a small tmpfs needs root on Linux';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return `mount refused a tmpfs: ${(r.stderr || String(r.error)).trim()}`;
  return { dir, unmount: () => void spawnSync('umount', [dir]) };
}
