// Runs the mocha suite inside code-server's real Node extension host: the workbench URL's payload carries
// extensionDevelopmentPath and extensionTestsPath (honoured when code-server runs with
// --vscode-option enable-smoke-test-driver), and the result comes back through window.codeAutomationExit.
// Usage: node runInExtensionHost.mjs <baseUrl> <extensionDir> <suiteIndex.cjs> <workspaceFolder>
import path from 'node:path';
import util from 'node:util';
import { launch } from './browser.mjs';

const [base, extensionDir, suite, folder] = process.argv.slice(2);
const NOISE = /open-vsx\.org|^\s+at |Creating a socket|connection token|Service Worker|AgentHost|AccountPolicyGate|builtin extensions cache|grace time|authentication provider|took \d+ms/;
const remote = (p) => `vscode-remote://${new URL(base).host}${path.resolve(p)}`;
const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionDir)], ['extensionTestsPath', remote(suite)], ['skipWelcome', 'true']]);

const browser = await launch();
let finish;
const exited = new Promise((resolve) => (finish = resolve));
await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
  const line = util.format(...(Array.isArray(args) ? args : [args]));
  if (!NOISE.test(line)) console.log(`[${type}] ${line}`);
});
await browser.page.exposeFunction('codeAutomationExit', (code) => finish(code));
await browser.page.goto(`${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), Number(process.env.TEST_TIMEOUT_MS || 300000)))]);
console.log(`extension host finished: ${code === 'timeout' ? 'timed out' : `exit code ${code}`}`);
await browser.close();
process.exit(code === 0 ? 0 : 1);
