// Every feature answered over LSP by the real server, on samples/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ProgressType } from 'vscode-languageserver-protocol';
import { SAMPLES, positionOf, startServer, uriOf, type TestServer } from './client.js';

let server: TestServer;
const note = path.join(SAMPLES, 'notes/china-russia-watch.md');
const weekly = path.join(SAMPLES, 'notes/weekly-2024-05.md');
const article = path.join(SAMPLES, 'corpus/2023-10-18-belt-and-road-forum.txt');
let noteText = '';
let weeklyText = '';

before(async () => {
  server = await startServer();
  await server.indexed;
  noteText = (await server.open(note)).text;
  weeklyText = (await server.open(weekly)).text;
});
after(() => server.stop());

type Hover = { contents: { kind: string; value: string }; range: { start: { line: number } } } | null;
type Loc = { uri: string; range: { start: { line: number; character: number } } };
const hoverAt = (file: string, text: string, needle: string, nth = 0) =>
  server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: positionOf(text, needle, nth) }) as Promise<Hover>;

test('hover on a bare family name in a note shows the person card', async () => {
  const h = await hoverAt(note, noteText, 'Lavrov keeps');
  assert.ok(h);
  assert.equal(h.contents.kind, 'markdown');
  const card = h.contents.value;
  assert.match(card, /^\*\*Sergey Lavrov\*\* · Russia/);
  assert.match(card, /Foreign Minister \(as of 2024\\-04\\-09\)/);
  assert.match(card, /Titles over time:/);
  assert.match(card, /Also written: .*Sergei Lavrov/);
  assert.match(card, /\d+ mentions in \d+ documents/);
  assert.match(card, /Latest events:\n- 2024\\-04\\-09 · talks · Beijing · with Wang Yi/);
  assert.match(card, /\[Show all \d+ mentions\]\(command:dossier\.showMentions\?/);
  assert.match(card, /\[Open first mention\]\(command:dossier\.openLocation\?/);
});

test('hover on "Xi" in a note and on an initiative acronym', async () => {
  const xi = await hoverAt(note, noteText, 'Xi and Putin');
  assert.match(xi!.contents.value, /^\*\*Xi Jinping\*\* · China\n\n\[Show all \d+ mentions\][^\n]*\n\nPresident/);
  const bri = await hoverAt(note, noteText, 'BRI');
  const card = bri!.contents.value;
  assert.match(card, /^\*\*Belt and Road Initiative\*\* \(BRI\) · initiative/);
  assert.match(card, /First seen 2022\\-02\\-04 in \*/);
  assert.match(card, /\n> .*Belt and Road Initiative/);
  assert.match(card, /Related people: Xi Jinping \(\d+\)/);
});

test('a card of someone with an entity note: the note\'s first paragraph, "Open note", and "Open first mention" in an article', async () => {
  const card = (await hoverAt(note, noteText, 'Lavrov keeps'))!.contents.value;
  assert.ok(card.includes("\n\n*Your note:* Russia's foreign minister since 2004\\. Spellings vary by outlet\\: Sergey \\(Russian sources\\) and Sergei \\(most English\\-language wires\\)\\.\n"), card);
  const target = (label: string) => JSON.parse(decodeURIComponent(new RegExp(`\\[${label}\\]\\(command:dossier\\.openLocation\\?([^)]*)\\)`).exec(card)![1]))[0];
  assert.equal(target('Open note'), uriOf(path.join(SAMPLES, 'notes/entities/sergey-lavrov.md')));
  assert.match(target('Open first mention'), /\/samples\/corpus\//);
});

test('declaration on an entity note\'s aliases line lands on the first mention in the articles', async () => {
  const lavrovNote = path.join(SAMPLES, 'notes/entities/sergey-lavrov.md');
  const text = fs.readFileSync(lavrovNote, 'utf8');
  const decl = (await server.connection.sendRequest('textDocument/declaration', { textDocument: { uri: uriOf(lavrovNote) }, position: positionOf(text, 'Sergei Lavrov') })) as Loc[];
  assert.equal(decl.length, 1);
  assert.match(decl[0].uri, /\/samples\/corpus\//);
});

test('an editor that is not VS Code (Neovim) gets plain-text cards: no command links, no Markdown escapes', async () => {
  const nvim = await startServer(SAMPLES, { clientName: 'Neovim' });
  try {
    await nvim.indexed;
    const h = (await nvim.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(note) }, position: positionOf(noteText, 'Lavrov keeps') })) as Hover;
    assert.equal(h!.contents.kind, 'plaintext');
    assert.match(h!.contents.value, /^Sergey Lavrov · Russia\n\nForeign Minister \(as of 2024-04-09\)/);
    assert.doesNotMatch(h!.contents.value, /command:|\\|\*\*/);
  } finally {
    await nvim.stop();
  }
  const code = await startServer(SAMPLES, { clientName: 'Visual Studio Code' });
  try {
    await code.indexed;
    const h = (await code.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(note) }, position: positionOf(noteText, 'Lavrov keeps') })) as Hover;
    assert.equal(h!.contents.kind, 'markdown');
    assert.match(h!.contents.value, /command:dossier\.showMentions/);
  } finally {
    await code.stop();
  }
});

