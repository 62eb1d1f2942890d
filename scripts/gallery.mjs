#!/usr/bin/env node
// Regenerates the README gallery: one screenshot per widget from the demo lesson, at 1280 px in
// light mode and 900 px in dark. Usage: node scripts/gallery.mjs
import {execFileSync} from 'node:child_process';

const shots = [
  [
    'attention-stepper',
    '#stepper-widget',
    "const s = document.querySelector('#stepper-widget'); await customElements.whenDefined('attention-stepper'); s.goTo(5); await s.updateComplete;",
  ],
  [
    'sqrt-d-explorer',
    '#sqrt-d-widget',
    "const e = document.querySelector('#sqrt-d-widget'); await customElements.whenDefined('sqrt-d-explorer'); e.d = 4096; await e.updateComplete;",
  ],
  ['causal-mask-view', '#mask-widget', ''],
  ['attention-quiz', '#quiz-widget', ''],
];
for (const [name, selector, script] of shots) {
  for (const [theme, width] of [
    ['light', 1280],
    ['dark', 900],
  ]) {
    execFileSync(
      process.execPath,
      [
        'scripts/screenshot.mjs',
        'demo/index.html',
        `demo/gallery/${name}-${theme}.png`,
        '--width',
        String(width),
        '--theme',
        theme,
        '--selector',
        selector,
        ...(script ? ['--eval', script] : []),
      ],
      {stdio: 'inherit'},
    );
  }
}
