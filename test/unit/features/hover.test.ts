// Hover cards of people and initiatives: what they show, and the people a shared short name could mean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../../server/src/features/hover.js';
import { featureCorpus, NOTE } from './fixture.js';
import { corpus, uriOf } from '../../helpers/corpus.js';
import { analyzeDocument } from '../../../server/src/core/analyzeDocument.js';
import { buildIndex } from '../../../server/src/core/index/corpusIndex.js';
import MarkdownIt from 'markdown-it';

test('a person card: name, country, latest title with date, titles over time, spellings, counts, events, links', () => {
  const c = featureCorpus();
  const note = c.texts.get(NOTE)!;
  const h = hover(c.index, NOTE, note.indexOf('Lavrov on'), note)!;
  assert.equal(note.slice(note.indexOf('Lavrov on')).startsWith('Lavrov'), true);
  const card = h.markdown;
  assert.match(card, /^\*\*Serge[yi] Lavrov\*\* · Russia\n\n\[Show all 4 mentions\]\(command:dossier\.showMentions\?[^)]*\) · \[Open first mention\]\([^)]*\) · \[Show events\]\([^)]*\)\n\ntop diplomat \(as of 2024\\-04\\-09\)/);
  assert.match(card, /Titles over time:\n- 2020\\-09\\-11: Foreign Minister, in \*An older piece\*\n- 2024\\-04\\-09: top diplomat, in \*Lavrov visits\*/);
  assert.match(card, /Also written: /);
  assert.match(card, /4 mentions in 3 documents/);
  assert.match(card, /Latest events:\n- 2024\\-04\\-09 · talks · Beijing · with Wang Yi/);
  assert.match(card, /\[Show all 4 mentions\]\(command:dossier\.showMentions\?%5B%22person%3A/);
  const col = note.split('\n')[2].indexOf('Lavrov');
  assert.deepEqual(h.range, { start: { line: 2, character: col }, end: { line: 2, character: col + 'Lavrov'.length } });
});

test('an initiative card: name and acronym, first seen, defining sentence, mentions, related people', () => {
  const c = featureCorpus();
  const note = c.texts.get(NOTE)!;
  const card = hover(c.index, NOTE, note.indexOf('BRI'), note)!.markdown;
  assert.match(card, /^\*\*Belt and Road Initiative\*\* \(BRI\) · initiative\n\n\[Show all 4 mentions\][^\n]*\n\nFirst seen 2024\\-05\\-16 in \*Talks in Beijing\*/);
  assert.match(card, /\n> Chinese President Xi Jinping held talks .* about the Belt and Road Initiative \\\(BRI\\\) and the Eurasian Economic Union\\\./);
  assert.match(card, /4 mentions in 3 documents/);
  assert.match(card, /Related people: /);
});

test('a short name that two people share about equally offers both', () => {
  const c = corpus({
    'a.txt': 'Premier Li Qiang spoke. Li said more.',
    'b.txt': 'Li Yongquan, head of the Society for Eurasian Studies, said little. Li laughed.',
    'note.md': 'Ask Li.',
  });
  const note = 'Ask Li.';
  const card = hover(c.index, uriOf('note.md'), note.indexOf('Li'), note)!.markdown;
  assert.match(card, /Could also be: Li (Yongquan|Qiang) \(2 mentions\)/);
});

test('nothing under the cursor, no card', () => {
  const c = featureCorpus();
  assert.equal(hover(c.index, NOTE, 0, c.texts.get(NOTE)), null);
});

