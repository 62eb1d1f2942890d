#!/usr/bin/env node
// What a user of the published package gets, checked on the packed tarball (CI runs this after
// `npm run build`): `npm pack`, install the .tgz into a new project in a temporary folder (lit
// comes from the registry), then
//   a. TypeScript: a consumer importing one widget's define entry and the tensor module
//      type-checks with `tsc --noEmit` (strict; moduleResolution bundler and node16), its
//      `attention-step-change` listener gets a typed detail, and a wrong detail type fails;
//      the tensor module computes attention in Node;
//   b. CDN: a plain HTML page that loads only dist/attention-widgets.bundle.js (twice), with
//      tags, attributes and JSON children, renders all four widgets in headless Chromium;
//   c. frameworks: the React, Vue and Svelte demos, built against the installed package,
//      render, pass properties and receive events.
// Prints one line per check and exits non-zero if any fails.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {findBrowsers, launchChromium} from './browsers.mjs';
import {buildFrameworks, frameworks} from './build-frameworks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const results = [];
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

async function check(name, fn) {
  const t = Date.now();
  try {
    const note = await fn();
    results.push({name, ok: true});
    console.log(`  ok    ${name}${note ? ` (${note})` : ''} [${Date.now() - t} ms]`);
  } catch (e) {
    results.push({name, ok: false});
    console.log(`  FAIL  ${name}\n        ${String(e.message ?? e).replace(/\n/g, '\n        ')}`);
  }
}

function finish() {
  const failed = results.filter((r) => !r.ok);
  console.log(
    `\nconsumer check: ${results.length - failed.length} passed, ${failed.length} failed in ${seconds()} s`,
  );
  if (!keep) rmSync(work, {recursive: true, force: true});
  else console.log(`kept ${work}`);
  process.exit(failed.length ? 1 : 0);
}

const keep = process.argv.includes('--keep');
const bundlePath = 'dist/attention-widgets.bundle.js';
if (!existsSync(join(root, bundlePath))) {
  console.error(`consumer check: ${bundlePath} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'aw-consumer-'));
const app = join(work, 'app');
mkdirSync(app);
const sh = (cmd, args, cwd = app) =>
  execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

console.log(`consumer check in ${work}`);

// ---- pack and install -------------------------------------------------------------------
let tarball;
await check('npm pack', () => {
  const [info] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root));
  tarball = join(work, info.filename);
  const files = info.files.map((f) => f.path);
  for (const must of [bundlePath, 'dist/index.js', 'dist/index.d.ts', 'custom-elements.json'])
    if (!files.includes(must)) throw new Error(`the tarball has no ${must}`);
  const tests = files.filter((f) => /\.test\./.test(f));
  if (tests.length) throw new Error(`the tarball ships test files: ${tests.join(', ')}`);
  return `${info.filename}, ${files.length} files, ${(info.size / 1024).toFixed(0)} KB`;
});
if (!tarball) finish();

await check('npm install <tarball> into a new project', () => {
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({name: 'aw-consumer', private: true, type: 'module'}, null, 2),
  );
  sh('npm', [
    'install',
    tarball,
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--prefer-offline',
    '--loglevel=error',
  ]);
  const lit = JSON.parse(readFileSync(join(app, 'node_modules/lit/package.json'), 'utf8'));
  return `lit ${lit.version} from the registry`;
});
if (!existsSync(join(app, 'node_modules/attention-widgets/package.json'))) finish();

// ---- a. TypeScript consumer and the tensor module in Node ------------------------------
writeFileSync(
  join(app, 'good.ts'),
  `import 'attention-widgets/attention-stepper/define';
import type {AttentionStepper} from 'attention-widgets/attention-stepper';
import {Matrix, attention, randomMatrix, rng} from 'attention-widgets/tensor';

const x = randomMatrix(3, 4, rng(1));
const w = Matrix.from([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]);
const r = attention(x, w, w, w, {causal: true});
export const firstWeight: number = r.weights.get(0, 0);

const el = document.createElement('attention-stepper');
el satisfies AttentionStepper;
el.step = 3;
el.addEventListener('attention-step-change', (e) => {
  e.detail.step satisfies number;
  e.detail.total satisfies number;
  e.detail.stage satisfies 'embeddings' | 'projections' | 'scores' | 'scale' | 'softmax' | 'output';
});
`,
);
writeFileSync(
  join(app, 'bad.ts'),
  `import 'attention-widgets/attention-stepper/define';

document.createElement('attention-stepper').addEventListener('attention-step-change', (e) => {
  e.detail.step satisfies string;
});
`,
);
const tsc = join(root, 'node_modules/typescript/bin/tsc');
for (const [moduleKind, resolution] of [
  ['ESNext', 'bundler'],
  ['Node16', 'node16'],
]) {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: moduleKind,
        moduleResolution: resolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['good.ts', 'bad.ts'],
    }),
  );
  await check(
    `tsc --noEmit, moduleResolution ${resolution}: typed listener, wrong detail type fails`,
    () => {
      let out = '';
      try {
        sh(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false']);
      } catch (e) {
        out = `${e.stdout}${e.stderr}`;
      }
      const errors = out.split('\n').filter((l) => /error TS\d+/.test(l));
      const elsewhere = errors.filter((l) => !l.startsWith('bad.ts'));
      if (elsewhere.length)
        throw new Error(`the consumer does not type-check:\n${elsewhere.join('\n')}`);
      if (!errors.some((l) => /^bad\.ts\(4,.*TS1360/.test(l)))
        throw new Error(
          `\`e.detail.step satisfies string\` type-checked: the event detail is not typed\n${out}`,
        );
      return 'good.ts clean, bad.ts rejected';
    },
  );
}

