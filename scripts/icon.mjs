// Renders media/icon.svg to media/icon.png (the Marketplace and the Extensions view show only a PNG icon), with
// the Chromium the e2e tests use. Run after changing the SVG: node scripts/icon.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../test/e2e/browser.mjs';

const media = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../media');
const browser = await launch({ width: 128, height: 128 });
try {
  await browser.page.goto(`file://${path.join(media, 'icon.svg')}`);
  await browser.page.screenshot({ path: path.join(media, 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
} finally {
  await browser.close();
}
