// Runs every *.test.ts in real browsers: Chromium, Firefox and WebKit, all from the system.
// `npm test` (scripts/test.mjs) finds the browsers, starts WebKitWebDriver under a virtual
// display and then runs this config. BROWSERS=chromium,firefox narrows the set.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {defaultReporter} from '@web/test-runner';
import {countReporter} from './scripts/count-reporter.mjs';
import {mediaFeaturesPlugin} from './scripts/media-plugin.mjs';
import {chromiumArgs, findBrowsers} from './scripts/browsers.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const paths = findBrowsers();

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        headless: true,
        args: [
          ...chromiumArgs,
          '--headless=new',
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'aw-chromium-'))}`,
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: paths.firefox, headless: true},
    }),
  webkit: () =>
    named(
      'WebKit',
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
        logLevel: 'error',
        capabilities: {
          'webkitgtk:browserOptions': {binary: paths.minibrowser, args: ['--automation']},
        },
      }),
    ),
};

/** The webdriver launcher names a browser from `browserName`, which MiniBrowser must not get. */
function named(name, launcher) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize(config);
    launcher.name = name;
  };
  return launcher;
}

export default {
  files: process.env.TEST_FILES
    ? process.env.TEST_FILES.split(',')
    : ['src/**/*.test.ts', 'demo/*.test.ts', 'demo/frameworks/*/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  browsers: wanted.map((name) => {
    const make = launchers[name];
    if (!make) throw new Error(`Unknown browser "${name}": use chromium, firefox or webkit.`);
    return make();
  }),
  plugins: [
    esbuildPlugin({ts: true, target: 'es2021', tsconfig: 'tsconfig.json'}),
    mediaFeaturesPlugin(),
  ],
  testFramework: {config: {timeout: 20000}},
  reporters: [defaultReporter(), countReporter()],
};
