#!/usr/bin/env node
// `npm run bench`: sizes, tensor speed and widget timings against the budgets in DESIGN.md.
// Prints a table and writes bench/results.json. A benchmark, not a test: it reports, and exits
// non-zero only when it cannot measure. Run after `npm run build` (the script does both).
import {writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {launchChromium} from '../scripts/browsers.mjs';
import {startServer} from '../scripts/dev-server.mjs';
import {BUNDLE_BUDGET, BUNDLE_CEILING, bundleSize} from '../scripts/size.mjs';
import {benchTensor} from './tensor.mjs';

const FRAME = 1000 / 60;
const COLD_PAGES = 20;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(2)} ms`;
const results = {
  date: new Date().toISOString(),
  budgets: {bundleGzip: BUNDLE_BUDGET, bundleGzipCeiling: BUNDLE_CEILING, frameMs: FRAME},
};

// --- Sizes ---------------------------------------------------------------------------------
const widgets = ['attention-stepper', 'sqrt-d-explorer', 'causal-mask-view', 'attention-quiz'];
async function ownSize(tag) {
  // The widget's own code: bundled and minified with lit and the tensor module left out.
  const out = await build({
    entryPoints: [`src/${tag}/define.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external: ['lit', 'lit/*', '*/tensor/index.js'],
    plugins: [
      {
        name: 'external-tensor',
        setup(b) {
          b.onResolve({filter: /\/tensor\/index\.js$/}, (a) => ({path: a.path, external: true}));
        },
      },
    ],
    logLevel: 'error',
  });
  const code = out.outputFiles[0].contents;
  return {min: code.length, gzip: gzipSync(code, {level: 9}).length};
}
const bundle = bundleSize();
results.sizes = {bundle, widgets: {}};
for (const tag of widgets) results.sizes.widgets[tag] = await ownSize(tag);

// --- Tensor --------------------------------------------------------------------------------
results.tensor = await benchTensor();

// --- Widgets in headless Chromium ----------------------------------------------------------
const {server, url} = await startServer();
const browser = await launchChromium({args: ['--js-flags=--expose-gc']});
try {
  const errors = [];
  const openBenchPage = async () => {
    const p = await browser.newPage();
    p.on('pageerror', (e) => errors.push(e.message));
    await p.setViewport({width: 1280, height: 900});
    await p.goto(`${url}/bench/page.html`, {waitUntil: 'load'});
    await p.waitForFunction('window.benchReady === true');
    return p;
  };
  const page = await openBenchPage();
  results.firstRender = await page.evaluate(() => window.bench.firstRenders());
  // The lesson's first render in a fresh page, where templates, styles and code are all cold.
  const cold = [];
  for (let i = 0; i < COLD_PAGES; i++) {
    const fresh = await openBenchPage();
    cold.push(await fresh.evaluate(() => window.bench.coldLesson()));
    await fresh.close();
  }
  results.firstRender['lesson, cold page'] = await page.evaluate(
    (s) => window.bench.stats(s),
    cold,
  );
  results.interactions = await page.evaluate(() => window.bench.interactions(60));

  // Memory: heap after forced GC, before and after 1,000 create/attach/remove cycles of each
  // widget, and how many widget instances are still alive.
  const cdp = await page.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const live = async () => {
    const counts = {};
    for (const tag of widgets) {
      const {result: proto} = await cdp.send('Runtime.evaluate', {
        expression: `customElements.get('${tag}').prototype`,
      });
      const {objects} = await cdp.send('Runtime.queryObjects', {prototypeObjectId: proto.objectId});
      const {result} = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      counts[tag] = result.value;
    }
    return counts;
  };
  await page.evaluate(() => window.bench.churn(20)); // warm up code paths and caches first
  const before = await heap();
  await page.evaluate(() => window.bench.churn(1000));
  const after = await heap();
  results.memory = {
    cycles: 1000,
    heapBefore: before,
    heapAfter: after,
    growth: after - before,
    liveInstances: await live(),
  };
  if (errors.length) results.pageErrors = errors;
} finally {
  await browser.close();
  await server.stop();
}

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

// --- Report --------------------------------------------------------------------------------
const line = (...cols) => console.log(cols.join('  '));
const pad = (s, n) => String(s).padEnd(n);
console.log('\nSizes (min+gzip)');
line(
  pad('CDN bundle (all four + lit)', 34),
  pad(kb(bundle.gzip), 10),
  `budget ${kb(BUNDLE_BUDGET)}`,
  bundle.gzip <= BUNDLE_BUDGET
    ? 'ok'
    : `OVER (CI's no-growth ceiling: ${kb(BUNDLE_CEILING)}, ${bundle.gzip <= BUNDLE_CEILING ? 'under' : 'PAST'})`,
);
for (const [tag, s] of Object.entries(results.sizes.widgets))
  line(pad(`${tag} (own code)`, 34), kb(s.gzip));

console.log('\nTensor: attention forward, d = 64 (median per call)');
line(
  pad('n', 5),
  pad('ours', 10),
  pad('loop', 10),
  pad('mathjs', 10),
  pad('ours/loop', 10),
  'mathjs/ours',
);
for (const r of results.tensor)
  line(
    pad(r.n, 5),
    pad(ms(r.oursMs), 10),
    pad(ms(r.loopMs), 10),
    pad(ms(r.mathjsMs), 10),
    pad(`${r.oursOverLoop.toFixed(2)}×`, 10),
    `${r.mathjsOverOurs.toFixed(1)}× faster`,
    r.oursOverLoop <= 1.5 ? 'ok' : 'OVER 1.5×',
  );

console.log('\nWidgets in headless Chromium (median / p95, and p95 as a share of a 60 Hz frame)');
for (const [name, s] of [
  ...Object.entries(results.firstRender).map(([k, v]) => [`first render: ${k}`, v]),
  ...Object.entries(results.interactions),
])
  line(
    pad(name, 40),
    pad(ms(s.median), 10),
    pad(ms(s.p95), 10),
    `${((s.p95 / FRAME) * 100).toFixed(0)}% of a frame`,
    s.p95 <= FRAME ? 'ok' : 'OVER',
  );

const m = results.memory;
console.log(`\nMemory: ${m.cycles} create/attach/remove cycles of each widget`);
line(
  pad('heap growth after forced GC', 40),
  `${(m.growth / 1024).toFixed(0)} KB`,
  m.growth < 1024 * 1024 ? 'ok (< 1 MB)' : 'OVER 1 MB',
);
line(
  pad('widget instances still alive', 40),
  JSON.stringify(m.liveInstances),
  Object.values(m.liveInstances).every((n) => n === 0) ? 'ok' : 'LEAK',
);
if (results.pageErrors) console.log('\nPage errors:', results.pageErrors);
console.log('\nwrote bench/results.json');
