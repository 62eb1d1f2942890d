#!/usr/bin/env node
// Screenshots a page of this repository in headless Chromium, the way a reader would see it.
// Usage: node scripts/screenshot.mjs <path?query> <out.png> [--width 1280] [--height 800]
//        [--theme dark|light] [--eval "<js run in the page before the shot>"] [--selector css]
import {startServer} from './dev-server.mjs';
import {launchChromium} from './browsers.mjs';

const [path, out, ...rest] = process.argv.slice(2);
if (!path || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <path?query> <out.png> [--width N] [--height N] [--theme dark|light] [--eval js] [--selector css]',
  );
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const width = Number(opt('width', 1280));
const height = Number(opt('height', 800));
const theme = opt('theme');
const script = opt('eval');
const selector = opt('selector');

const {server, url} = await startServer();
const browser = await launchChromium({args: ['--hide-scrollbars']});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('[console error]', m.text()));
  await page.setViewport({width, height, deviceScaleFactor: 1});
  if (theme) await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}]);
  await page.goto(`${url}/${path.replace(/^\//, '')}`, {waitUntil: 'networkidle0'});
  await page.evaluate(() => document.fonts?.ready);
  if (script) await page.evaluate(`(async () => { ${script} })()`);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  if (selector) {
    const el = await page.$(selector);
    if (!el) throw new Error(`no element matches ${selector}`);
    await el.screenshot({path: out});
  } else {
    await page.screenshot({path: out, fullPage: true});
  }
  console.log(`wrote ${out} (${width}px wide${theme ? `, ${theme}` : ''})`);
} finally {
  await browser.close();
  await server.stop();
}
