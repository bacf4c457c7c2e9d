// Restricted Mode: in an untrusted workspace Dossier still works, and runs nothing from the documents.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { file, positionOf, hoverText, ready } = require('./shared.cjs');

suite('Restricted Mode', () => {
  test('the workspace is untrusted, Dossier answers hovers, and ---js front matter does not run', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is trusted: this suite must run in Restricted Mode');
    const api = await ready();
    const uri = file('notes/china-russia-watch.md');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, await positionOf(uri, 'Lavrov keeps'));
    assert.match(hoverText(hovers), /\*\*Sergey Lavrov\*\*/);
    const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
    assert.ok(fs.existsSync(path.join(root, 'evil-front-matter.md')), 'the runner did not plant the ---js file');
    assert.strictEqual(fs.existsSync(path.join(root, 'front-matter-ran.txt')), false, 'code from a document ran');
    const status = await api.client.sendRequest('dossier/status');
    assert.ok(status.documents >= 18);
  });
});
