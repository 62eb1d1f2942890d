import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {ShowRequestEvent} from '../events/show-request.js';
import type {StepChangeEvent} from '../events/step-change.js';
import type {WidgetErrorEvent} from '../events/widget-error.js';
import './define.js';
import type {AttentionStepper} from './attention-stepper.js';

type M = number[][];

// ---- Independent arithmetic: plain loops, nothing from src/tensor. ----
function mul(a: M, b: M): M {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, v, k) => sum + v * b[k][j], 0)));
}
const tr = (a: M): M => a[0].map((_, j) => a.map((row) => row[j]));
function softmaxRows(a: M): M {
  return a.map((row) => {
    const max = Math.max(...row);
    const e = row.map((v) => (v === -Infinity ? 0 : Math.exp(v - max)));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
  });
}
const fixed = (v: number, p = 2) => {
  if (v === -Infinity) return '\u2212∞';
  const t = v.toFixed(p);
  return /^-0(\.0*)?$/.test(t) ? t.slice(1) : t.replace('-', '\u2212');
};

// ---- The default example, written out. ----
const X = [
  [1, 0, 1, 0], // The
  [0, 2, 0, 1], // cat
  [1, 1, 0, 0.5], // sat
];
const WQ = [
  [0.5, 0, 1, 0],
  [0, 1, 0, 0.5],
  [1, 0, 0, 0],
  [0, 1, 0, 0],
];
const WK = [
  [0, 0, 1, -0.5],
  [0, 1, 0, 0],
  [0.5, 0, 0, 0],
  [0, 0.5, 0, 1],
];
const WV = [
  [1, 0, 0.5, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [0, 0.5, 0, 1],
];
// Q = X·W_Q, by hand: The = W_Q row1 + row3; cat = 2·row2 + row4; sat = row1 + row2 + 0.5·row4.
const Q = [
  [1.5, 0, 1, 0],
  [0, 3, 0, 1],
  [0.5, 1.5, 1, 0.5],
];
// K = X·W_K, same rows of W_K: The = [0,0,1,−0.5]+[0.5,0,0,0]; cat = [0,2,0,0]+[0,0.5,0,1];
// sat = [0,0,1,−0.5]+[0,1,0,0]+[0,0.25,0,0.5].
const K = [
  [0.5, 0, 1, -0.5],
  [0, 2.5, 0, 1],
  [0, 1.25, 1, 0],
];
// V = X·W_V: The = [1,0,0.5,0]+[0,0,1,0]; cat = [0,2,0,0]+[0,0.5,0,1]; sat = [1,0,0.5,0]+[0,1,0,0]+[0,0.25,0,0.5].
const V = [
  [1, 0, 1.5, 0],
  [0, 2.5, 0, 1],
  [1, 1.25, 0.5, 0.5],
];
// Scores q_i·k_j: The·The = 1.5·0.5 + 1·1 = 1.75, The·cat = 0, The·sat = 1·1 = 1;
// cat·The = 1·(−0.5) = −0.5, cat·cat = 3·2.5 + 1·1 = 8.5, cat·sat = 3·1.25 = 3.75;
// sat·The = 0.25 + 1 − 0.25 = 1, sat·cat = 1.5·2.5 + 0.5·1 = 4.25, sat·sat = 1.5·1.25 + 1 = 2.875.
const SCORES = [
  [1.75, 0, 1],
  [-0.5, 8.5, 3.75],
  [1, 4.25, 2.875],
];
// ÷ √4 = 2.
const SCALED = [
  [0.875, 0, 0.5],
  [-0.25, 4.25, 1.875],
  [0.5, 2.125, 1.4375],
];
const WEIGHTS = softmaxRows(SCALED);
const OUTPUT = mul(WEIGHTS, V);

const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement, id: string) =>
  root(el).querySelector<HTMLTableElement>(`table[data-matrix="${id}"]`);
const matrixIds = (el: HTMLElement) =>
  [...root(el).querySelectorAll<HTMLTableElement>('table[data-matrix]')].map(
    (t) => t.dataset.matrix,
  );