await check('the tensor module from the tarball computes attention in Node', () => {
  const out = sh(process.execPath, [
    '--input-type=module',
    '-e',
    `import {Matrix, attention} from 'attention-widgets/tensor';
     const x = Matrix.from([[1, 0], [0, 1], [1, 1]]);
     const r = attention(x, x.constructor.from([[1, 0], [0, 1]]), Matrix.from([[1, 0], [0, 1]]), Matrix.from([[1, 0], [0, 1]]), {causal: true});
     console.log(JSON.stringify(r.weights.toArray()));`,
  ]);
  const weights = JSON.parse(out);
  if (weights[0][0] !== 1 || weights[0][1] !== 0)
    throw new Error(`row 0 of causal weights: ${weights[0]}`);
  for (const row of weights) {
    const sum = row.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-12) throw new Error(`a row of weights sums to ${sum}`);
  }
  return 'causal rows sum to 1';
});

// ---- b. the CDN bundle on a plain page --------------------------------------------------
const bundleUrl = '/app/node_modules/attention-widgets/dist/attention-widgets.bundle.js';
writeFileSync(
  join(work, 'cdn.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CDN bundle</title><link rel="icon" href="data:,">
<script type="module" src="${bundleUrl}"></script>
<script type="module" src="${bundleUrl}?second-copy"></script>
</head>
<body>
<attention-stepper tokens="I like tea" step="2" precision="3">
  <script type="application/json">
    {"x": [[1, 0], [0, 1], [1, 1]], "wq": [[1, 0], [0, 1]], "wk": [[1, 0], [0, 1]], "wv": [[2, 0], [0, 2]]}
  </script>
</attention-stepper>
<sqrt-d-explorer d="256" keys="6" seed="3"></sqrt-d-explorer>
<causal-mask-view tokens="one two three four" causal="false"></causal-mask-view>
<attention-quiz pass-score="1">
  <script type="application/json">
    [{"id": "only", "prompt": "What does the causal mask hide?",
      "choices": [{"id": "a", "text": "Later tokens", "correct": true, "explanation": "Yes."},
                  {"id": "b", "text": "Earlier tokens", "explanation": "No: those stay visible."}]}]
  </script>
</attention-quiz>
</body>
</html>
`,
);

const types = {'.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json'};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(work, path);
  if (!file.startsWith(work) || !existsSync(file) || extname(file) === '') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const chromium = findBrowsers().chromium;
let browser;
try {
  browser = await launchChromium({protocolTimeout: 30000});
} catch (e) {
  await check('launch headless Chromium', () => {
    throw new Error(`${chromium ?? 'no Chromium found'}: ${e.message}`);
  });
  server.close();
  finish();
}

/** Opens a page, collecting page errors, console errors and every URL it requests. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => requests.push(r.url().slice(origin.length)));
  await page.goto(`${origin}${path}`, {waitUntil: 'load'});
  return {page, problems, requests};
}

/** In the page: waits until the four widgets are defined and rendered (10 s at most). */
const settle = () =>
  Promise.race([
    Promise.all(
      ['attention-stepper', 'sqrt-d-explorer', 'causal-mask-view', 'attention-quiz'].map(
        async (tag) => {
          await customElements.whenDefined(tag);
          await document.querySelector(tag).updateComplete;
        },
      ),
    ),
    new Promise((_, reject) =>
      setTimeout(() => {
        const missing = [
          'attention-stepper',
          'sqrt-d-explorer',
          'causal-mask-view',
          'attention-quiz',
        ].filter((tag) => !customElements.get(tag));
        reject(new Error(`widgets not defined after 10 s: ${missing.join(', ')}`));
      }, 10000),
    ),
  ]);

await check('CDN bundle alone, loaded twice, on a plain HTML page: four widgets work', async () => {
  const {page, problems, requests} = await open('/cdn.html');
  try {
    await page.evaluate(settle);
    const seen = await page.evaluate(async () => {
      const $ = (tag) => document.querySelector(tag);
      const text = (tag) => $(tag).shadowRoot?.textContent ?? '';
      const stepper = $('attention-stepper');
      const events = [];
      document.addEventListener('attention-step-change', (e) => events.push(e.detail.step));
      const numbers = Object.fromEntries(
        ['attention-stepper', 'sqrt-d-explorer', 'causal-mask-view'].map((t) => [
          t,
          (text(t).match(/\d\.\d{2,3}/g) ?? []).length,
        ]),
      );
      const before = {
        step: stepper.step,
        x: stepper.result.x,
        v: stepper.result.v,
        d: $('sqrt-d-explorer').result.d,
        maxProb: $('sqrt-d-explorer').result.scaled.maxProb,
        causal: $('causal-mask-view').causal,
        upper: $('causal-mask-view').result.weights[0][3],
        quizMax: $('attention-quiz').result.score.max,
        quizText: text('attention-quiz'),
        errors: [...document.querySelectorAll('*')]
          .filter((el) => el.shadowRoot?.querySelector('[part~="error"]'))
          .map((el) => el.localName),
      };
      stepper.shadowRoot.querySelector('button.next').click();
      $('causal-mask-view').toggle();
      await stepper.updateComplete;
      await $('causal-mask-view').updateComplete;
      return {
        numbers,
        before,
        events,
        stepAfter: stepper.step,
        upperAfter: $('causal-mask-view').result.weights[0][3],
      };
    });
    const fail = [];
    for (const [tag, n] of Object.entries(seen.numbers))
      if (n < 3) fail.push(`${tag} shows ${n} numbers`);
    const b = seen.before;
    if (b.errors.length) fail.push(`error shown by ${b.errors.join(', ')}`);
    if (b.step !== 2) fail.push(`step attribute gave step ${b.step}`);
    if (JSON.stringify(b.x) !== '[[1,0],[0,1],[1,1]]')
      fail.push(`the JSON child's x did not take: x = ${JSON.stringify(b.x)}`);
    if (JSON.stringify(b.v) !== '[[2,0],[0,2],[2,2]]')
      fail.push(`V = X·W_V from the JSON child is ${JSON.stringify(b.v)}`);
    if (b.d !== 256 || !(b.maxProb > 0 && b.maxProb <= 1))
      fail.push(`explorer d ${b.d}, max probability ${b.maxProb}`);
    if (b.causal !== false || !(b.upper > 0)) fail.push(`causal="false" gave ${b.causal}`);
    if (b.quizMax !== 1 || !b.quizText.includes('What does the causal mask hide?'))
      fail.push(`the quiz's JSON child did not take (max ${b.quizMax})`);
    if (seen.stepAfter !== 3 || seen.events.join() !== '3')
      fail.push(`Next: step ${seen.stepAfter}, events ${JSON.stringify(seen.events)}`);
    if (seen.upperAfter !== 0) fail.push(`toggle() left weight[0][3] = ${seen.upperAfter}`);
    const others = requests.filter(
      (u) => !['/cdn.html', bundleUrl, `${bundleUrl}?second-copy`].includes(u),
    );
    if (others.length) fail.push(`the page loaded more than the bundle: ${others.join(', ')}`);
    fail.push(...problems);
    if (fail.length) throw new Error(fail.join('\n'));
    return 'attributes, JSON children, events, toggle; no page errors';
  } finally {
    await page.close();
  }
});

