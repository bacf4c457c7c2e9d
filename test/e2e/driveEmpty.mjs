// A folder with no article yet, as a new user starts one: the first note, written and opened, starts Dossier and is
// indexed; with it deleted the Dossier view shows its welcome (no raw Markdown in it) and the status bar settles on
// "no documents"; an article copied in afterwards is indexed, and the view lists its event. Screenshot of the welcome.
// Usage: node driveEmpty.mjs <baseUrl> <emptyFolder> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { stepRunner } from './steps.mjs';
import { openFile, openFolder, runCommand } from './workbench.mjs';

const [base, folder, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const browser = await launch({ width: 1100, height: 640 });
const page = browser.page;
const { log, step, finish } = stepRunner({ page, shots, failurePrefix: 'empty-failure-', stopOnFailure: true });
const wait = (ms) => ({ timeout: ms });

/** Dossier's status-bar items, once there is exactly `expected`. */
async function dossierStatus(expected) {
  const items = page.locator('.statusbar-item', { hasText: 'Dossier:' });
  await items.filter({ hasText: expected }).first().waitFor(wait(60000));
  const texts = (await items.allInnerTexts()).map((t) => t.trim());
  log(`status bar: ${JSON.stringify(texts)}`);
  if (texts.length !== 1) throw new Error(`Dossier shows ${texts.length} status items`);
  return texts[0];
}

const NOTE = '# Plans\n\nChilean Foreign Minister Ana Varga is the one to follow on water policy.\n';
const ARTICLE = 'Talks in Lima\n2024-03-05\n\nChilean Foreign Minister Ana Varga held talks with Peruvian President Tomas Ruiloba in Lima on Tuesday.\n';

try {
  await step('the workbench opens a folder with nothing in it', async () => {
    if (fs.readdirSync(folder).length > 0) throw new Error('the folder must be empty');
    await openFolder(page, base, folder);
    await page.waitForSelector('.explorer-folders-view', wait(90000));
  });

  await step('the first note, written and opened, starts Dossier and is indexed', async () => {
    // long enough for the extensions that start with the workbench to have started
    await page.waitForTimeout(5000);
    if ((await page.locator('.statusbar-item', { hasText: 'Dossier:' }).count()) > 0) throw new Error('Dossier runs before any note is opened');
    fs.writeFileSync(path.join(folder, 'plans.md'), NOTE);
    await openFile(page, 'plans.md');
    await dossierStatus(/Dossier: 1 doc · 1 person · /);
  });

  await step('with the note deleted, the view shows its welcome and the status bar settles on "no documents"', async () => {
    await runCommand(page, 'View: Close All Editors');
    fs.rmSync(path.join(folder, 'plans.md'));
    // by command: clicking the activity bar icon would close the view if this window had it open already
    await runCommand(page, 'View: Show Dossier');
    const welcome = page.locator('.welcome-view-content', { hasText: 'No articles or notes were found in this workspace.' }).first();
    await welcome.waitFor(wait(60000));
    const said = (await welcome.innerText()).trim();
    log(`welcome: ${JSON.stringify(said)}`);
    if (/[`*_]/.test(said)) throw new Error('the welcome shows raw Markdown');
    if (!(await welcome.locator('a, .monaco-button', { hasText: 'Open Dossier Settings' }).first().isVisible())) throw new Error('the welcome has no way to the settings');
    const status = await dossierStatus('Dossier: no documents');
    if (/indexing|starting/.test(status)) throw new Error(`the status bar has not settled: ${status}`);
    await page.screenshot({ path: path.join(shots, 'empty-folder.png') });
  });

  await step('an article copied in is indexed: the status bar counts it, the view lists its event', async () => {
    fs.writeFileSync(path.join(folder, 'talks.txt'), ARTICLE);
    await dossierStatus(/Dossier: 1 doc · 2 people · 1 event/);
    const tree = page.locator('.pane-body .monaco-list-row');
    await tree.filter({ hasText: '2024' }).first().waitFor(wait(30000));
    if (await page.locator('.welcome-view-content').first().isVisible()) throw new Error('the welcome is still shown');
  });
} catch {
  // the failing step was recorded
} finally {
  await browser.close();
  process.exit(finish(4));
}
