#!/usr/bin/env node
// Checks the CDN bundle against its budget (min+gzip) and says so. With --strict it exits
// non-zero when over; the build reports without failing while the bundle is still over budget.
// Also importable: `sizes()` returns the figures for the benchmark table.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

export const BUNDLE_BUDGET = 25 * 1024;
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
  const ok = gzip <= BUNDLE_BUDGET;
  console.log(
    `[size] dist/attention-widgets.bundle.js: ${kb(min)} min, ${kb(gzip)} min+gzip (budget ${kb(BUNDLE_BUDGET)}) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  if (!ok && process.argv.includes('--strict')) process.exit(1);
}
