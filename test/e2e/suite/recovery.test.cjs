// If the server process dies, the client starts it again, it re-indexes, and hover works again.
const assert = require('assert');
const vscode = require('vscode');
const { file, positionOf, hoverText, ready } = require('./shared.cjs');

suite('Crash recovery', () => {
  test('after the server is killed, hover works again', async () => {
    const api = await ready();
    const uri = file('notes/china-russia-watch.md');
    const pos = await positionOf(uri, 'Lavrov keeps');
    const pid = await api.client.sendRequest('dossier/pid');
    process.kill(pid, 'SIGKILL');
    const started = Date.now();
    let card = '';
    while (Date.now() - started < 60000 && !/Sergey Lavrov/.test(card)) {
      await new Promise((r) => setTimeout(r, 500));
      card = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos).then(undefined, () => []));
    }
    assert.match(card, /\*\*Sergey Lavrov\*\*/, 'hover did not come back after the server was killed');
    assert.notStrictEqual(await api.client.sendRequest('dossier/pid'), pid);
    // the status bar says what happened instead of showing small counts with no word
    const told = Date.now();
    while (Date.now() - told < 30000 && !/^\$\(book\) Dossier: \d+ docs/.test(api.status.item.text)) await new Promise((r) => setTimeout(r, 250));
    assert.match(api.status.item.tooltip, /The Dossier server stopped and was started again at /);
    console.log(`server restarted and answering again after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
