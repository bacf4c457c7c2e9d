// The peer in the side-by-side benchmark: vscode-markdown-languageservice (the engine behind VS Code's own Markdown
// features) over the same files, in this process. Its first getReferences call builds its workspace-wide link
// index; later calls show its steady-state latency.
import fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver-protocol';
import * as md from 'vscode-markdown-languageservice';
import { articleFiles } from './corpusDir.js';

export interface PeerResult {
  documents: number;
  indexSeconds: number;
  references: number[];
}

export async function runPeer(dir: string, requests: number): Promise<PeerResult> {
  const docs = new Map<string, TextDocument>();
  for (const file of articleFiles(dir).sort()) {
    const uri = URI.file(file).toString();
    docs.set(uri, TextDocument.create(uri, 'markdown', 1, fs.readFileSync(file, 'utf8')));
  }
  const it = MarkdownIt({ html: true });
  const parser: md.IMdParser = {
    slugifier: md.githubSlugifier,
    tokenize: async (doc) => it.parse(doc.getText(), {}),
  };
  const never = <T>() => new Emitter<T>().event;
  const workspace: md.IWorkspace = {
    workspaceFolders: [URI.file(dir)],
    onDidChangeMarkdownDocument: never(),
    onDidCreateMarkdownDocument: never(),
    onDidDeleteMarkdownDocument: never(),
    getAllMarkdownDocuments: async () => docs.values(),
    hasMarkdownDocument: (resource) => docs.has(resource.toString()),
    openMarkdownDocument: async (resource) => docs.get(resource.toString()),
    stat: async (resource) => (docs.has(resource.toString()) || fs.existsSync(resource.fsPath) ? { isDirectory: fs.existsSync(resource.fsPath) && fs.statSync(resource.fsPath).isDirectory() } : undefined),
    readDirectory: async (resource) =>
      fs.readdirSync(resource.fsPath, { withFileTypes: true }).map((e) => [e.name, { isDirectory: e.isDirectory() }] as const),
  };
  const logger: md.ILogger = { level: md.LogLevel.Off, log: () => {} };
  const service = md.createLanguageService({ workspace, parser, logger });
  const token = new CancellationTokenSource().token;
  const all = [...docs.values()];
  // a heading of a Markdown article: references to it need every document's links
  const target = all.find((d) => d.getText().includes('\n# ')) ?? all[0];
  const line = target.getText().split('\n').findIndex((l) => l.startsWith('# '));
  const position = { line: Math.max(0, line), character: 3 };
  const t0 = performance.now();
  await service.getReferences(target, position, { includeDeclaration: true }, token);
  const indexSeconds = (performance.now() - t0) / 1000;
  const references: number[] = [];
  for (let i = 0; i < requests; i++) {
    const doc = all[(i * 7919) % all.length];
    const l = Math.max(0, doc.getText().split('\n').findIndex((x) => x.startsWith('# ')));
    const t = performance.now();
    await service.getReferences(doc, { line: l, character: 3 }, { includeDeclaration: true }, token);
    references.push(performance.now() - t);
  }
  service.dispose();
  return { documents: docs.size, indexSeconds, references };
}
