import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import './define.js';
import type {CausalMaskView} from './causal-mask-view.js';
import {ShowRequestEvent} from '../events/show-request.js';

// Computed by hand for the tests, independently of src/tensor.
const Q = [
  [1, 0],
  [0, 1],
  [1, 1],
  [0.5, -0.5],
];
const K = [
  [1, 0],
  [0, 1],
  [0.5, 0.5],
  [-1, 1],
];

function scoresOf(q: number[][], k: number[][]): number[][] {
  const d = q[0].length;
  return q.map((qi) =>
    k.map((kj) => {
      let s = 0;
      for (let t = 0; t < d; t++) s += qi[t] * kj[t];
      return s / Math.sqrt(d);
    }),
  );
}

function softmax(scores: number[][], causal: boolean): number[][] {
  return scores.map((row, i) => {
    const e = row.map((x, j) => (causal && j > i ? 0 : Math.exp(x)));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / sum);
  });
}

const cells = (el: CausalMaskView, map: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part=map][data-map=${map}] td[part=cell]`),
];
const cell = (el: CausalMaskView, map: string, i: number, j: number) =>
  el.shadowRoot!.querySelector<HTMLElement>(
    `[part=map][data-map=${map}] td[part=cell][data-row="${i}"][data-col="${j}"]`,
  )!;
const switchOf = (el: CausalMaskView) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=switch]')!;
const text = (el: CausalMaskView, sel: string) =>
  el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const manyTokens = (n: number) => Array.from({length: n}, (_, i) => `t${i}`).join(' ');

const withQK = () =>
  fixture<CausalMaskView>(
    html`<causal-mask-view tokens="I like green tea" .q=${Q} .k=${K}></causal-mask-view>`,
  );

describe('<causal-mask-view>', () => {
  it('is accessible by default (mask on, light)', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view theme="light"></causal-mask-view>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible with the mask off, and in dark', async () => {
    const el = await fixture<CausalMaskView>(
      '<causal-mask-view causal="false" theme="dark"></causal-mask-view>',
    );
    await expect(el).to.be.accessible();
    el.causal = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'light';
    el.causal = false;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows five tokens in three maps with a switch that is on', async () => {
    const el = await fixture<CausalMaskView>(html`<causal-mask-view></causal-mask-view>`);
    expect(el.causal).to.equal(true);
    expect(el.hasAttribute('causal')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part=map]').length).to.equal(3);
    for (const map of ['scores', 'masked', 'weights']) expect(cells(el, map).length).to.equal(25);
    const sw = switchOf(el);
    expect(sw.getAttribute('role')).to.equal('switch');
    expect(sw.getAttribute('aria-checked')).to.equal('true');
    expect(sw.textContent).to.contain('Decoder-only (causal)');
    expect(text(el, '.cost')).to.contain('25 scores for 5 tokens');
    expect(el.result.weights.length).to.equal(5);
  });

  it('computes the weights of given q and k as softmax(QKᵀ/√d), with the mask', async () => {
    const el = await withQK();
    const scores = scoresOf(Q, K);
    const want = softmax(scores, true);
    const {result} = el;
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        expect(result.scores[i][j]).to.be.closeTo(scores[i][j], 1e-12);
        expect(result.weights[i][j]).to.be.closeTo(want[i][j], 1e-12);
        expect(result.masked[i][j]).to.equal(j > i ? -Infinity : result.scores[i][j]);
        const shown = cell(el, 'weights', i, j);
        expect(Number(shown.dataset.value)).to.be.closeTo(want[i][j], 1e-12);
        expect(shown.querySelector('.v')!.textContent).to.equal(want[i][j].toFixed(2));
      }
    // Hand check: row 1 sees keys 0 and 1 with scores 0 and 1/√2.
    expect(result.weights[1][1]).to.be.closeTo(
      Math.exp(Math.SQRT1_2) / (1 + Math.exp(Math.SQRT1_2)),
      1e-12,
    );
    expect(cell(el, 'masked', 0, 3).querySelector('.v')!.textContent).to.equal('−∞');
    expect(cell(el, 'masked', 0, 3).classList.contains('masked')).to.equal(true);
  });

  it('with the mask, the upper triangle is exactly 0 and every row sums to 1', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view seed="5" d-head="6"></causal-mask-view>`,
    );
    const w = el.result.weights;
    w.forEach((row, i) => {
      row.forEach((x, j) => {
        if (j > i) expect(x).to.equal(0);
        else expect(x).to.be.greaterThan(0);
      });
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).to.be.lessThan(1e-12);
    });
    const sums = [...el.shadowRoot!.querySelectorAll('[part=row-sum]')].map((c) =>
      c.textContent!.trim(),
    );
    expect(sums).to.deep.equal(['1.00', '1.00', '1.00', '1.00', '1.00']);
    expect(cell(el, 'weights', 0, 4).classList.contains('dim')).to.equal(true);
  });

  it('without the mask, no weight is 0 and masked equals scores', async () => {
    // A plain string: the attribute text "off" is what a no-build page would write.
    const el = await fixture<CausalMaskView>(
      '<causal-mask-view causal="off" tokens="a b c d"></causal-mask-view>',
    );
    el.q = Q;
    el.k = K;
    await el.updateComplete;
    expect(el.causal).to.equal(false);
    const want = softmax(scoresOf(Q, K), false);
    const {weights, masked, scores} = el.result;
    weights.forEach((row, i) =>
      row.forEach((x, j) => {
        expect(x).to.not.equal(0);
        expect(x).to.be.closeTo(want[i][j], 1e-12);
      }),
    );
    expect(masked).to.deep.equal(scores);
    expect(cells(el, 'masked').some((c) => c.classList.contains('masked'))).to.equal(false);
    expect(switchOf(el).getAttribute('aria-checked')).to.equal('false');
  });

  it('toggles with Space on the switch and fires causal-mask-change', async () => {
    const el = await withQK();
    switchOf(el).focus();
    const event = oneEvent(el, 'causal-mask-change');
    await sendKeys({press: ' '});
    const {detail} = await event;
    await el.updateComplete;
    expect(detail.causal).to.equal(false);
    const want = softmax(scoresOf(Q, K), false);
    expect(detail.weights[0][3]).to.be.closeTo(want[0][3], 1e-12);
    expect(el.causal).to.equal(false);
    expect(el.getAttribute('causal')).to.equal('false');
    expect(switchOf(el).getAttribute('aria-checked')).to.equal('false');
    expect(text(el, '[part=status]')).to.contain('mask off');
  });

  it('fires on toggle() but never for causal set by the page', async () => {
    const el = await withQK();
    let count = 0;
    el.addEventListener('causal-mask-change', () => count++);
    el.causal = false;
    await el.updateComplete;
    el.setAttribute('causal', '');
    await el.updateComplete;
    expect(el.causal).to.equal(true);
    el.removeAttribute('causal');
    await el.updateComplete;
    expect(el.causal).to.equal(false);
    expect(count).to.equal(0);
    const event = oneEvent(el, 'causal-mask-change');
    el.toggle();
    expect((await event).detail.causal).to.equal(true);
    expect(count).to.equal(1);
  });

  it('answers the show-me topics causal-mask and quadratic-cost', async () => {
    const el = await fixture<CausalMaskView>(
      '<causal-mask-view causal="false"></causal-mask-view>',
    );
    let count = 0;
    el.addEventListener('causal-mask-change', () => count++);
    const request = new ShowRequestEvent('causal-mask');
    document.dispatchEvent(request);
    await el.updateComplete;
    expect(request.detail.handledBy).to.equal('causal-mask-view');
    expect(el.causal).to.equal(true);
    expect(count).to.equal(1);
    const cost = new ShowRequestEvent('quadratic-cost');
    document.dispatchEvent(cost);
    await el.updateComplete;
    await el.updateComplete;
    expect(cost.detail.handledBy).to.equal('causal-mask-view');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('cost');
  });

  it('outlines what a focused row can see and says it', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view tokens="The cat sat on mats"></causal-mask-view>`,
    );
    cell(el, 'weights', 2, 0).focus();
    await el.updateComplete;
    expect(text(el, '[part=readout]')).to.contain('“sat” can see: The, cat, sat');
    for (const map of ['scores', 'masked', 'weights']) {
      const outlined = cells(el, map)
        .filter(
          (c) =>
            c.classList.contains('hl') &&
            !c.classList.contains('dim') &&
            !c.classList.contains('masked'),
        )
        .map((c) => `${c.dataset.row},${c.dataset.col}`);
      expect(outlined, map).to.deep.equal(['2,0', '2,1', '2,2']);
    }
    expect(text(el, '[part=status]')).to.contain('“sat” can see: The, cat, sat');
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(text(el, '[part=readout]')).to.contain('“on” can see: The, cat, sat, on');
    expect(text(el, '[part=status]')).to.contain('“on” can see: The, cat, sat, on');
    el.causal = false;
    await el.updateComplete;
    expect(text(el, '[part=readout]')).to.contain('“on” can see: The, cat, sat, on, mats');
  });

  it('shows the arithmetic of a cell: dot product, ÷√d and the softmax terms', async () => {
    const el = await withQK();
    cell(el, 'scores', 2, 1).focus();
    await el.updateComplete;
    expect(text(el, '[part=readout]')).to.contain('1×0 + 1×1 = 1.00');
    expect(text(el, '[part=readout]')).to.contain('÷ √2');
    expect(cell(el, 'weights', 1, 0).textContent).to.contain('e^−∞');
  });

  // Timings are for `npm run bench`; these check what repeated toggles leave on screen.
  it('toggles five tokens back and forth', async () => {
    const el = await fixture<CausalMaskView>(html`<causal-mask-view></causal-mask-view>`);
    for (let r = 0; r < 6; r++) {
      el.toggle();
      await el.updateComplete;
      expect(el.causal).to.equal(r % 2 === 1);
      expect(el.shadowRoot!.querySelectorAll('td.masked').length).to.equal(r % 2 ? 10 : 0);
    }
  });

  it('renders 128 tokens compactly and toggles them', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view tokens=${manyTokens(128)}></causal-mask-view>`,
    );
    expect(el.shadowRoot!.querySelectorAll('td[part=cell]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(3);
    expect(text(el, '.cost')).to.contain('16,384 scores for 128 tokens');
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.width).to.equal(128);
    for (let r = 0; r < 6; r++) {
      el.toggle();
      await el.updateComplete;
      const on = r % 2 === 1;
      expect(el.causal).to.equal(on);
      // The first token may see the last only without the mask.
      if (on) expect(el.result.weights[0][127]).to.equal(0);
      else expect(el.result.weights[0][127]).to.be.greaterThan(0);
    }
    const w = el.result.weights;
    expect(w.length).to.equal(128);
    expect(w[0][127]).to.equal(0);
    expect(Math.abs(w[127].reduce((a, b) => a + b, 0) - 1)).to.be.lessThan(1e-12);
  });

  it('is accessible in compact mode, and the canvas reads cells with the arrow keys', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view tokens=${manyTokens(20)} theme="dark"></causal-mask-view>`,
    );
    await expect(el).to.be.accessible();
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[data-map=weights]')!;
    canvas.focus();
    await el.updateComplete;
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    const readout = text(el, '[part=readout]');
    expect(readout).to.contain('“t1” can see: t0, t1');
    expect(readout).to.contain('“t1” → “t2”: 0.00');
    expect(readout).to.contain('over 2 visible tokens');
    expect(text(el, '[part=status]')).to.contain('“t1” → “t2”');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-map=weights]')!;
    expect(details.querySelectorAll('td').length).to.equal(0);
    details.open = true;
    await new Promise((r) => details.addEventListener('toggle', r, {once: true}));
    await el.updateComplete;
    expect(details.querySelectorAll('td[part=cell]').length).to.equal(400);
    expect(details.querySelectorAll('[part=row-sum]').length).to.equal(20);
    await expect(el).to.be.accessible();
  });

  it('shows token markup as text and runs nothing', async () => {
    const w = window as unknown as {pwned?: number};
    const payload = '<img src=x onerror=window.pwned=1> ok';
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view tokens=${payload}></causal-mask-view>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, '[data-map=scores] thead')).to.contain('<img');
    expect(w.pwned).to.equal(undefined);
  });

  it('refuses bad input, keeps the last good state and recovers', async () => {
    const el = await withQK();
    const good = el.result;
    const errors: string[] = [];
    el.addEventListener('attention-widget-error', (e) => errors.push(e.detail.message));
    const bad: Array<() => void> = [
      () => (el.tokens = '   '),
      () => (el.tokens = manyTokens(129)),
      () => (el.q = [[1, 0]]),
      () => (el.q = [[1, 0], [0, 1], [1, 1], [0.5]]),
      () =>
        (el.q = [
          [1, 0],
          [0, 1],
          [1, NaN],
          [0.5, 1],
        ]),
      () =>
        (el.k = [
          [1, 0],
          [0, 1],
          [1, 'x' as unknown as number],
          [0.5, 1],
        ]),
      () =>
        (el.k = [
          [1, 0, 1],
          [0, 1, 1],
          [1, 1, 1],
          [0.5, 1, 1],
        ]),
    ];
    for (const make of bad) {
      make();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error]')).to.exist;
      expect(el.result).to.deep.equal(good);
      el.q = Q;
      el.k = K;
      el.tokens = 'I like green tea';
      await el.updateComplete;
    }
    expect(errors.length).to.equal(bad.length);
    expect(errors[1]).to.contain('129');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('d-head and seed shape the random Q and K; strings can be overridden', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view d-head="3" seed="9"></causal-mask-view>`,
    );
    cell(el, 'scores', 0, 0).focus();
    await el.updateComplete;
    expect((text(el, '[part=readout]').match(/×/g) ?? []).length).to.equal(3);
    const first = el.result.scores;
    el.seed = 10;
    await el.updateComplete;
    expect(el.result.scores).to.not.deep.equal(first);
    el.seed = 9;
    await el.updateComplete;
    expect(el.result.scores).to.deep.equal(first);
    el.strings = {switchLabel: 'Masque causal', cost: (s: number, n: number) => `${s} / ${n}`};
    await el.updateComplete;
    expect(switchOf(el).textContent).to.contain('Masque causal');
    expect(text(el, '.cost')).to.contain('25 / 5');
  });

  it('reads tokens, q and k from a JSON child', async () => {
    const el = await fixture<CausalMaskView>(
      html`<causal-mask-view>
        <script type="application/json">
          {
            "tokens": "x y",
            "q": [
              [1, 0],
              [0, 1]
            ],
            "k": [
              [0, 1],
              [1, 0]
            ]
          }
        </script>
      </causal-mask-view>`,
    );
    await el.updateComplete;
    expect(el.result.scores[0][1]).to.be.closeTo(1 / Math.SQRT2, 1e-12);
    expect(el.result.weights[0]).to.deep.equal([1, 0]);
  });

  it('follows the tokens attribute of the element named by for', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <div id="cmv-source" tokens="one two three"></div>
        <causal-mask-view for="cmv-source"></causal-mask-view>
      </div>`,
    );
    const el = wrap.querySelector('causal-mask-view')!;
    await el.updateComplete;
    expect(el.tokens).to.equal('one two three');
    let count = 0;
    el.addEventListener('causal-mask-change', () => count++);
    wrap.querySelector('#cmv-source')!.setAttribute('tokens', 'a b');
    await el.updateComplete; // lets the mutation observer run
    await el.updateComplete;
    expect(el.result.weights.length).to.equal(2);
    expect(count).to.equal(0);
  });
});
