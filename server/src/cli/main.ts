#!/usr/bin/env node
// The `dossier` command line: `dossier index <path>... [--json]` prints the index of a folder of articles and notes.
import { indexPaths } from '../core/pipeline.js';
import { exportIndex } from '../core/index/exportJson.js';
import { summarize } from './summary.js';
import { shownPathOfUri } from '../core/load/filePath.js';
import { openCache, type AnalysisCache } from '../core/cache/analysisCache.js';

const USAGE = `Usage:
  dossier index <file-or-folder>... [--json] [--max-file-size-kb N] [--cache DIR]
      Index .md, .markdown and .txt files (folders are read recursively) and print a summary,
      or with --json the full index as JSON on stdout. With --cache, analyses are kept in DIR
      and a later run only analyses new or changed files.
  dossier lsp --stdio
      Run the language server over standard input and output (for Neovim, Helix, Emacs and other editors).
  dossier help
      Show this help.`;

interface Args {
  command: string | null;
  paths: string[];
  json: boolean;
  maxFileKB: number | null;
  cache: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { command: null, paths: [], json: false, maxFileKB: null, cache: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--cache') {
      const dir = argv[++i];
      if (!dir) return '--cache needs a folder';
      args.cache = dir;
    } else if (a === '--max-file-size-kb') {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) return '--max-file-size-kb needs a positive number';
      args.maxFileKB = n;
    } else if (a === '--help' || a === '-h') args.command = 'help';
    else if (a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--clientProcessId=')) continue;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.command === null) args.command = a;
    else args.paths.push(a);
  }
  return args;
}

function progress(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    if (done === total || done % 50 === 0) process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

async function runIndex(args: Args): Promise<number> {
  if (args.paths.length === 0) {
    process.stderr.write(`dossier: index needs at least one file or folder\n${USAGE}\n`);
    return 2;
  }
  let cache: AnalysisCache | undefined;
  if (args.cache) {
    try {
      cache = await openCache(args.cache, { onProblem: (message) => process.stderr.write(`dossier: ${message}\n`) });
    } catch (err) {
      process.stderr.write(`dossier: cannot use the cache folder ${args.cache} (${(err as Error).message}); indexing without it\n`);
    }
  }
  const run = await indexPaths(args.paths, {
    cache,
    maxFileBytes: args.maxFileKB ? args.maxFileKB * 1024 : undefined,
    onProgress: progress('Reading'),
    onAnalyze: progress('Analyzing'),
  });
  for (const p of run.problems) process.stderr.write(`dossier: ${p.path}: ${p.message}\n`);
  for (const w of run.warnings) process.stderr.write(`dossier: ${w.path}: warning: ${w.message}\n`);
  for (const doc of run.index.documents.values()) {
    for (const d of doc.diagnostics) process.stderr.write(`dossier: ${shownPathOfUri(doc.uri)}: ${d.severity}: ${d.message}\n`);
  }
  if (cache) {
    const s = cache.stats;
    const discarded = s.discarded === 1 ? ', 1 unusable cache entry was discarded' : s.discarded > 1 ? `, ${s.discarded} unusable cache entries were discarded` : '';
    process.stderr.write(`dossier: ${s.hits} of ${s.hits + s.misses} documents came from the cache${discarded}\n`);
  }
  if (run.index.documents.size === 0) {
    process.stderr.write('dossier: nothing was indexed: no .md, .markdown or .txt file could be read from the given paths\n');
    return 1;
  }
  process.stdout.write(args.json ? `${JSON.stringify(exportIndex(run.index), null, 1)}\n` : `${summarize(run.index)}\n`);
  return 0;
}

/** The transport (--stdio or --node-ipc) is read from the command line by lsp/transport.ts. */
async function runServer(): Promise<number> {
  await import('../lsp/main.js');
  return new Promise<number>(() => {});
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`dossier: ${args}\n${USAGE}\n`);
    return 2;
  }
  switch (args.command) {
    case 'index':
      return runIndex(args);
    case 'lsp':
      return runServer();
    case 'help':
    case null:
      process.stdout.write(`${USAGE}\n`);
      return args.command === null ? 2 : 0;
    default:
      process.stderr.write(`dossier: unknown command "${args.command}"\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`dossier: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