// ---- c. the framework demos, built against the installed package -------------------------
const names = Object.keys(frameworks);
await check(`build the ${names.join(', ')} demos against the installed package`, async () => {
  await buildFrameworks({packageDir: app, outDir: (name) => join(work, 'frameworks', name)});
  for (const name of names) {
    const dir = join(work, 'frameworks', name);
    const {sources} = JSON.parse(readFileSync(join(dir, 'app.js.map'), 'utf8'));
    const files = sources.map((f) => resolve(dir, f));
    if (!files.some((f) => f.startsWith(join(app, 'node_modules/attention-widgets/'))))
      throw new Error(`${name}: the bundle did not take attention-widgets from the tarball`);
    const fromRepo = files.filter((f) => f.startsWith(join(root, 'src/')));
    if (fromRepo.length)
      throw new Error(`${name}: the bundle took ${fromRepo[0]} from the repository`);
    writeFileSync(
      join(work, 'frameworks', name, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,"></head>
<body><div id="app"></div><script type="module">
import {mount} from './app.js';
mount(document.getElementById('app'));
</script></body></html>`,
    );
  }
});

for (const name of names) {
  await check(
    `${name} demo on the packed package: renders, passes properties, gets events`,
    async () => {
      const {page, problems} = await open(`/frameworks/${name}/index.html`);
      try {
        await page.waitForSelector('attention-quiz', {timeout: 10000});
        await page.evaluate(settle);
        const fail = await page.evaluate(async () => {
          const $ = (s) => document.querySelector(s);
          const state = (n) => $(`[data-state="${n}"]`).textContent.trim();
          const until = async (fn, what) => {
            for (let i = 0; i < 100 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
            if (!fn()) problems.push(what);
          };
          const problems = [];
          for (const tag of ['attention-stepper', 'sqrt-d-explorer', 'causal-mask-view'])
            if (!/\d\.\d\d/.test($(tag).shadowRoot.textContent))
              problems.push(`${tag} shows no numbers`);
          const stepper = $('attention-stepper');
          const explorer = $('sqrt-d-explorer');
          if (stepper.step !== 3) problems.push(`step property: ${stepper.step}`);
          if (explorer.result.d !== 64) problems.push(`d property: ${explorer.result.d}`);
          if ($('attention-quiz').result.score.max !== 2)
            problems.push('questions property ignored');
          stepper.shadowRoot.querySelector('button.next').click();
          await until(() => state('step') === '4', 'attention-step-change did not reach the app');
          $('button[data-d="4096"]').click();
          await until(() => explorer.d === 4096, 'the app did not set d');
          await explorer.updateComplete;
          if (explorer.result.d !== 4096)
            problems.push(`result.d after d = 4096: ${explorer.result.d}`);
          return problems;
        });
        fail.push(...problems);
        if (fail.length) throw new Error(fail.join('\n'));
      } finally {
        await page.close();
      }
    },
  );
}

await browser.close();
server.close();
finish();
