// The outline over LSP (textDocument/documentSymbol): in a note, the note's own headings first, each holding the
// entities its section names, unless the editor outlines headings itself (VS Code's Markdown extension does), when
// the note's symbols are its entities alone, so no heading is listed twice; every symbol has a kind that reads as
// what it is, not as code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { startServer } from './client.js';

interface Symbol {
  name: string;
  kind: number;
  children?: Symbol[];
}

const KIND_NAME = new Map<number, string>(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));
const outline = (symbols: Symbol[], depth = 0): string[] =>
  symbols.flatMap((s) => [`${'  '.repeat(depth)}${KIND_NAME.get(s.kind)} ${s.name}`, ...outline(s.children ?? [], depth + 1)]);

/** The note's outline and the article's symbol kinds, from a server started with these initialization options. */
async function outlines(initializationOptions: Record<string, unknown>): Promise<{ note: string[]; articleKinds: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-outline-'));
  fs.writeFileSync(
    path.join(dir, 'talks.txt'),
    'Talks in Lima\n2024-03-05\n\nChilean Foreign Minister Ana Varga held talks with Peruvian President Tomas Ruiloba in Lima on Tuesday. ' +
      'They discussed the Andean Water Initiative and the Pacific Trade Council.\n',
  );
  const note = path.join(dir, 'note.md');
  fs.writeFileSync(note, '---\ntitle: Watch\n---\nVarga first.\n\n# Andes watch\n\nThe Andean Water Initiative above the sections.\n\n## People\n\nRuiloba again.\n\n```\n# not a heading\n```\n\n## Plans\n\nWe follow Ruiloba closely.\n');
  const server = await startServer(dir, { initializationOptions });
  try {
    await server.indexed;
    const symbolsOf = async (file: string) =>
      (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: (await server.open(file)).uri } })) as Symbol[];
    const article = await symbolsOf(path.join(dir, 'talks.txt'));
    return { note: outline(await symbolsOf(note)), articleKinds: [...new Set(article.map((s) => KIND_NAME.get(s.kind)!))].sort() };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a note\'s outline starts with its own headings, the entities nested in the section that names them', async () => {
  const { note, articleKinds } = await outlines({});
  assert.deepEqual(note, [
    'String Andes watch',
    '  File Andean Water Initiative',
    '  String People',
    '    Key Tomas Ruiloba',
    '  String Plans',
    'Key Ana Varga',
  ]);
  assert.deepEqual(articleKinds, ['Event', 'File', 'Key', 'Struct']);
});

test('an editor that outlines headings itself gets a note\'s entities alone, in document order, and the same kinds', async () => {
  const { note, articleKinds } = await outlines({ outlinesHeadings: true });
  assert.deepEqual(note, ['Key Ana Varga', 'File Andean Water Initiative', 'Key Tomas Ruiloba']);
  assert.deepEqual(articleKinds, ['Event', 'File', 'Key', 'Struct']);
});
