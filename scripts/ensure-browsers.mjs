#!/usr/bin/env node
// Finds the system browsers the tests need and, where one is missing and we may, installs it
// from Debian's packages. Exits non-zero with a clear message when it cannot.
// Usage: node scripts/ensure-browsers.mjs [chromium firefox webkit]
import {spawnSync} from 'node:child_process';
import {debianPackages, findBrowsers, piecesFor} from './browsers.mjs';

export function ensureBrowsers(browsers) {
  let missing = piecesFor(browsers).filter((p) => !findBrowsers()[p]);
  if (missing.length === 0) return findBrowsers();

  const packages = [...new Set(missing.map((p) => debianPackages[p]))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'}).status === 0;
  if (!isRoot || !hasApt) {
    fail(
      `missing ${missing.join(', ')}.\n` +
        (hasApt
          ? `  Install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`
          : `  This machine has no apt-get: install ${packages.join(', ')} (or equivalents) by hand.\n`) +
        `  Or point at existing binaries with CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH, WEBKIT_DRIVER_PATH.\n` +
        `  Or narrow the run, e.g. BROWSERS=chromium npm test.`,
    );
  }
  console.log(`[browsers] installing ${packages.join(' ')} from Debian's packages…`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, {stdio: ['ignore', 'inherit', 'inherit'], env});
    if (r.status !== 0) fail(`'apt-get ${args.join(' ')}' failed (exit ${r.status}).`);
  }
  missing = piecesFor(browsers).filter((p) => !findBrowsers()[p]);
  if (missing.length) fail(`still missing after install: ${missing.join(', ')}.`);
  return findBrowsers();
}

function fail(message) {
  console.error(`[browsers] cannot run the browser tests: ${message}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const found = ensureBrowsers(args.length ? args : ['chromium', 'firefox', 'webkit']);
  for (const [k, v] of Object.entries(found))
    console.log(`[browsers] ${k}: ${v ?? '(not needed)'}`);
}
