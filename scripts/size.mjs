#!/usr/bin/env node
// Checks the CDN bundle (min+gzip) against two limits and says where it stands:
// - BUNDLE_BUDGET, the design budget (DESIGN.md, Budgets: 25 KB for all four widgets with lit);
// - BUNDLE_CEILING, the size the bundle may not grow past while it is over that budget, so
//   every change that adds bytes has to raise this number on purpose, in its own commit.
// With --strict (CI) it exits non-zero when the bundle passes the ceiling, or the budget once
// the bundle fits it. Also importable: `bundleSize()` gives the figures for the benchmark.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

export const BUNDLE_BUDGET = 25 * 1024;
export const BUNDLE_CEILING = 42 * 1024;
const bundlePath = fileURLToPath(new URL('../dist/attention-widgets.bundle.js', import.meta.url));

export function gzipSize(buffer) {
  return gzipSync(buffer, {level: 9}).length;
}

export function bundleSize() {
  const code = readFileSync(bundlePath);
  return {min: code.length, gzip: gzipSize(code)};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {min, gzip} = bundleSize();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const head = `[size] dist/attention-widgets.bundle.js: ${kb(min)} min, ${kb(gzip)} min+gzip`;
  let failed = false;
  if (gzip <= BUNDLE_BUDGET) {
    console.log(`${head}, within the ${kb(BUNDLE_BUDGET)} budget`);
  } else {
    failed = gzip > BUNDLE_CEILING;
    console.log(
      `${head}: OVER the ${kb(BUNDLE_BUDGET)} budget by ${kb(gzip - BUNDLE_BUDGET)}; ` +
        (failed
          ? `and past the ${kb(BUNDLE_CEILING)} ceiling it may not grow beyond (scripts/size.mjs)`
          : `under the ${kb(BUNDLE_CEILING)} ceiling it may not grow beyond`),
    );
  }
  if (failed && process.argv.includes('--strict')) process.exit(1);
}
