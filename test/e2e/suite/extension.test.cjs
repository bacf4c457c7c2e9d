// Integration tests in the real extension host (code-server, VS Code 1.139), on a copy of samples/.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { file, positionOf, hoverText, ready } = require('./shared.cjs');

let api;

suite('Dossier in the real extension host', () => {
  suiteSetup(async () => {
    api = await ready();
  });

  test('hover on a bare family name in a note shows the card, with trusted Dossier command links', async () => {
    const uri = file('notes/china-russia-watch.md');
    await vscode.window.showTextDocument(uri);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, await positionOf(uri, 'Lavrov keeps'));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Sergey Lavrov\*\* · Russia/);
    assert.match(text, /command:dossier\.showMentions/);
    const md = hovers[0].contents.find((c) => typeof c !== 'string');
    assert.deepStrictEqual(md.isTrusted, { enabledCommands: ['dossier.showMentions', 'dossier.openLocation', 'dossier.showEvents'] });
  });

  test('definition of an acronym in a note lands on the entity note', async () => {
    const uri = file('notes/china-russia-watch.md');
    const defs = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', uri, await positionOf(uri, 'BRI'));
    const target = defs[0].targetUri || defs[0].uri;
    assert.strictEqual(path.basename(target.fsPath), 'belt-and-road-initiative.md');
  });

  test('references list every mention across articles and notes', async () => {
    const uri = file('notes/china-russia-watch.md');
    const refs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, await positionOf(uri, 'SCO'));
    assert.ok(refs.length >= 7, `only ${refs.length} references`);
    assert.ok(new Set(refs.map((r) => r.uri.fsPath)).size >= 5);
  });

  test('the Events view groups by date, person and initiative, filters and clears', async () => {
    const roots = async () => (await api.events.getChildren()).map((i) => i.node.label);
    await vscode.commands.executeCommand('dossier.groupEventsByDate');
    assert.deepStrictEqual(await roots(), ['2024', '2023', '2022', 'Undated']);
    await vscode.commands.executeCommand('dossier.groupEventsByPerson');
    assert.strictEqual((await roots())[0], 'Xi Jinping');
    await vscode.commands.executeCommand('dossier.groupEventsByInitiative');
    await vscode.commands.executeCommand('dossier.groupEventsByDate');
    await vscode.commands.executeCommand('dossier.showEvents', 'person:sergei-lavrov');
    assert.strictEqual(api.events.filteredBy, 'Sergey Lavrov');
    // a handful of events of one person: the events themselves, newest first, without year and month
    const filtered = await api.events.getChildren();
    assert.deepStrictEqual(filtered.map((i) => [i.type, i.node.date.slice(0, 4)]), [['event', '2024'], ['event', '2023']]);
    await vscode.commands.executeCommand('dossier.clearEventsFilter');
    assert.strictEqual(api.events.filteredBy, null);
    await vscode.commands.executeCommand('dossier.refreshEvents');
  });

  test('the Events view says how it is grouped and filtered, and when a filter leaves nothing', async () => {
    await vscode.commands.executeCommand('dossier.groupEventsByPerson');
    assert.strictEqual(api.events.view.description, 'By person');
    await api.events.getChildren();
    assert.strictEqual(api.events.view.message, 'Grouped by person.');
    await vscode.commands.executeCommand('dossier.groupEventsByDate');
    await vscode.commands.executeCommand('dossier.showEvents', 'person:sergei-lavrov');
    assert.strictEqual(api.events.view.description, 'By date · Filtered: Sergey Lavrov');
    await api.events.getChildren();
    assert.strictEqual(api.events.view.message, 'Only events involving Sergey Lavrov.');
    const entities = await api.client.sendRequest('dossier/entities');
    let idle = null;
    for (const e of entities) {
      if ((await api.client.sendRequest('dossier/events', { entity: e.id })).length === 0) {
        idle = e;
        break;
      }
    }
    assert.ok(idle, 'samples/ has an entity without events');
    await vscode.commands.executeCommand('dossier.showEvents', idle.id);
    assert.deepStrictEqual(await api.events.getChildren(), []);
    assert.strictEqual(api.events.view.message, `No events involve ${idle.name}.`);
    await vscode.commands.executeCommand('dossier.clearEventsFilter');
    assert.strictEqual(api.events.view.description, 'By date');
    await api.events.getChildren();
    assert.strictEqual(api.events.view.message, undefined);
  });

  test('initiative groups have their own icon; an event lists each reporting article once; a participant opens in its report', async () => {
    await vscode.commands.executeCommand('dossier.groupEventsByInitiative');
    const groups = await api.events.getChildren();
    assert.ok(groups.length > 0);
    for (const g of groups) assert.strictEqual(api.events.getTreeItem(g).iconPath.id, g.node.entityKind === 'organization' ? 'organization' : 'lightbulb', g.node.label);
    await vscode.commands.executeCommand('dossier.groupEventsByDate');
    const year = (await api.events.getChildren())[0];
    const may = (await api.events.getChildren(year)).find((m) => m.node.label === 'May');
    const event = (await api.events.getChildren(may))[0];
    const tip = api.events.getTreeItem(event).tooltip.value;
    const reported = tip.split('Reported in: ')[1].split('; ');
    assert.deepStrictEqual(reported, [...new Set(reported)]);
    assert.strictEqual(reported.length, new Set(event.node.sources.map((s) => s.uri)).size);
    const participant = (await api.events.getChildren(event)).find((c) => c.type === 'participant');
    const item = api.events.getTreeItem(participant);
    assert.strictEqual(item.command.command, 'dossier.openLocation');
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
    const editor = vscode.window.activeTextEditor;
    assert.ok(event.node.sources.some((s) => s.uri === editor.document.uri.toString()), 'the participant opened outside the event\'s reports');
    assert.ok(!editor.selection.isEmpty, 'the mention is selected');
  });

  test('an event has its participants and sources as children, and a source opens at its sentence', async () => {
    const year = (await api.events.getChildren())[0];
    const may = (await api.events.getChildren(year)).find((m) => m.node.label === 'May');
    const event = (await api.events.getChildren(may))[0];
    const children = await api.events.getChildren(event);
    assert.deepStrictEqual(children.filter((c) => c.type === 'participant').map((c) => c.entity.name), ['Vladimir Putin', 'Xi Jinping']);
    const source = children.find((c) => c.type === 'source');
    const item = api.events.getTreeItem(source);
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor.document.uri.toString(), source.source.uri);
    assert.strictEqual(editor.selection.start.line, source.source.range.start.line);
  });

  test('Open Entity Card with no name under the cursor offers the entities, and opens the picked one\'s card at its first mention', async () => {
    const uri = file('notes/china-russia-watch.md');
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await api.client.sendRequest('dossier/entityAt', { textDocument: { uri: uri.toString() }, position: { line: 0, character: 0 } }), null);
    const entities = await api.client.sendRequest('dossier/entities');
    const top = [...entities].sort((a, b) => b.mentions - a.mentions)[0];
    const running = vscode.commands.executeCommand('dossier.openEntityCard');
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const mentions = await api.client.sendRequest('dossier/mentions', { entity: top.id });
    const opened = vscode.window.activeTextEditor;
    assert.strictEqual(opened.document.uri.toString(), mentions[0].uri);
    assert.strictEqual(opened.selection.start.line, mentions[0].range.start.line);
  });

  test('commands are contributed under the Dossier category and run', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['dossier.showMentions', 'dossier.showEvents', 'dossier.rebuildIndex', 'dossier.openEntityCard']) assert.ok(all.includes(c), c);
    const uri = file('notes/china-russia-watch.md');
    const editor = await vscode.window.showTextDocument(uri);
    const pos = await positionOf(uri, 'Xi and Putin');
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('dossier.showMentions');
    await vscode.commands.executeCommand('dossier.openEntityCard');
    await vscode.commands.executeCommand('dossier.rebuildIndex');
    const status = await api.client.sendRequest('dossier/status');
    assert.ok(status.documents >= 17);
  });
});