test('hover where no entity is gives nothing', async () => {
  assert.equal(await hoverAt(note, noteText, 'Running notes'), null);
});

test('definition of an initiative lands on its entity note; declaration on the first article mention', async () => {
  const pos = { textDocument: { uri: uriOf(note) }, position: positionOf(noteText, 'BRI') };
  const def = (await server.connection.sendRequest('textDocument/definition', pos)) as Loc[];
  assert.equal(def[0].uri, uriOf(path.join(SAMPLES, 'notes/entities/belt-and-road-initiative.md')));
  const decl = (await server.connection.sendRequest('textDocument/declaration', pos)) as Loc[];
  assert.equal(decl[0].uri, uriOf(path.join(SAMPLES, 'corpus/2022-02-04-beijing-joint-statement.md')));
});

test('definition of a person without a note lands on the first mention in the earliest document', async () => {
  const def = (await server.connection.sendRequest('textDocument/definition', {
    textDocument: { uri: uriOf(weekly) },
    position: positionOf(weeklyText, 'Overchuk'),
  })) as Loc[];
  assert.equal(def[0].uri, uriOf(path.join(SAMPLES, 'corpus/2024-08-22-overchuk-harbin.txt')));
});

test('references list every mention, honouring includeDeclaration', async () => {
  const params = (includeDeclaration: boolean) => ({ textDocument: { uri: uriOf(note) }, position: positionOf(noteText, 'SCO'), context: { includeDeclaration } });
  const all = (await server.connection.sendRequest('textDocument/references', params(true))) as Loc[];
  const withoutDecl = (await server.connection.sendRequest('textDocument/references', params(false))) as Loc[];
  const exported = (await server.connection.sendRequest('dossier/export')) as { entities: { name: string; mentions: Loc[] }[] };
  const sco = exported.entities.find((e) => e.name === 'Shanghai Cooperation Organization')!;
  assert.deepEqual(all, sco.mentions);
  assert.ok(all.length >= 7);
  assert.equal(withoutDecl.length, all.length - 1);
  assert.ok(new Set(all.map((l) => l.uri)).size >= 5);
});

test('references as partial results: the chunks and the final answer add up to the full list', async () => {
  const params = { textDocument: { uri: uriOf(note) }, position: positionOf(noteText, 'Xi'), context: { includeDeclaration: true } };
  const full = (await server.connection.sendRequest('textDocument/references', params)) as Loc[];
  const partials: Loc[][] = [];
  const token = 'refs-partial';
  const listener = server.connection.onProgress(new ProgressType<Loc[]>(), token, (chunk) => {
    partials.push(chunk);
  });
  const last = (await server.connection.sendRequest('textDocument/references', { ...params, partialResultToken: token })) as Loc[];
  listener.dispose();
  assert.ok(partials.length >= 1 && partials[0].length > 0, 'the first documents came as a partial result');
  assert.deepEqual([...partials.flat(), ...last], full);
});

test('document highlights mark every mention in the file', async () => {
  const hl = (await server.connection.sendRequest('textDocument/documentHighlight', {
    textDocument: { uri: uriOf(weekly) },
    position: positionOf(weeklyText, 'BRICS'),
  })) as { range: unknown }[];
  assert.equal(hl.length, 2);
});

test('workspace symbols: fuzzy search over names and aliases', async () => {
  const found = (await server.connection.sendRequest('workspace/symbol', { query: 'lavrv' })) as { name: string }[];
  assert.equal(found[0].name, 'Sergey Lavrov');
  const byAlias = (await server.connection.sendRequest('workspace/symbol', { query: 'EAEU' })) as { name: string }[];
  assert.equal(byAlias[0].name, 'Eurasian Economic Union');
});

test('document symbols: the people, initiatives and events of the file', async () => {
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(article) } })) as { name: string; kind: number }[];
  const names = symbols.map((s) => s.name);
  for (const n of ['Xi Jinping', 'Vladimir Putin', 'Belt and Road Initiative', 'Talks: Vladimir Putin and Xi Jinping in Beijing']) assert.ok(names.includes(n), n);
});

