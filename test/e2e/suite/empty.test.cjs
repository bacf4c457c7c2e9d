// An empty folder: Dossier says it has read the workspace and found nothing, and a file added later is indexed.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

async function until(what, get, ms = 60000) {
  const started = Date.now();
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() - started > ms) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

suite('An empty workspace', () => {
  test('the status bar settles on "no documents", and a file added later is indexed', async () => {
    const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
    assert.deepStrictEqual(fs.readdirSync(root), [], 'the runner must open an empty folder');
    const api = await vscode.extensions.getExtension('dossier.dossier').activate();
    await until('the settled status bar', () => api.status.item.text === '$(book) Dossier: no documents');
    fs.writeFileSync(path.join(root, 'first.txt'), 'Talks\n\nChilean Foreign Minister Ana Varga met reporters in Lima on Monday.\n');
    await until('the added file', () => /^\$\(book\) Dossier: 1 doc · 1 person · /.test(api.status.item.text));
  });
});