test('text from documents cannot inject links, HTML or commands into the card', () => {
  // a raw .txt keeps its brackets and tags: its title line and sentences reach the card as they are written
  const c = corpus({
    'evil.txt':
      '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <!-- c --> `code`\n2024-01-01\n\n' +
      'Chinese Foreign Minister Wang Yi praised the Global Civic Initiative (GCI) and [Click](command:evil.run) <b>bold</b> `tick` today.',
    // aliases no document writes: the card never offers them as spellings, so they cannot reach it at all
    'gci.md': '---\nentity: Global Civic Initiative\naliases: ["[y](command:evil.two)!!", "<script>x</script>"]\n---\n',
    'note.md': 'The GCI again.',
  });
  const card = hover(c.index, uriOf('note.md'), 'The GCI again.'.indexOf('GCI'), 'The GCI again.')!.markdown;
  assert.match(card, /\\\[x\\\]\\\(command\\:workbench/);
  assert.doesNotMatch(card, /evil\\?\.two|script/);
  const links = [...card.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)]*)\)/g)].map((m) => m[2]);
  assert.ok(links.length > 0 && links.every((l) => /^command:dossier\.(showMentions|openLocation|showEvents)\?/.test(l)), links.join(' '));
  assert.doesNotMatch(card, /(?<!\\)<(img|b|!--)/);
  assert.doesNotMatch(card, /(?<!\\)`/);
  assert.match(card, /\\\[Click\\\]\\\(command\\:evil\\\.run\\\)/);
  assert.doesNotMatch(card, /(?<!\\)<script/);
});

test('every field a card shows is escaped, the kind of a name included, whatever an analysis holds', () => {
  const text = 'Talks\n2024-05-16\n\nChinese President Xi Jinping praised the Global Civic Initiative (GCI) in Beijing. The GCI grew.';
  const a = analyzeDocument({ uri: uriOf('a.txt'), text });
  // what a cache entry written by someone else, or a bug upstream, could put where a kind goes
  const injected = '![i](https://example.invalid/i.png) [open](command:dossier.openLocation?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%5D) <img src=x>';
  a.names = a.names.map((n) => ({ ...n, kind: injected as 'initiative' }));
  const card = hover(buildIndex([a]), uriOf('a.txt'), text.lastIndexOf('GCI'), text)!.markdown;
  assert.match(card, /\\!\\\[i\\\]\\\(https\\:/);
  assert.ok(!card.includes('passwd%22%5D)'), 'the injected command link survived');
  assert.doesNotMatch(card, /(?<!\\)(!\[|<img|\[open\])/);
});

test('the title history keeps when each title was first seen, and only the latest changes', () => {
  const files: Record<string, string> = {};
  const titles = ['Ambassador', 'Ambassador', 'Foreign Minister', 'Foreign Minister', 'Foreign Minister', 'Ambassador', 'Foreign Minister'];
  titles.forEach((t, i) => (files[`d${i}.md`] = `---\ndate: 2020-0${i + 1}-01\ntitle: Report ${i}\n---\nRussian ${t} Anton Petrov spoke.`));
  for (let i = 0; i < 8; i++) files[`e${i}.md`] = `---\ndate: 2021-0${i + 1}-01\n---\nRussian ${i % 2 ? 'Ambassador' : 'Foreign Minister'} Anton Petrov spoke.`;
  const c = corpus({ ...files, 'note.md': 'Petrov again.' });
  const card = hover(c.index, uriOf('note.md'), 1, 'Petrov again.')!.markdown;
  const history = card.split('Titles over time:\n')[1].split('\n\n')[0].split('\n');
  assert.equal(history.length, 6);
  assert.match(history[history.length - 1], /^- 2021\\-08\\-01: Ambassador/);
});

test('a person card says when the country is inferred rather than written', () => {
  const c = corpus({ 'a.txt': 'Minister Ana Varga spoke on Monday. Chile and Chile and Chile agreed on a plan.', 'note.md': 'Ask Varga.' });
  const card = hover(c.index, uriOf('note.md'), 'Ask '.length, 'Ask Varga.')!.markdown;
  assert.match(card, /^\*\*Ana Varga\*\* · Chile \(inferred from the article\)/);
});

test('a card links to one mention as "the mention", and offers events only when there are some', () => {
  const c = corpus({ 'a.txt': 'Chilean Foreign Minister Ana Varga wrote a letter.', 'note.md': 'Ask Varga.' });
  const card = hover(c.index, uriOf('note.md'), 'Ask '.length, 'Ask Varga.')!.markdown;
  assert.match(card, /\[Show all 2 mentions\]/);
  const one = corpus({ 'a.txt': 'Chilean Foreign Minister Ana Varga wrote a letter.' });
  const text = 'Chilean Foreign Minister Ana Varga wrote a letter.';
  const single = hover(one.index, uriOf('a.txt'), text.indexOf('Varga'), text)!.markdown;
  assert.match(single, /\[Show the mention\]/);
  assert.doesNotMatch(single, /Show events/);
});

test('a file name with a parenthesis keeps the card\'s "Open first mention" link whole: its target is the file\'s uri', () => {
  // as pathToFileURL writes a file named 'talks) draft(.md': parentheses are left as they are in a file uri
  const name = 'talks)%20draft(.md';
  const c = corpus({ [name]: 'Chilean Foreign Minister Ana Varga met reporters in Lima.', 'note.md': 'Ask Varga.' });
  const card = hover(c.index, uriOf('note.md'), 'Ask '.length, 'Ask Varga.')!.markdown;
  const html = new MarkdownIt().render(card);
  const targets = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1].replace(/&amp;/g, '&'), label: m[2] }));
  const open = targets.find((t) => t.label === 'Open first mention');
  assert.ok(open, `no whole "Open first mention" link in ${html}`);
  const [command, query] = open.href.split('?');
  assert.equal(command, 'command:dossier.openLocation');
  assert.deepEqual(JSON.parse(decodeURIComponent(query)), [uriOf(name), 0, 'Chilean Foreign Minister '.length]);
});

test('a card from an index still being built says how far indexing has come', () => {
  const c = featureCorpus();
  const note = c.texts.get(NOTE)!;
  const at = note.indexOf('Lavrov on');
  const card = hover(c.index, NOTE, at, note, { indexing: { done: 3400, total: 10000 } })!.markdown;
  assert.match(card, /\n\*Still indexing: 3,400 of 10,000 files\. Counts and links may grow\.\*\n/);
  const listing = hover(c.index, NOTE, at, note, { indexing: { done: 0, total: null } })!.markdown;
  assert.match(listing, /\*Still indexing: the files are being listed\. Counts and links may grow\.\*/);
  assert.doesNotMatch(hover(c.index, NOTE, at, note, { indexing: null })!.markdown, /Still indexing/);
});

test('"Also written" leaves out a family name never used alone, and lists it once it is', () => {
  const full = 'Talks\n\nChilean Foreign Minister Ana Varga met reporters. Ana Varga left.';
  const fullOnly = corpus({ 'a.txt': full });
  const card = hover(fullOnly.index, uriOf('a.txt'), full.indexOf('Varga'), full)!.markdown;
  assert.doesNotMatch(card, /Also written/);
  const short = 'Talks\n\nChilean Foreign Minister Ana Varga met reporters. Varga left.';
  const shortToo = corpus({ 'a.txt': short });
  assert.match(hover(shortToo.index, uriOf('a.txt'), short.indexOf('Varga'), short)!.markdown, /\n\nAlso written: Varga\n/);
});

const NOTED = {
  'a.txt': 'Talks\n2024-03-01\n\nChilean Foreign Minister Ana Varga met reporters in Lima.',
  'people/varga.md': '---\nentity: Ana Varga\n---\n# Ana Varga\n\nMy *own* words: [careful](command:x.y) on trade.\nSecond line.\n\nLater paragraph.\n',
  'note.md': 'Ask Varga.',
};

test('with an entity note, "Open first mention" opens the article and "Open note" the note', () => {
  const c = corpus(NOTED);
  const card = hover(c.index, uriOf('note.md'), 'Ask '.length, 'Ask Varga.')!.markdown;
  const target = (label: string) => JSON.parse(decodeURIComponent(new RegExp(`\\[${label}\\]\\(command:dossier\\.openLocation\\?([^)]*)\\)`).exec(card)![1]))[0];
  assert.equal(target('Open first mention'), uriOf('a.txt'));
  assert.equal(target('Open note'), uriOf('people/varga.md'));
});

test('a card shows the first paragraph of the user\'s entity note, escaped, and nothing without the note\'s text', () => {
  const c = corpus(NOTED);
  const readText = (uri: string) => c.texts.get(uri);
  const card = hover(c.index, uriOf('note.md'), 'Ask '.length, 'Ask Varga.', { readText })!.markdown;
  assert.match(card, /\n\n\*Your note:\* My \\\*own\\\* words\\: \\\[careful\\\]\\\(command\\:x\\\.y\\\) on trade\\\. Second line\\\.\n/);
  assert.doesNotMatch(card, /Later paragraph/);
  assert.doesNotMatch(hover(c.index, uriOf('note.md'), 'Ask '.length, 'Ask Varga.')!.markdown, /Your note/);
});

test('a plain card, for clients that cannot run Dossier\'s commands: no links, no Markdown, no escapes', () => {
  const c = featureCorpus();
  const note = c.texts.get(NOTE)!;
  const card = hover(c.index, NOTE, note.indexOf('Lavrov on'), note, { plain: true })!.markdown;
  assert.match(card, /^Serge[yi] Lavrov · Russia\n\ntop diplomat \(as of 2024-04-09\)/);
  assert.match(card, /- 2020-09-11: Foreign Minister, in An older piece/);
  assert.doesNotMatch(card, /command:|\\|\*\*|\[/);
});
