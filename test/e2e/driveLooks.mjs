// How Dossier looks in the real workbench: in Dark Modern and in Light Modern, people, initiatives and
// organizations each get a colour of their own, unlike the text around them (read from the rendered editor),
// with a screenshot of each theme; typing the start of a name in a note offers it at once; and the Extension page
// shows the icon.
// Usage: node driveLooks.mjs <baseUrl> <workspaceFolder> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { stepRunner } from './steps.mjs';
import { openFile, openFolder, runCommand } from './workbench.mjs';

const [base, folder, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const browser = await launch({ width: 1100, height: 640 });
const page = browser.page;
const { log, step, finish } = stepRunner({ page, shots, failurePrefix: 'looks-failure-', stopOnFailure: false });
const wait = (ms) => ({ timeout: ms });
/** The colour the editor draws the first occurrence of `word` in. */
async function colourOf(word) {
  return page.evaluate((w) => {
    const root = document.querySelector('.editor-instance .monaco-editor .view-lines');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent.replace(/\u00a0/g, ' ').includes(w)) return getComputedStyle(n.parentElement).color;
    }
    return null;
  }, word);
}

/** Waits until the three kinds have three colours, none that of plain text; returns them. */
async function kindColours() {
  const words = { text: 'keeps', person: 'Lavrov', initiative: 'BRI', organization: 'EAEU' };
  let got = {};
  for (let i = 0; i < 60; i++) {
    got = {};
    for (const [kind, word] of Object.entries(words)) got[kind] = await colourOf(word);
    const kinds = [got.person, got.initiative, got.organization];
    if (new Set(kinds).size === 3 && !kinds.includes(got.text) && !kinds.includes(null)) return got;
    await page.waitForTimeout(500);
  }
  throw new Error(`the kinds do not have colours of their own: ${JSON.stringify(got)}`);
}

async function chooseTheme(name) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  await input.waitFor(wait(15000));
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor(wait(15000));
  await page.keyboard.press('Enter');
  await page.waitForFunction((dark) => document.querySelector('.monaco-workbench').classList.contains(dark ? 'vs-dark' : 'vs'), name.includes('Dark'), wait(15000));
}

try {
  await step('the workbench opens the note', async () => {
    await openFolder(page, base, folder);
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', wait(90000));
    await openFile(page, 'china-russia-watch.md');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Lavrov keeps' }).first().waitFor(wait(30000));
    await page.locator('.statusbar-item', { hasText: /Dossier: \d+ docs/ }).first().waitFor(wait(90000));
  });

  for (const theme of ['Dark Modern', 'Light Modern', 'Dark 2026', 'Light 2026']) {
    await step(`${theme}: people, initiatives and organizations each have a colour, unlike plain text`, async () => {
      await chooseTheme(theme);
      log(`${theme}: ${JSON.stringify(await kindColours())}`);
      await page.locator('.editor-instance').first().screenshot({ path: path.join(shots, `note-${theme.toLowerCase().replace(' ', '-')}.png`) });
    });
  }

  await step('typing the start of a name in a note offers it, without Ctrl+Space', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ask Lav', { delay: 150 });
    const item = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Sergey Lavrov' }).first();
    await item.waitFor(wait(15000));
    await page.locator('.editor-instance').first().screenshot({ path: path.join(shots, 'completion-while-typing.png') });
    await page.keyboard.press('Escape');
  });

  await step('the Extension page shows Dossier\'s icon', async () => {
    await runCommand(page, 'Extensions: Show Installed Extensions');
    await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Dossier' }).first().click(wait(30000));
    const icon = page.locator('.extension-editor .header .icon').first();
    await icon.waitFor(wait(30000));
    let loaded = false;
    for (let i = 0; i < 60 && !loaded; i++) {
      loaded = await icon.evaluate((el) => el.complete && el.naturalWidth > 0);
      if (!loaded) await page.waitForTimeout(500);
    }
    // for the record: VS Code draws a manually installed .vsix's README with its relative images' sources removed
    const images = (await Promise.all(page.frames().map((f) => readmeImages(f).catch(() => [])))).flat();
    log(`extension page: icon loaded ${loaded}; README images ${JSON.stringify(images)}`);
    if (!loaded) throw new Error('the Extension page shows no icon');
    await page.screenshot({ path: path.join(shots, 'extension-page.png') });
  });
} finally {
  await browser.close();
  process.exit(finish(7));
}

/** The images a frame showing the README draws: their file and whether each loaded. */
async function readmeImages(frame) {
  return frame.evaluate(() => {
    if (!/Dossier/.test(document.body?.innerText ?? '') || !document.querySelector('h1, h2')) return [];
    return [...document.images].map((im) => ({ src: im.getAttribute('src')?.split('/').pop() ?? '', loaded: im.complete && im.naturalWidth > 0 }));
  });
}