test('completion offers names and acronyms, with the title as detail and the card on resolve', async () => {
  const text = `${noteText}\nMet with Lav`;
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uriOf(note), version: 2 },
    contentChanges: [{ text }],
  });
  const lines = text.split('\n');
  const { items } = (await server.connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uriOf(note) },
    position: { line: lines.length - 1, character: lines[lines.length - 1].length },
  })) as { items: { label: string; detail: string; data: unknown }[] };
  assert.equal(items[0].label, 'Sergey Lavrov');
  assert.equal(items[0].detail, 'Foreign Minister');
  const resolved = (await server.connection.sendRequest('completionItem/resolve', items[0])) as { documentation: { value: string } };
  assert.match(resolved.documentation.value, /^\*\*Sergey Lavrov\*\*/);
  const { items: acronyms } = (await server.connection.sendRequest('textDocument/completion', {
    textDocument: { uri: uriOf(note) },
    position: positionOf(text, 'SCO', 0, 2),
  })) as { items: { label: string; detail: string }[] };
  assert.ok(acronyms.some((i) => i.label === 'SCO' && i.detail === 'organization'));
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(note), version: 3 }, contentChanges: [{ text: noteText }] });
});

type Node = { type: string; label?: string; id: string; children?: Node[]; title?: string; participants?: { id: string; name: string }[]; sources?: Loc[]; kind?: string; place?: string };

test('dossier/events groups by year, then month, then event; undated last', async () => {
  const tree = (await server.connection.sendRequest('dossier/events', { groupBy: 'date' })) as Node[];
  assert.deepEqual(tree.map((n) => n.label), ['2024', '2023', '2022', 'Undated']);
  const may2024 = tree[0].children!.find((m) => m.label === 'May')!;
  const ev = may2024.children![0];
  assert.equal(ev.type, 'event');
  assert.equal(ev.title, 'Visit: Vladimir Putin and Xi Jinping in Beijing');
  assert.deepEqual(ev.participants!.map((p) => p.name), ['Vladimir Putin', 'Xi Jinping']);
  assert.equal(ev.place, 'Beijing');
  assert.ok(ev.sources!.length >= 2 && ev.sources!.every((s) => s.uri.startsWith('file://') && s.range.start.line >= 0));
});

test('dossier/events filters by entity and date, and groups by person', async () => {
  const lavrov = (await server.connection.sendRequest('dossier/events', { groupBy: 'date', entity: 'person:sergei-lavrov' })) as Node[];
  // a handful of events of one person are listed as they are, newest first
  assert.deepEqual(lavrov.map((e) => e.title), ['Talks: Sergey Lavrov and Wang Yi in Beijing', 'Meeting: Sergey Lavrov and Wang Yi in Moscow']);
  const y2022 = (await server.connection.sendRequest('dossier/events', { from: '2022-01-01', to: '2022-12-31' })) as Node[];
  assert.deepEqual(y2022.map((n) => n.label), ['2022']);
  const byPerson = (await server.connection.sendRequest('dossier/events', { groupBy: 'person' })) as Node[];
  assert.equal(byPerson[0].label, 'Xi Jinping');
  assert.equal(byPerson[0].children![0].label, '2024');
});

test('dossier/events one level at a time (lazy): counts, then a group\'s children by its id', async () => {
  const years = (await server.connection.sendRequest('dossier/events', { groupBy: 'date', lazy: true })) as (Node & { count: number })[];
  assert.deepEqual(years.map((n) => n.label), ['2024', '2023', '2022', 'Undated']);
  assert.ok(years.every((y) => y.children!.length === 0 && y.count > 0));
  const months = (await server.connection.sendRequest('dossier/events', { groupBy: 'date', lazy: true, within: years[0].id })) as (Node & { count: number })[];
  assert.equal(months.reduce((n, m) => n + m.count, 0), years[0].count);
  const may = months.find((m) => m.label === 'May')!;
  const events = (await server.connection.sendRequest('dossier/events', { groupBy: 'date', lazy: true, within: may.id })) as Node[];
  assert.equal(events.length, may.count);
  assert.equal(events[0].title, 'Visit: Vladimir Putin and Xi Jinping in Beijing');
});

test('the server tells the client when the index changed, with counts', () => {
  const changed = server.notifications.filter((n) => n.method === 'dossier/indexChanged');
  assert.ok(changed.length >= 1);
  const counts = changed[changed.length - 1].params as { documents: number; people: number; events: number };
  assert.ok(counts.documents >= 17 && counts.people >= 9 && counts.events >= 12);
});
