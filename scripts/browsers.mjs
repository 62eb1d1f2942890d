// Where the three test browsers live on this machine. Environment variables win:
// CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH (MiniBrowser), WEBKIT_DRIVER_PATH.
import {existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';

const candidates = {
  chromium: [
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  ],
  firefox: ['FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']],
  minibrowser: [
    'WEBKIT_PATH',
    [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
  ],
  webkitDriver: ['WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']],
  xvfbRun: ['XVFB_RUN_PATH', ['/usr/bin/xvfb-run']],
};

/** Debian packages that provide each browser piece. */
export const debianPackages = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  minibrowser: 'webkit2gtk-driver',
  webkitDriver: 'webkit2gtk-driver',
  // xvfb-run needs xauth, which xvfb only recommends; recommended packages are installed too.
  xvfbRun: 'xvfb',
};

function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Record<keyof typeof candidates, string | undefined>} */
export function findBrowsers() {
  const found = {};
  for (const [key, [envName, paths]] of Object.entries(candidates)) {
    const fromEnv = process.env[envName];
    if (fromEnv) {
      found[key] = existsSync(fromEnv) ? fromEnv : undefined;
      continue;
    }
    found[key] = paths.find((p) => existsSync(p));
  }
  found.chromium ??= which('chromium');
  found.firefox ??= which('firefox-esr') ?? which('firefox');
  return found;
}

/** Which pieces the named browsers need. */
export function piecesFor(browsers) {
  const pieces = new Set();
  for (const b of browsers) {
    if (b === 'chromium') pieces.add('chromium');
    if (b === 'firefox') pieces.add('firefox');
    if (b === 'webkit') ['minibrowser', 'webkitDriver', 'xvfbRun'].forEach((p) => pieces.add(p));
  }
  return [...pieces];
}

/**
 * Chromium's flags for running headless as root on a machine with no network but loopback:
 * no sandbox, no GPU, and none of the background services that would try to phone out.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launches the system Chromium headless with a fresh profile, through puppeteer-core. */
export async function launchChromium({args = [], ...options} = {}) {
  const [{default: puppeteer}, {mkdtempSync}, {tmpdir}, {join}] = await Promise.all([
    import('puppeteer-core'),
    import('node:fs'),
    import('node:os'),
    import('node:path'),
  ]);
  return puppeteer.launch({
    executablePath: findBrowsers().chromium,
    headless: true,
    ...options,
    args: [
      ...chromiumArgs,
      ...args,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'aw-chromium-'))}`,
    ],
  });
}
