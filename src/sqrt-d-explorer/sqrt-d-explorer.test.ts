import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {ShowRequestEvent} from '../events/show-request.js';
import './define.js';
import type {SqrtDExplorer} from './sqrt-d-explorer.js';

// Independent reference maths: plain loops over number[], nothing from src/tensor.
function softmax(scores: number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const e = scores.map((s) => Math.exp(s - max));
  let sum = 0;
  for (const x of e) sum += x;
  return e.map((x) => x / sum);
}
function entropy(p: number[]): number {
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log2(x);
  return h;
}
function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
const fmt = (x: number, p: number) => x.toFixed(p).replace('-', '\u2212');

const shadow = (el: SqrtDExplorer) => el.shadowRoot!;
const panel = (el: SqrtDExplorer, side: 'scaled' | 'unscaled') =>
  shadow(el).querySelector(`[part=panel][data-side=${side}]`)!;
const stat = (el: SqrtDExplorer, side: 'scaled' | 'unscaled', name: string) =>
  panel(el, side).querySelector(`[data-stat=${name}]`)!.textContent!.trim();
const bars = (el: SqrtDExplorer, side: 'scaled' | 'unscaled') =>
  [...panel(el, side).querySelectorAll('[part=bar] .prob')].map((n) => n.textContent!.trim());
const slider = (el: SqrtDExplorer) =>
  shadow(el).querySelector('input[type=range]') as HTMLInputElement;
const error = (el: SqrtDExplorer) => shadow(el).querySelector('[part=error]');

const query = [1, 0.5, -1, 2];
const keysMatrix = [
  [1, 0, 0, 1],
  [0, 1, 0, 0],
  [-1, 0, 1, 0],
  [0.5, 0.5, -0.5, 1],
];

