// Drives the real workbench as a user would: open a note, hover an official's short name and read the card, read
// the note's outline and breadcrumbs, open the Dossier view, expand an event, click a source and check the editor opens it at the right line, filter the view
// to one person, with screenshots of the hover card and the Events view, whole and filtered.
// Usage: node driveUi.mjs <baseUrl> <workspaceFolder> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { stepRunner } from './steps.mjs';
import { openFile, openFolder, runCommand } from './workbench.mjs';

const [base, folder, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const browser = await launch();
const page = browser.page;
const { log, step, finish } = stepRunner({ page, shots, failurePrefix: 'failure-', stopOnFailure: true });
const wait = (ms) => ({ timeout: ms });

/** The screen position of a word in the editor, found through the DOM text of the view lines. */
async function wordBox(word) {
  return page.evaluate((w) => {
    const root = document.querySelector('.editor-instance .monaco-editor .view-lines');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(w);
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + Math.min(b.width / 2, 12), y: b.top + b.height / 2 };
      }
    }
    return null;
  }, word);
}

const outline = page.locator('.pane', { has: page.locator('.pane-header .title', { hasText: /^Outline$/ }) });

/** The Outline view's rows as "label Llevel", as the tree gives them to screen readers. */
async function outlineRows() {
  const rows = outline.locator('.monaco-list-row');
  await rows.first().waitFor(wait(15000));
  return rows.evaluateAll((rs) => rs.map((r) => `${r.getAttribute('aria-label')} L${r.getAttribute('aria-level')}`));
}

try {
  await step('the workbench opens the workspace', async () => {
    await openFolder(page, base, folder);
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', wait(90000));
  });

  await step('open a note', async () => {
    await openFile(page, 'china-russia-watch.md');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Lavrov keeps' }).first().waitFor(wait(30000));
    await page.locator('.statusbar-item', { hasText: /Dossier: \d+ docs/ }).first().waitFor(wait(90000));
  });

  let card = '';
  await step('hover the bare name "Lavrov" and read the card', async () => {
    const box = await wordBox('Lavrov');
    if (!box) throw new Error('"Lavrov" is not on screen');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'Sergey Lavrov' }).first();
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(box.x - 40, box.y + 40);
      await page.mouse.move(box.x, box.y, { steps: 5 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 6000 });
        break;
      } catch (err) {
        if (attempt >= 5) throw err;
      }
    }
    card = (await hover.innerText()).trim();
    log(`hover card: ${JSON.stringify(card)}`);
    if (!/Foreign Minister/.test(card) || !/Show all \d+ mentions/.test(card)) throw new Error('the card lacks the title or the mentions link');
    await page.screenshot({ path: path.join(shots, 'hover-card.png') });
  });

  await step('the note\'s outline: its headings first and once, then the names it mentions, with icons that are not code', async () => {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Explorer: Focus on Outline View');
    // the file tree folded, so the outline has the room to show its rows
    const files = page.locator('.pane-header', { hasText: path.basename(folder) }).first();
    if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
    // VS Code's Markdown outline has the headings; Dossier's group, after it, has the names alone
    let rows = [];
    // the outline is asked again once the index is whole, so the names linking resolves appear without an edit
    for (let tries = 0; tries < 60 && !rows.includes('Sergey Lavrov (key) L2'); tries++) {
      rows = await outlineRows();
      await page.waitForTimeout(250);
    }
    log(`outline: ${JSON.stringify(rows)}`);
    if (!/^# China–Russia watch \(string\) L2$/.test(rows[1] ?? '') || rows[0].startsWith('Dossier')) throw new Error('the note\'s headings do not come first');
    const dossier = rows.slice(rows.indexOf('Dossier L1') + 1);
    const kinds = new Set(dossier.map((r) => /\((\w+)\) L2$/.exec(r)?.[1]));
    if (!dossier.includes('Sergey Lavrov (key) L2') || !dossier.includes('Belt and Road Initiative (file) L2')) throw new Error('the names are not in Dossier\'s outline');
    if ([...kinds].some((k) => !['key', 'file', 'struct', 'event'].includes(k))) throw new Error(`Dossier's outline has kinds ${[...kinds].join(', ')}`);
    if (rows.filter((r) => /China–Russia watch|Open questions/.test(r)).length !== 2) throw new Error('a heading is listed twice');
    await page.screenshot({ path: path.join(shots, 'note-outline.png') });
    await outline.locator('.monaco-list-row', { hasText: '## Open questions' }).first().click(wait(15000));
    const crumbs = page.locator('.breadcrumbs-control .monaco-breadcrumb-item');
    await crumbs.filter({ hasText: '## Open questions' }).first().waitFor(wait(15000));
    const trail = await crumbs.allInnerTexts();
    log(`breadcrumbs: ${JSON.stringify(trail)}`);
    if (trail.includes('Dossier')) throw new Error('the breadcrumbs go through Dossier\'s names');
    await files.click();
  });

  let expected = null;
  await step('open the Dossier view and expand an event', async () => {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await page.locator('.activitybar [aria-label^="Dossier"]').first().click();
    const tree = page.locator('.pane-body .monaco-list-row');
    await tree.filter({ hasText: '2024' }).first().waitFor(wait(30000));
    await tree.filter({ hasText: /^May/ }).first().click();
    const event = tree.filter({ hasText: '2024-05-16' }).first();
    await event.waitFor(wait(15000));
    await event.click();
    await tree.filter({ hasText: 'Putin arrives in Beijing' }).first().waitFor(wait(15000));
    const source = fs.readFileSync(path.join(folder, 'corpus/2024-05-16-putin-state-visit.txt'), 'utf8');
    expected = source.split('\n').findIndex((l) => l.startsWith('Russian President Vladimir Putin began')) + 1;
    await page.screenshot({ path: path.join(shots, 'events-view.png') });
  });

  await step('click a source: the editor opens it at the sentence', async () => {
    await page.locator('.pane-body .monaco-list-row', { hasText: 'Putin arrives in Beijing' }).first().click();
    await page.locator('.tab.active', { hasText: '2024-05-16-putin-state-visit.txt' }).first().waitFor(wait(15000));
    const position = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
    await position.waitFor(wait(15000));
    const text = (await position.innerText()).trim();
    const line = Number(/Ln (\d+)/.exec(text)[1]);
    log(`editor cursor: ${text} (expected line ${expected})`);
    if (line !== expected) throw new Error(`the source opened at line ${line}, not ${expected}`);
    await page.screenshot({ path: path.join(shots, 'source-opened.png') });
  });

  await step('filter the Events view to one person: the view says so above the tree', async () => {
    // the Dossier view is still open from the steps before: clicking its activity bar icon again would close it
    const tree = page.locator('.pane-body .monaco-list-row').first();
    if (!(await tree.isVisible())) await page.locator('.activitybar [aria-label^="Dossier"]').first().click();
    await tree.hover();
    await page.locator('.action-label[aria-label^="Filter Events by Person or Initiative"]').first().click(wait(15000));
    await page.waitForSelector('.quick-input-list .monaco-list-row', wait(15000));
    await page.keyboard.type('Sergey Lavrov');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sergey Lavrov' }).first().waitFor(wait(15000));
    await page.keyboard.press('Enter');
    await page.getByText('Only events involving Sergey Lavrov.').first().waitFor(wait(15000));
    await page.screenshot({ path: path.join(shots, 'events-filtered.png') });
  });
} catch {
  // the failing step was recorded
} finally {
  await browser.close();
  process.exit(finish(7));
}