function cellsOf(el: HTMLElement, id: string): HTMLElement[] {
  const t = table(el, id);
  expect(t, `matrix ${id} shown`).to.exist;
  return [...t!.querySelectorAll<HTMLElement>('td[part="cell"]')];
}
/** The matrix as shown: unrounded `data-value`s, and checks each cell's text is their rounding. */
function shown(el: HTMLElement, id: string, p = 2): M {
  const out: M = [];
  for (const c of cellsOf(el, id)) {
    const value = Number(c.dataset.value);
    expect(c.querySelector('.v')!.textContent, `${id} text`).to.equal(fixed(value, p));
    (out[Number(c.dataset.row)] ??= [])[Number(c.dataset.col)] = value;
  }
  return out;
}
function expectClose(actual: M, expected: M, label = '') {
  expect(actual.length, `${label} rows`).to.equal(expected.length);
  actual.forEach((row, i) => {
    expect(row.length, `${label} cols`).to.equal(expected[i].length);
    row.forEach((v, j) => {
      if (expected[i][j] === -Infinity) expect(v, `${label}[${i}][${j}]`).to.equal(-Infinity);
      else expect(v, `${label}[${i}][${j}]`).to.be.closeTo(expected[i][j], 1e-9);
    });
  });
}
const activeTerms = (el: HTMLElement) =>
  [...root(el).querySelectorAll<Element>('[part="formula"] [data-active]')].map((t) =>
    t.getAttribute('data-term'),
  );
const errorText = (el: HTMLElement) =>
  root(el).querySelector('[part="error"]')?.textContent ?? null;
const counter = (el: HTMLElement) =>
  root(el).querySelector('[part="counter"]')!.textContent!.trim();
const status = (el: HTMLElement) => root(el).querySelector('[part="status"]')!.textContent!.trim();

function count<T extends Event>(el: HTMLElement, name: string) {
  const seen: T[] = [];
  el.addEventListener(name, (e) => seen.push(e as T));
  return seen;
}

async function at(el: AttentionStepper, step: number) {
  el.step = step;
  await el.updateComplete;
}

