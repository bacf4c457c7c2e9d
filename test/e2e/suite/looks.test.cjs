// How articles read in the real extension host: word wrap for the news-article language, and the command that
// makes a corpus folder's .txt files open as News articles.
const assert = require('assert');
const vscode = require('vscode');
const { file, ready } = require('./shared.cjs');

suite('Reading articles', () => {
  suiteSetup(async () => {
    await ready();
  });

  test('news articles wrap their long lines', () => {
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'news-article' }).get('wordWrap'), 'on');
  });

  test('"Read .txt Files in Folder as News Articles" makes the folder\'s .txt files, open or not, News articles', async () => {
    const corpus = file('corpus');
    const open = await vscode.workspace.openTextDocument(file('corpus/2024-05-16-putin-state-visit.txt'));
    assert.strictEqual(open.languageId, 'plaintext');
    const files = () => vscode.workspace.getConfiguration('files');
    try {
      await vscode.commands.executeCommand('dossier.readFolderAsArticles', corpus);
      assert.strictEqual(files().inspect('associations').workspaceValue['**/corpus/**/*.txt'], 'news-article');
      assert.strictEqual(open.languageId, 'news-article', 'the open article changed language');
      // (the server may hold it as a document already, but VS Code has not opened it: its language is decided now)
      const later = await vscode.workspace.openTextDocument(file('corpus/2024-07-04-sco-astana.txt'));
      assert.strictEqual(later.languageId, 'news-article', 'an article opened afterwards');
    } finally {
      await files().update('associations', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.languages.setTextDocumentLanguage(open, 'plaintext');
    }
  });
});
