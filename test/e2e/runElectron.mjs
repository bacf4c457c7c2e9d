// The same extension-host suite on a desktop VS Code, for machines that can download one: @vscode/test-electron
// fetches VS Code, loads this folder as the extension under development and runs test/e2e/suite.
// Here (no internet) it cannot download VS Code; `npm run test:e2e` runs the suite in code-server instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-electron-'));
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test/e2e/suite/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`test:electron failed: ${err instanceof Error ? err.message : String(err)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
