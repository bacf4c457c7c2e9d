// What every drive does in the workbench the same way: open a folder, open a file by name through Quick Open, and run
// a command from the command palette.
const wait = (ms) => ({ timeout: ms });

export async function openFolder(page, base, folder) {
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', wait(90000));
}

export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor(wait(30000));
  await page.keyboard.press('Enter');
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', wait(15000));
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click(wait(15000));
}
