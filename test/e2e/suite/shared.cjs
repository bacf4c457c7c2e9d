// Helpers the extension-host suites share.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

exports.file = (rel) => vscode.Uri.file(path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, rel));

exports.positionOf = async (uri, needle, delta = 1) => {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${uri.fsPath}`);
  return doc.positionAt(at + delta);
};

exports.hoverText = (hovers) => (hovers || []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

/** Activates Dossier and waits until the workspace is indexed; returns the extension's API. */
exports.ready = async () => {
  const ext = vscode.extensions.getExtension('dossier.dossier');
  assert.ok(ext, 'the extension dossier.dossier is not installed');
  const api = await ext.activate();
  for (let i = 0; i < 120; i++) {
    const status = await api.client.sendRequest('dossier/status').catch(() => null);
    if (status && status.documents >= 17) return api;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail('the workspace was not indexed within 60 s');
};