describe('<attention-stepper>', () => {
  it('is accessible', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    await expect(el).to.be.accessible();
  });

  // One test per theme and mode, so each axe run has its own time budget in slower engines.
  for (const theme of ['light', 'dark'] as const) {
    for (const causal of [false, true]) {
      it(`is accessible at every step (${theme}${causal ? ', causal' : ''})`, async () => {
        const el = await fixture<AttentionStepper>(
          html`<attention-stepper theme=${theme} ?causal=${causal}></attention-stepper>`,
        );
        // The mask only changes steps 4 to 6.
        for (let step = causal ? 4 : 1; step <= 6; step++) {
          await at(el, step);
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('shows the default example: The cat sat, X and its labels', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    expect(el.step).to.equal(1);
    expect(el.getAttribute('step')).to.equal('1');
    expect(matrixIds(el)).to.deep.equal(['x']);
    expectClose(shown(el, 'x'), X, 'x');
    const t = table(el, 'x')!;
    expect(
      [...t.querySelectorAll('tbody th[scope="row"]')].map((h) => h.textContent),
    ).to.deep.equal(['The', 'cat', 'sat']);
    expect(
      [...t.querySelectorAll('thead th[scope="col"]')].map((h) => h.textContent),
    ).to.deep.equal(['d1', 'd2', 'd3', 'd4']);
    expect(t.querySelector('caption')!.textContent).to.contain('3 tokens × 4 dims');
    expect(counter(el)).to.equal('Step 1 of 6');
    expect(root(el).querySelector('[part="explanation"]')!.textContent).to.contain('3 tokens');
  });

  it('step 2: Q, K and V are X times the weights', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper step="2"></attention-stepper>`,
    );
    expect(matrixIds(el)).to.deep.equal(['x', 'wq', 'wk', 'wv', 'q', 'k', 'v']);
    expectClose(shown(el, 'wq'), WQ, 'wq');
    expectClose(shown(el, 'wk'), WK, 'wk');
    expectClose(shown(el, 'wv'), WV, 'wv');
    expectClose(shown(el, 'q'), Q, 'q');
    expectClose(shown(el, 'k'), K, 'k');
    expectClose(shown(el, 'v'), V, 'v');
    // The hand values agree with a plain loop.
    expectClose(mul(X, WQ), Q, 'loop q');
    expectClose(mul(X, WK), K, 'loop k');
    expectClose(mul(X, WV), V, 'loop v');
  });

  it('step 3: scores are Q·Kᵀ, rows and columns labelled with tokens', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper step="3"></attention-stepper>`,
    );
    expect(matrixIds(el)).to.deep.equal(['q', 'k', 'scores']);
    expectClose(shown(el, 'scores'), SCORES, 'scores');
    expectClose(mul(Q, tr(K)), SCORES, 'loop scores');
    const heads = [...table(el, 'scores')!.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(heads).to.deep.equal(['The', 'cat', 'sat']);
  });

  it('step 4: scores ÷ √d, step 5: softmax with row sums, step 6: weights·V', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper step="4"></attention-stepper>`,
    );
    expect(matrixIds(el)).to.deep.equal(['scores', 'scaled']);
    expectClose(shown(el, 'scaled'), SCALED, 'scaled');
    expect(table(el, 'scaled')!.querySelector('caption')!.textContent).to.contain('√4');

    await at(el, 5);
    expect(matrixIds(el)).to.deep.equal(['scaled', 'weights']);
    expectClose(shown(el, 'weights'), WEIGHTS, 'weights');
    // "sat" attends mostly to "cat": e^2.125 / (e^0.5 + e^2.125 + e^1.4375) ≈ 8.37 / 14.23 ≈ 0.588.
    expect(WEIGHTS[2][1]).to.be.closeTo(0.5883, 1e-3);
    const sums = [...root(el).querySelectorAll('[part="row-sum"]')].map((c) =>
      c.textContent!.trim(),
    );
    expect(sums).to.deep.equal(['1.00', '1.00', '1.00']);

    await at(el, 6);
    expect(matrixIds(el)).to.deep.equal(['weights', 'v', 'output']);
    expectClose(shown(el, 'output'), OUTPUT, 'output');
  });

  it('exposes every intermediate in result, unrounded', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    const r = el.result;
    expectClose(r.x, X, 'x');
    expectClose(r.q, Q, 'q');
    expectClose(r.k, K, 'k');
    expectClose(r.v, V, 'v');
    expectClose(r.scores, SCORES, 'scores');
    expectClose(r.scaled, SCALED, 'scaled');
    expectClose(r.weights, WEIGHTS, 'weights');
    expectClose(r.output, OUTPUT, 'output');
    expect(r.masked).to.equal(undefined);
    // A copy: changing it does not change the widget.
    r.x[0][0] = 99;
    expect(el.result.x[0][0]).to.equal(1);
  });

  it('lights the part of the formula in use at each step', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    const expected = ['embeddings', 'projections', 'scores', 'scale', 'softmax', 'output'];
    for (let step = 1; step <= 6; step++) {
      await at(el, step);
      const active = activeTerms(el);
      expect([...new Set(active)], `step ${step}`).to.deep.equal([expected[step - 1]]);
      const term = root(el).querySelector(`[data-term="${expected[step - 1]}"]`)!;
      expect(term.namespaceURI).to.equal('http://www.w3.org/1998/Math/MathML');
      expect(term.classList.contains('active')).to.equal(true);
      // Not colour alone: an underline marks it too.
      expect(getComputedStyle(term).borderBottomStyle).to.equal('solid');
      expect(root(el).querySelector('[part="formula"]')!.textContent).to.contain('In use now');
      expect(counter(el)).to.equal(`Step ${step} of 6`);
    }
    el.causal = true;
    await at(el, 4);
    expect(activeTerms(el)).to.deep.equal(['scale', 'mask']);
  });

  it('moves with the buttons and fires attention-step-change', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    const events = count<StepChangeEvent>(el, 'attention-step-change');
    const next = root(el).querySelector<HTMLButtonElement>('button.next')!;
    const prev = root(el).querySelector<HTMLButtonElement>('button.prev')!;
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect(el.step).to.equal(2);
    expect(el.getAttribute('step')).to.equal('2');
    expect(events).to.have.length(1);
    const d = events[0].detail;
    expect(d.step).to.equal(2);
    expect(d.total).to.equal(6);
    expect(d.stage).to.equal('projections');
    expectClose(d.result.weights, WEIGHTS, 'detail weights');
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    prev.click();
    await el.updateComplete;
    expect(el.step).to.equal(1);
    prev.click(); // already at 1: nothing happens
    await el.updateComplete;
    expect(events).to.have.length(2);
    expect(status(el)).to.contain('Step 1 of 6: embeddings');
  });

  it('methods fire the event; setting step or the attribute does not', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    const events = count<StepChangeEvent>(el, 'attention-step-change');
    el.step = 4;
    await el.updateComplete;
    el.setAttribute('step', '5');
    await el.updateComplete;
    expect(el.step).to.equal(5);
    expect(counter(el)).to.equal('Step 5 of 6');
    expect(events).to.have.length(0);
    setTimeout(() => el.goTo(3));
    const e = await oneEvent(el, 'attention-step-change');
    expect(e.detail).to.include({step: 3, total: 6, stage: 'scores'});
    el.next();
    el.next();
    await el.updateComplete;
    expect(el.step).to.equal(5);
    el.prev();
    await el.updateComplete;
    expect(events.map((ev) => ev.detail.stage)).to.deep.equal([
      'scores',
      'scale',
      'softmax',
      'scale',
    ]);
    expect(status(el)).to.equal('Step 4 of 6: scaling: divide the scores by the square root of d');
    el.goTo(6);
    el.next(); // at the end: no move, no event
    await el.updateComplete;
    expect(events).to.have.length(5);
  });

  it('arrow keys, Home and End move between steps when focus is not in a matrix', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    const events = count<StepChangeEvent>(el, 'attention-step-change');
    root(el).querySelector<HTMLButtonElement>('button.next')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(el.step).to.equal(2);
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(el.step).to.equal(6);
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(el.step).to.equal(5);
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(el.step).to.equal(1);
    expect(events.map((e) => e.detail.step)).to.deep.equal([2, 6, 5, 1]);
    // Inside a matrix the arrows move between cells instead.
    await at(el, 3);
    const first = cellsOf(el, 'scores')[0];
    first.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(el.step).to.equal(3);
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.dataset.col).to.equal('1');
    expect(focused.closest('table')!.dataset.matrix).to.equal('scores');
  });

  it('shows a cell’s arithmetic on focus and highlights the tokens and operands', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper step="3"></attention-stepper>`,
    );
    const detail = () =>
      root(el).querySelector('[part="detail"]')!.textContent!.replace(/\s+/g, ' ');
    expect(detail()).to.contain('Hover over or focus');
    // scores[0][2] = The·sat = 1.5×0 + 0×1.25 + 1×1 + 0×0 = 1.
    const cell = cellsOf(el, 'scores').find((c) => c.dataset.row === '0' && c.dataset.col === '2')!;
    expect(cell.querySelector('.visually-hidden')!.textContent).to.contain(
      '1.5×0 + 0×1.25 + 1×1 + 0×0 = 1.00',
    );
    cell.focus();
    await el.updateComplete;
    expect(detail()).to.contain('row The, column sat');
    expect(detail()).to.contain('1.5×0 + 0×1.25 + 1×1 + 0×0 = 1.00');
    const hlRow = (id: string) =>
      [...table(el, id)!.querySelectorAll('tbody tr')].findIndex((r) => r.classList.contains('hl'));
    expect(hlRow('q')).to.equal(0); // the query token
    expect(hlRow('k')).to.equal(2); // the key token
    expect(hlRow('scores')).to.equal(0);

    // Step 4: the division by √d; step 5: the exponentials.
    await at(el, 4);
    const scaled = cellsOf(el, 'scaled').find(
      (c) => c.dataset.row === '1' && c.dataset.col === '1',
    )!;
    expect(scaled.textContent).to.contain('8.50 ÷ √4 = 8.50 ÷ 2.00 = 4.25');
    await at(el, 5);
    const w = cellsOf(el, 'weights').find((c) => c.dataset.row === '2' && c.dataset.col === '1')!;
    expect(w.textContent).to.contain('e^2.13 ÷ (e^0.50 + e^2.13 + e^1.44)');
    expect(w.textContent).to.contain(`= ${fixed(WEIGHTS[2][1])}`);
    w.focus();
    await el.updateComplete;
    expect(detail()).to.contain('e^2.13 ÷');
    expect(hlRow('scaled')).to.equal(2);

    // A matrix made earlier still shows its arithmetic; an input says it was given.
    await at(el, 6);
    cellsOf(el, 'weights')[0].focus();
    await el.updateComplete;
    expect(detail()).to.contain(`Weights = softmax(rows) · row The, column The: e^0.88 ÷`);
    await at(el, 1);
    cellsOf(el, 'x')[1].focus();
    await el.updateComplete;
    expect(detail()).to.contain('row The, column d2: 0.00, given as input');
  });

  it('hovering a projection cell highlights its row of X and column of W', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper step="2"></attention-stepper>`,
    );
    const cell = cellsOf(el, 'q').find((c) => c.dataset.row === '2' && c.dataset.col === '1')!;
    cell.scrollIntoView({block: 'center'});
    const box = cell.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await el.updateComplete;
    // Q[sat][d2] = 1×0 + 1×1 + 0×0 + 0.5×1 = 1.5
    expect(root(el).querySelector('[part="detail"]')!.textContent).to.contain(
      '1×0 + 1×1 + 0×0 + 0.5×1 = 1.50',
    );
    expect(table(el, 'x')!.querySelectorAll('tbody tr')[2].classList.contains('hl')).to.equal(true);
    expect(table(el, 'k')!.querySelectorAll('tbody tr')[2].classList.contains('hl')).to.equal(true);
    const wqHeads = [...table(el, 'wq')!.querySelectorAll('thead th')];
    expect(wqHeads.map((h) => h.classList.contains('hl'))).to.deep.equal([
      false,
      true,
      false,
      false,
    ]);
    await sendMouse({type: 'move', position: [0, 0]});
  });

  it('causal adds the mask at steps 4 and 5', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper causal step="4"></attention-stepper>`,
    );
    expect(matrixIds(el)).to.deep.equal(['scores', 'scaled', 'masked']);
    const masked = SCALED.map((row, i) => row.map((v, j) => (j > i ? -Infinity : v)));
    expectClose(shown(el, 'masked'), masked, 'masked');
    expect(root(el).querySelectorAll('table[data-matrix="masked"] td.masked')).to.have.length(3);
    await at(el, 5);
    expect(matrixIds(el)).to.deep.equal(['masked', 'weights']);
    const w = shown(el, 'weights');
    expectClose(w, softmaxRows(masked), 'weights');
    expect(w[0]).to.deep.equal([1, 0, 0]);
    expect(w[1][2]).to.equal(0);
    expectClose(el.result.masked!, masked, 'result.masked');
    await at(el, 6);
    expectClose(shown(el, 'output'), mul(softmaxRows(masked), V), 'output');
  });

  it('uses matrices given as properties', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper tokens="hi there" step="6"></attention-stepper>`,
    );
    const x = [
      [1, -1, 0.5],
      [0.2, 0, 1],
    ];
    const wq = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const wk = [
      [0.5, 0],
      [0, -1],
      [1, 0.3],
    ];
    const wv = [
      [1, 0, 0],
      [0, 2, 0],
      [0, 0, 1],
    ];
    Object.assign(el, {x, wq, wk, wv});
    await el.updateComplete;
    const q = mul(x, wq);
    const k = mul(x, wk);
    const v = mul(x, wv);
    const scaled = mul(q, tr(k)).map((row) => row.map((s) => s / Math.sqrt(2)));
    const weights = softmaxRows(scaled);
    expectClose(shown(el, 'output'), mul(weights, v), 'output');
    expectClose(el.result.scaled, scaled, 'scaled');
    await at(el, 4);
    expect(table(el, 'scaled')!.querySelector('caption')!.textContent).to.contain('√2');
    expect(errorText(el)).to.equal(null);
  });

  it('reads the matrices from a JSON child', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper tokens="a b" step="3">
        <script type="application/json">
          {
            "x": [
              [1, 0],
              [0, 1]
            ],
            "wq": [
              [1, 0],
              [0, 1]
            ],
            "wk": [
              [1, 0.5],
              [0, 1]
            ],
            "wv": [
              [2, 0],
              [0, 1]
            ]
          }
        </script>
      </attention-stepper>`,
    );
    await el.updateComplete;
    // Q = X = I, K = W_K, so scores = W_Kᵀ: [[1, 0], [0.5, 1]].
    expectClose(shown(el, 'scores'), [
      [1, 0],
      [0.5, 1],
    ]);
  });

  it('draws X and the weights from a seed, one decimal each, and computes with them', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper
        seed="42"
        tokens="a b c d"
        d-model="3"
        d-head="2"
        step="6"
      ></attention-stepper>`,
    );
    const r = el.result;
    expect([r.x.length, r.x[0].length, r.q[0].length]).to.deep.equal([4, 3, 2]);
    for (const m of [r.x])
      for (const row of m) for (const v of row) expect(Math.round(v * 10) / 10).to.equal(v);
    // The weights are not in result, but the shown W tables are at step 2.
    await at(el, 2);
    const wq = shown(el, 'wq');
    const wk = shown(el, 'wk');
    const wv = shown(el, 'wv');
    expect(wq.length).to.equal(3);
    for (const m of [wq, wk, wv])
      for (const row of m) for (const v of row) expect(Math.round(v * 10) / 10).to.equal(v);
    expectClose(shown(el, 'x'), r.x);
    expectClose(r.q, mul(r.x, wq), 'q');
    expectClose(r.k, mul(r.x, wk), 'k');
    const scaled = mul(r.q, tr(r.k)).map((row) => row.map((s) => s / Math.sqrt(2)));
    expectClose(r.weights, softmaxRows(scaled), 'weights');
    expectClose(r.output, mul(softmaxRows(scaled), mul(r.x, wv)), 'output');
    // Same seed, same numbers; another seed, other numbers.
    const twin = await fixture<AttentionStepper>(
      html`<attention-stepper
        seed="42"
        tokens="a b c d"
        d-model="3"
        d-head="2"
      ></attention-stepper>`,
    );
    expect(twin.result.x).to.deep.equal(r.x);
    twin.seed = 43;
    await twin.updateComplete;
    expect(twin.result.x).to.not.deep.equal(r.x);
  });

  it('derives X from the token text when tokens change without matrices', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper tokens="The cat sat down"></attention-stepper>`,
    );
    const x = el.result.x;
    expect(x.slice(0, 3)).to.deep.equal(X); // the hand-chosen rows stay
    expect(x[3]).to.have.length(4);
    for (const v of x[3]) expect(Math.round(v * 10) / 10).to.equal(v);
    const again = await fixture<AttentionStepper>(
      html`<attention-stepper tokens="down The"></attention-stepper>`,
    );
    expect(again.result.x[0]).to.deep.equal(x[3]); // the same word gets the same row
    expectClose(mul(x, WQ), el.result.q, 'q with the default weights');
    expect(shown(el, 'x')).to.have.length(4);
  });

  it('honours precision and strings', async () => {
    const el = await fixture<AttentionStepper>(
      html`<attention-stepper precision="3" step="4"></attention-stepper>`,
    );
    expectClose(shown(el, 'scaled', 3), SCALED);
    el.strings = {next: 'Forward', counter: (s: number, t: number) => `${s}/${t}`};
    await el.updateComplete;
    expect(root(el).querySelector('button.next')!.textContent!.trim()).to.equal('Forward');
    expect(counter(el)).to.equal('4/6');
  });

  describe('bad input', () => {
    const cases: [string, (el: AttentionStepper) => void, RegExp][] = [
      ['empty tokens', (el) => el.setAttribute('tokens', '   '), /tokens is empty/],
      [
        '17 tokens',
        (el) => (el.tokens = Array.from({length: 17}, (_, i) => `t${i}`).join(' ')),
        /17 words; at most 16/,
      ],
      [
        'd-model 0',
        (el) => el.setAttribute('d-model', '0'),
        /d-model must be a whole number from 1 to 16, got 0/,
      ],
      ['d-model 17', (el) => (el.dModel = 17), /d-model .* got 17/],
      ['d-head 2.5', (el) => el.setAttribute('d-head', '2.5'), /d-head .* got 2.5/],
      ['seed not a number', (el) => el.setAttribute('seed', 'abc'), /seed must be a whole number/],
      [
        'x with the wrong shape',
        (el) => (el.x = [[1, 2, 3, 4]]),
        /x is 1×4, it must be 3×4 \(one row per token\)/,
      ],
      [
        'x with a non-number',
        (el) =>
          (el.x = [
            [1, 0, 0, 0],
            [0, 1, 0, 0],
            [0, 0, 'a' as unknown as number, 0],
          ]),
        /x\[2\]\[2\] is not a finite number/,
      ],
      ['wq ragged', (el) => (el.wq = [[1, 0], [1], [0, 1], [1, 1]]), /wq row 1 has 1 entries/],
      [
        'wk not matching wq',
        (el) => Object.assign(el, {wq: WQ, wk: [[1], [0], [0], [1]]}),
        /wk is 4×1, it must be 4×4 \(the same head size as W_Q\)/,
      ],
      [
        'wv not an array',
        (el) => (el.wv = 'nope' as unknown as number[][]),
        /wv must be a non-empty array/,
      ],
      [
        'x too wide',
        (el) => (el.x = [Array(17).fill(1), Array(17).fill(1), Array(17).fill(1)]),
        /at most 16 dimensions/,
      ],
      ['step 7', (el) => (el.step = 7), /step must be a whole number from 1 to 6, got 7/],
      ['step attribute "two"', (el) => el.setAttribute('step', 'two'), /step must be .* got NaN/],
      ['goTo(0)', (el) => el.goTo(0), /step must be .* got 0/],
    ];
    for (const [name, act, message] of cases) {
      it(`${name}: shows the error, fires attention-widget-error, keeps the example`, async () => {
        const el = await fixture<AttentionStepper>(
          html`<attention-stepper step="3"></attention-stepper>`,
        );
        const errors = count<WidgetErrorEvent>(el, 'attention-widget-error');
        const steps = count<StepChangeEvent>(el, 'attention-step-change');
        act(el);
        await el.updateComplete;
        expect(errors, 'one error event').to.have.length(1);
        expect(errors[0].detail.widget).to.equal('attention-stepper');
        expect(errors[0].detail.message).to.match(message);
        expect(errorText(el)).to.match(message);
        expect(root(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
        expect(el.step).to.equal(3);
        expect(counter(el)).to.equal('Step 3 of 6');
        expectClose(shown(el, 'scores'), SCORES, 'scores kept');
        expectClose(el.result.weights, WEIGHTS, 'result kept');
        expect(steps).to.have.length(0);
      });
    }

    it('a following good value clears the error', async () => {
      const el = await fixture<AttentionStepper>(
        html`<attention-stepper step="3"></attention-stepper>`,
      );
      el.tokens = '';
      await el.updateComplete;
      expect(errorText(el)).to.not.equal(null);
      el.tokens = 'The cat';
      await el.updateComplete;
      expect(errorText(el)).to.equal(null);
      expect(shown(el, 'scores')).to.have.length(2);
      el.step = 9;
      await el.updateComplete;
      expect(errorText(el)).to.match(/got 9/);
      expect(el.getAttribute('step')).to.equal('3');
      el.step = 4;
      await el.updateComplete;
      expect(errorText(el)).to.equal(null);
    });

    it('a bad JSON child shows the error and keeps the example', async () => {
      const el = await fixture<AttentionStepper>(
        html`<attention-stepper step="3">
          <script type="application/json">
            {"x": [[1, 2]
          </script>
        </attention-stepper>`,
      );
      await el.updateComplete;
      expect(errorText(el)).to.contain('The JSON data could not be read');
      expectClose(shown(el, 'scores'), SCORES);
      const other = await fixture<AttentionStepper>(
        html`<attention-stepper>
          <script type="application/json">
            [1, 2]
          </script>
        </attention-stepper>`,
      );
      await other.updateComplete;
      expect(errorText(other)).to.contain('must be an object');
    });

    it('a bad first value still shows the default example under the error', async () => {
      const el = await fixture<AttentionStepper>(
        html`<attention-stepper d-head="0" step="3"></attention-stepper>`,
      );
      expect(errorText(el)).to.match(/d-head/);
      expectClose(shown(el, 'scores'), SCORES);
    });
  });

  it('answers "Show me" requests by moving to the step, as a method call', async () => {
    const el = await fixture<AttentionStepper>(html`<attention-stepper></attention-stepper>`);
    const events = count<StepChangeEvent>(el, 'attention-step-change');
    const expected: [ConstructorParameters<typeof ShowRequestEvent>[0], number][] = [
      ['softmax', 5],
      ['self-attention', 2],
      ['scores', 3],
      ['scaling', 4],
      ['output', 6],
      ['projections', 2],
    ];
    for (const [topic, step] of expected) {
      const request = new ShowRequestEvent(topic);
      document.dispatchEvent(request);
      await el.updateComplete;
      expect(el.step, topic).to.equal(step);
      expect(request.detail.handledBy).to.equal('attention-stepper');
    }
    expect(events.map((e) => e.detail.step)).to.deep.equal([5, 2, 3, 4, 6, 2]);
    const other = new ShowRequestEvent('sqrt-d');
    document.dispatchEvent(other);
    expect(other.detail.handledBy).to.equal(undefined);
  });
});