describe('<sqrt-d-explorer>', () => {
  it('is accessible in light and dark', async () => {
    const el = await fixture<SqrtDExplorer>(
      html`<sqrt-d-explorer theme="light"></sqrt-d-explorer>`,
    );
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    el.d = 4096;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    shadow(el).querySelector('details')!.open = true;
    el.setAttribute('d', 'nope');
    await el.updateComplete;
    expect(error(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('starts at d = 16 with √d = 4.00, the seed shown and a keyboard slider', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    expect(el.d).to.equal(16);
    expect(el.result!.d).to.equal(16);
    expect(shadow(el).querySelector('.sqrt-value')!.textContent).to.contain('√d = 4.00');
    expect(shadow(el).querySelector('.seed-value')!.textContent).to.equal('5');
    const input = slider(el);
    expect(input.max).to.equal('5');
    expect(input.value).to.equal('1');
    expect(input.getAttribute('aria-valuetext')).to.equal('d = 16, √d = 4.00');
    expect(el.query).to.have.length(16);
    expect(el.keysMatrix).to.have.length(8);
    expect(bars(el, 'scaled')).to.have.length(8);
  });

  it('shows max probability and entropy matching an independent computation, both panels', async () => {
    const el = await fixture<SqrtDExplorer>(
      html`<sqrt-d-explorer
        precision="3"
        .query=${query}
        .keysMatrix=${keysMatrix}
      ></sqrt-d-explorer>`,
    );
    const scores = keysMatrix.map((k) => dot(query, k));
    const sides = {unscaled: softmax(scores), scaled: softmax(scores.map((s) => s / 2))};
    for (const side of ['unscaled', 'scaled'] as const) {
      const p = sides[side];
      const max = Math.max(...p);
      expect(stat(el, side, 'max-prob')).to.equal(fmt(max, 3));
      expect(stat(el, side, 'entropy')).to.equal(`${fmt(entropy(p), 3)} bits of 2.000 max`);
      expect(bars(el, side)).to.deep.equal(p.map((x) => fmt(x, 3)));
      expect(el.result![side].maxProb).to.be.closeTo(max, 1e-12);
      expect(el.result![side].entropy).to.be.closeTo(entropy(p), 1e-12);
    }
    expect(el.result!.d).to.equal(4);
    expect(el.result!.unscaled.scores).to.deep.equal(scores);
    expect(shadow(el).querySelector('.sqrt-value')!.textContent).to.contain('2.000');
    expect(el.query).to.deep.equal(query);
    expect(el.keysMatrix).to.deep.equal(keysMatrix);
  });

  it('gives log2(keys) bits for a uniform row and 0 bits for a one-hot row', async () => {
    const same = [0.3, -0.2, 0.7];
    const el = await fixture<SqrtDExplorer>(
      html`<sqrt-d-explorer
        .query=${[1, 2, 3]}
        .keysMatrix=${[same, same, same, same]}
      ></sqrt-d-explorer>`,
    );
    expect(stat(el, 'unscaled', 'entropy')).to.equal('2.00 bits of 2.00 max');
    expect(stat(el, 'scaled', 'max-prob')).to.equal('0.25');
    expect(
      panel(el, 'unscaled').querySelector('[part=verdict]')!.getAttribute('data-verdict'),
    ).to.equal('spread');
    el.query = [100];
    el.keysMatrix = [[1], [0], [0], [0], [0], [0], [0], [0]];
    await el.updateComplete;
    expect(stat(el, 'unscaled', 'entropy')).to.equal('0.00 bits of 3.00 max');
    expect(stat(el, 'unscaled', 'max-prob')).to.equal('1.00');
    expect(el.result!.unscaled.entropy).to.be.below(1e-30);
    expect(
      panel(el, 'scaled').querySelector('[part=verdict]')!.getAttribute('data-verdict'),
    ).to.equal('saturated');
  });

  it('saturates without scaling at d = 4096 for the default seed, and not with it', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer d="4096"></sqrt-d-explorer>`);
    const r = el.result!;
    expect(r.d).to.equal(4096);
    // Check the shown numbers against the vectors in use, by hand.
    const q = el.query;
    const scores = el.keysMatrix.map((k) => dot(q, k));
    const unscaled = softmax(scores);
    const scaled = softmax(scores.map((s) => s / 64));
    expect(stat(el, 'unscaled', 'max-prob')).to.equal(fmt(Math.max(...unscaled), 2));
    expect(stat(el, 'scaled', 'max-prob')).to.equal(fmt(Math.max(...scaled), 2));
    expect(r.unscaled.maxProb).to.be.greaterThan(r.scaled.maxProb);
    expect(r.unscaled.maxProb).to.be.greaterThan(0.99);
    expect(
      panel(el, 'unscaled').querySelector('[part=verdict]')!.getAttribute('data-verdict'),
    ).to.equal('saturated');
    expect(
      panel(el, 'scaled').querySelector('[part=verdict]')!.getAttribute('data-verdict'),
    ).to.not.equal('saturated');
  });

  it('draws vectors of the new size from the same seed when d changes', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer d="4"></sqrt-d-explorer>`);
    const first = el.query[0];
    el.d = 64;
    await el.updateComplete;
    expect(el.query).to.have.length(64);
    expect(el.keysMatrix[0]).to.have.length(64);
    expect(el.query[0]).to.equal(first);
    el.seed = 6;
    await el.updateComplete;
    expect(el.query[0]).to.not.equal(first);
  });

  it('changes d from the keyboard and fires sqrt-d-change once per change', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    const events: CustomEvent[] = [];
    el.addEventListener('sqrt-d-change', (e) => events.push(e));
    slider(el).focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail.d).to.equal(64);
    expect(el.d).to.equal(64);
    expect(events[0].detail.unscaled.maxProb).to.equal(el.result!.unscaled.maxProb);
    expect(shadow(el).querySelector('.sqrt-value')!.textContent).to.contain('8.00');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('d = 64, √d = 8.00');
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.contain('d = 64');
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(events).to.have.length(2);
    expect(events[1].detail.d).to.equal(4096);
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(events).to.have.length(2);
  });

  it('does not fire when the page sets d, seed or vectors', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    let count = 0;
    el.addEventListener('sqrt-d-change', () => count++);
    el.d = 256;
    await el.updateComplete;
    el.setAttribute('seed', '5');
    await el.updateComplete;
    el.query = query;
    el.keysMatrix = keysMatrix;
    await el.updateComplete;
    expect(el.result!.d).to.equal(4);
    expect(count).to.equal(0);
  });

  it('resamples with a new, visible seed and fires', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    const before = el.query;
    const button = shadow(el).querySelector('button.resample') as HTMLButtonElement;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'sqrt-d-change');
    await el.updateComplete;
    expect(el.seed).to.equal(6);
    expect(shadow(el).querySelector('.seed-value')!.textContent).to.equal('6');
    expect(el.query).to.not.deep.equal(before);
    expect(event.detail.d).to.equal(16);
    setTimeout(() => el.resample());
    await oneEvent(el, 'sqrt-d-change');
    expect(el.seed).to.equal(7);
  });

  it('rejects bad input with an in-widget error and keeps the last good state', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    const good = el.result!;
    const errors: string[] = [];
    el.addEventListener('attention-widget-error', (e) => errors.push(e.detail.message));
    const bad: [string, string][] = [
      ['d', '0'],
      ['d', '2.5'],
      ['d', '20000'],
      ['keys', '1'],
      ['keys', '65'],
      ['choices', '4 sixteen 64'],
      ['choices', '8'],
      ['seed', '1.5'],
    ];
    for (const [name, value] of bad) {
      el.setAttribute(name, value);
      await el.updateComplete;
      expect(error(el), `${name}=${value}`).to.exist;
      expect(error(el)!.getAttribute('role')).to.equal('alert');
      expect(el.result).to.deep.equal(good);
      el.removeAttribute(name);
      if (name === 'd') el.d = 16;
      if (name === 'keys') el.keys = 8;
      if (name === 'choices') el.choices = '4 16 64 256 1024 4096';
      if (name === 'seed') el.seed = 5;
      await el.updateComplete;
      expect(error(el), `cleared after ${name}=${value}`).to.be.null;
    }
    expect(errors).to.have.length(bad.length);
    for (const [q, k] of [
      [
        [1, 2],
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
      ],
      [
        [1, 'x'],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [[1, 2], [[1, 2]]],
      [
        [1, NaN],
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [
        '12',
        [
          [1, 2],
          [3, 4],
        ],
      ],
    ] as unknown as [number[], number[][]][]) {
      el.query = q;
      el.keysMatrix = k;
      await el.updateComplete;
      expect(error(el), JSON.stringify(q)).to.exist;
      expect(el.result).to.deep.equal(good);
    }
    el.query = undefined;
    el.keysMatrix = undefined;
    await el.updateComplete;
    expect(error(el)).to.be.null;
  });

  it('falls back to the defaults when the first input is bad', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer keys="100"></sqrt-d-explorer>`);
    expect(error(el)!.textContent).to.contain('keys');
    expect(el.result!.unscaled.probs).to.have.length(8);
  });

  it('reads its vectors from a JSON child', async () => {
    const el = await fixture<SqrtDExplorer>(
      html`<sqrt-d-explorer>
        <script type="application/json">
          {
            "query": [1, 0.5, -1, 2],
            "keysMatrix": [
              [1, 0, 0, 1],
              [0, 1, 0, 0],
              [-1, 0, 1, 0],
              [0.5, 0.5, -0.5, 1]
            ]
          }
        </script>
      </sqrt-d-explorer>`,
    );
    await el.updateComplete;
    expect(el.result!.d).to.equal(4);
    expect(el.result!.unscaled.scores).to.deep.equal(keysMatrix.map((k) => dot(query, k)));
  });

  it('answers the sqrt-d "Show me" topic by moving to the largest d and firing', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    const request = new ShowRequestEvent('sqrt-d');
    setTimeout(() => document.dispatchEvent(request));
    const event = await oneEvent(el, 'sqrt-d-change');
    expect(event.detail.d).to.equal(4096);
    expect(request.detail.handledBy).to.equal('sqrt-d-explorer');
    await el.updateComplete;
    expect(slider(el).value).to.equal('5');
  });

  it('draws the panels at once and the chart after the first paint', async () => {
    const el = document.createElement('sqrt-d-explorer');
    document.body.append(el);
    try {
      await el.updateComplete;
      const figure = shadow(el).querySelector('[part=chart]')!;
      expect(el.result!.d).to.equal(16);
      expect(shadow(el).querySelectorAll('[part=bar]')).to.have.length(16);
      expect(figure.getAttribute('aria-busy')).to.equal('true');
      expect(figure.querySelector('svg')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await el.chartReady;
      expect(figure.getAttribute('aria-busy')).to.equal('false');
      expect(figure.querySelectorAll('tbody tr')).to.have.length(6);
      expect(figure.querySelectorAll('polyline.series')).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('charts mean max probability per d, matching a brute-force simulation', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    await el.chartReady;
    const rows = [...shadow(el).querySelectorAll('[part=chart] tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).to.deep.equal([
      '4',
      '16',
      '64',
      '256',
      '1024',
      '4096',
    ]);
    expect(rows[1].getAttribute('aria-current')).to.equal('true');
    const value = (row: Element, series: string) =>
      Number(row.querySelector(`[data-series=${series}]`)!.getAttribute('data-value'));
    expect(value(rows[5], 'unscaled')).to.be.greaterThan(0.9);
    expect(value(rows[5], 'scaled')).to.be.lessThan(0.5);
    // Brute force at d = 16: draw every component, Box–Muller on Math.random.
    const gauss = () =>
      Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
    const draws = 2000;
    let sumU = 0;
    let sumS = 0;
    for (let t = 0; t < draws; t++) {
      const q = Array.from({length: 16}, gauss);
      const scores = Array.from({length: 8}, () => dot(q, Array.from({length: 16}, gauss)));
      sumU += Math.max(...softmax(scores));
      sumS += Math.max(...softmax(scores.map((s) => s / 4)));
    }
    expect(value(rows[1], 'unscaled')).to.be.closeTo(sumU / draws, 0.05);
    expect(value(rows[1], 'scaled')).to.be.closeTo(sumS / draws, 0.05);
  });

  // Timings are for `npm run bench`; this checks that every switch shows its own d.
  it('switches d back and forth through the choices', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer></sqrt-d-explorer>`);
    const choices = [4, 16, 64, 256, 1024, 4096];
    for (const d of [4, 64, 4096, 256, 1024, 4, 4096, 16]) {
      el.d = d;
      await el.updateComplete;
      expect(el.result!.d).to.equal(d);
      expect(el.query).to.have.length(d);
      expect(slider(el).value).to.equal(String(choices.indexOf(d)));
    }
  });

  it('adds a d outside the choices to the picker', async () => {
    const el = await fixture<SqrtDExplorer>(html`<sqrt-d-explorer d="100"></sqrt-d-explorer>`);
    expect(slider(el).max).to.equal('6');
    expect(slider(el).value).to.equal('3');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('d = 100, √d = 10.00');
    expect(el.query).to.have.length(100);
  });

  it('takes strings from the strings property', async () => {
    const el = await fixture<SqrtDExplorer>(
      html`<sqrt-d-explorer
        .strings=${{resample: 'Nouveau tirage', dValue: (d: string) => `d vaut ${d}`}}
      ></sqrt-d-explorer>`,
    );
    expect(shadow(el).querySelector('button.resample')!.textContent!.trim()).to.equal(
      'Nouveau tirage',
    );
    expect(shadow(el).querySelector('.d-value')!.textContent).to.equal('d vaut 16');
  });
});
