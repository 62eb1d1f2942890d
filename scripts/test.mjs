#!/usr/bin/env node
// `npm test`: every *.test.ts in Chromium, Firefox and WebKit.
// 1. finds (or installs) the system browsers; 2. for WebKit, runs under a virtual display
// (xvfb-run) and starts WebKitWebDriver on a free port; 3. builds the framework demos that
// demo/frameworks/*/*.test.ts load (scripts/build-frameworks.mjs); 4. runs web-test-runner.
// BROWSERS=chromium,firefox narrows the set; extra arguments go to web-test-runner.
import {spawn, spawnSync} from 'node:child_process';
import {createServer, connect} from 'node:net';
import {fileURLToPath} from 'node:url';
import {ensureBrowsers} from './ensure-browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const paths = ensureBrowsers(browsers);
const wantsWebkit = browsers.includes('webkit');

if (wantsWebkit && !process.env.DISPLAY && !process.env.AW_UNDER_XVFB) {
  const r = spawnSync(
    paths.xvfbRun,
    [
      '-a',
      '-s',
      '-screen 0 1280x1024x24',
      process.execPath,
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    {stdio: 'inherit', env: {...process.env, AW_UNDER_XVFB: '1'}, cwd: root},
  );
  process.exit(r.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForPort(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

// The framework demos' bundles that demo/frameworks/*/*.test.ts load (a second or so). A failure is
// reported here and again by those tests; the other tests still run.
try {
  const {buildFrameworks} = await import('./build-frameworks.mjs');
  await buildFrameworks();
} catch (e) {
  console.error(`[test] building the framework demos failed: ${e.message}`);
}

const env = {...process.env, BROWSERS: browsers.join(',')};
let driver;
if (wantsWebkit) {
  const port = await freePort();
  driver = spawn(paths.webkitDriver, [`--port=${port}`], {stdio: ['ignore', 'ignore', 'inherit']});
  await waitForPort(port, 15000);
  env.WEBKIT_WEBDRIVER_PORT = String(port);
}

const wtr = spawn(
  process.execPath,
  [
    fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url)),
    ...process.argv.slice(2),
  ],
  {stdio: 'inherit', env, cwd: root},
);
const stop = () => driver?.kill();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (wtr.kill(sig), stop()));
wtr.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
