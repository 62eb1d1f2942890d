import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  Matrix,
  ShapeError,
  attention,
  attentionFromQKV,
  matmul,
  randomMatrix,
  rng,
} from './index.js';

const runs = {numRuns: 1000};

/** |actual - expected| <= tol for every entry, with the same shape. */
function expectClose(actual: Matrix, expected: number[][], tol = 1e-12) {
  expect(actual.shape).to.equal(`${expected.length}×${expected[0].length}`);
  expected.forEach((row, i) =>
    row.forEach((x, j) => {
      const got = actual.get(i, j);
      if (x === -Infinity) expect(got, `[${i}][${j}]`).to.equal(-Infinity);
      else expect(Math.abs(got - x), `[${i}][${j}]: ${got} vs ${x}`).to.be.at.most(tol);
    }),
  );
}

describe('attention: worked example', () => {
  // Two tokens with one-hot embeddings, d_model = 2, d_head = 4 (so √d = 2 exactly).
  const x = Matrix.from([
    [1, 0],
    [0, 1],
  ]);
  const wq = Matrix.from([
    [1, 1, 0, 0],
    [0, 0, 1, 1],
  ]);
  const wk = Matrix.from([
    [1, 1, 0, 0],
    [1, 1, 1, 1],
  ]);
  const wv = Matrix.from([
    [2, 0],
    [0, 4],
  ]);
  // X is the identity, so Q = W_Q, K = W_K, V = W_V.
  // Scores Q·Kᵀ:  q0·k0 = 1+1 = 2   q0·k1 = 1+1 = 2
  //               q1·k0 = 0         q1·k1 = 1+1 = 2
  // Scaled ÷ √4 = ÷ 2:  [[1, 1], [0, 1]].
  // Row 0: softmax(1, 1) = [1/2, 1/2].
  // Row 1: softmax(0, 1) = [1/(1+e), e/(1+e)], e = 2.718281828459045:
  //        1/3.718281828459045 = 0.2689414213699951, e/3.718281828459045 = 0.7310585786300049.
  // Output = weights·V, V = diag(2, 4):
  //   row 0: [0.5·2, 0.5·4] = [1, 2]
  //   row 1: [0.2689414213699951·2, 0.7310585786300049·4] = [0.5378828427399902, 2.9242343145200196]
  const a = 0.2689414213699951;
  const b = 0.7310585786300049;

  it('matches the numbers worked out by hand', () => {
    const r = attention(x, wq, wk, wv);
    expectClose(r.q, [
      [1, 1, 0, 0],
      [0, 0, 1, 1],
    ]);
    expectClose(r.k, [
      [1, 1, 0, 0],
      [1, 1, 1, 1],
    ]);
    expectClose(r.v, [
      [2, 0],
      [0, 4],
    ]);
    expectClose(r.scores, [
      [2, 2],
      [0, 2],
    ]);
    expectClose(r.scaled, [
      [1, 1],
      [0, 1],
    ]);
    expect(r.masked).to.equal(undefined);
    expectClose(r.weights, [
      [0.5, 0.5],
      [a, b],
    ]);
    expectClose(r.output, [
      [1, 2],
      [0.5378828427399902, 2.9242343145200196],
    ]);
  });

  it('with a causal mask: token 0 sees only itself', () => {
    // Masked: [[1, -∞], [0, 1]]; row 0 becomes softmax(1, -∞) = [1, 0], row 1 is unchanged.
    const r = attention(x, wq, wk, wv, {causal: true});
    expectClose(r.masked!, [
      [1, -Infinity],
      [0, 1],
    ]);
    expectClose(r.weights, [
      [1, 0],
      [a, b],
    ]);
    expectClose(r.output, [
      [2, 0],
      [0.5378828427399902, 2.9242343145200196],
    ]);
  });

  it('unscaled: softmax of the raw scores', () => {
    // Row 1: softmax(0, 2) = [1/(1+e²), e²/(1+e²)], e² = 7.38905609893065:
    //        1/8.38905609893065 = 0.11920292202211755, 0.8807970779778823.
    const r = attention(x, wq, wk, wv, {scaled: false});
    expect(Array.from(r.scaled.data)).to.deep.equal(Array.from(r.scores.data));
    expectClose(r.weights, [
      [0.5, 0.5],
      [0.11920292202211755, 0.8807970779778823],
    ]);
  });
});

/** Attention written out as plain loops over number[][], without the module's ops. */
function plainAttention(
  x: number[][],
  wq: number[][],
  wk: number[][],
  wv: number[][],
  causal: boolean,
  scaled: boolean,
) {
  const mul = (a: number[][], b: number[][]) =>
    a.map((row) => b[0].map((_, j) => row.reduce((s, aik, k) => s + aik * b[k][j], 0)));
  const q = mul(x, wq);
  const k = mul(x, wk);
  const v = mul(x, wv);
  const d = wq[0].length;
  const weights = q.map((qi, i) => {
    const e = k.map((kj, j) => {
      if (causal && j > i) return 0;
      let dot = 0;
      for (let t = 0; t < d; t++) dot += qi[t] * kj[t];
      return Math.exp(scaled ? dot / Math.sqrt(d) : dot);
    });
    const sum = e.reduce((s, y) => s + y, 0);
    return e.map((y) => y / sum);
  });
  return {weights, output: mul(weights, v)};
}

describe('attention', () => {
  const setup = fc.record({
    seed: fc.integer({min: 0, max: 2 ** 31}),
    tokens: fc.integer({min: 1, max: 6}),
    model: fc.integer({min: 1, max: 6}),
    head: fc.integer({min: 1, max: 5}),
    valueDim: fc.integer({min: 1, max: 5}),
    causal: fc.boolean(),
    scaled: fc.boolean(),
  });

  it('agrees with a plain-loop implementation', () => {
    fc.assert(
      fc.property(setup, ({seed, tokens, model, head, valueDim, causal, scaled}) => {
        const r = rng(seed);
        const x = randomMatrix(tokens, model, r);
        const wq = randomMatrix(model, head, r, 0.5);
        const wk = randomMatrix(model, head, r, 0.5);
        const wv = randomMatrix(model, valueDim, r, 0.5);
        const got = attention(x, wq, wk, wv, {causal, scaled});
        const want = plainAttention(
          x.toArray(),
          wq.toArray(),
          wk.toArray(),
          wv.toArray(),
          causal,
          scaled,
        );
        expectClose(got.weights, want.weights, 1e-12);
        expectClose(got.output, want.output, 1e-11);
        expect('masked' in got).to.equal(causal);
      }),
      runs,
    );
  });

  it('with causal: the upper triangle is exactly 0 and rows sum to 1', () => {
    fc.assert(
      fc.property(setup, ({seed, tokens, model, head, valueDim}) => {
        const r = rng(seed);
        const x = randomMatrix(tokens, model, r, 3);
        const w = attention(
          x,
          randomMatrix(model, head, r, 3),
          randomMatrix(model, head, r, 3),
          randomMatrix(model, valueDim, r),
          {causal: true},
        ).weights;
        for (let i = 0; i < tokens; i++) {
          let sum = 0;
          for (let j = 0; j < tokens; j++) {
            if (j > i) expect(w.get(i, j) === 0, `[${i}][${j}]`).to.equal(true);
            sum += w.get(i, j);
          }
          expect(Math.abs(sum - 1)).to.be.below(1e-12);
        }
      }),
      runs,
    );
  });

  it('is attentionFromQKV of X·W_Q, X·W_K, X·W_V', () => {
    const r = rng(5);
    const x = randomMatrix(4, 3, r);
    const [wq, wk, wv] = [randomMatrix(3, 2, r), randomMatrix(3, 2, r), randomMatrix(3, 3, r)];
    const direct = attention(x, wq, wk, wv, {causal: true});
    const viaQKV = attentionFromQKV(matmul(x, wq), matmul(x, wk), matmul(x, wv), {causal: true});
    for (const key of ['q', 'k', 'v', 'scores', 'scaled', 'masked', 'weights', 'output'] as const) {
      expect(direct[key]!.toArray(), key).to.deep.equal(viaQKV[key]!.toArray());
    }
  });

  it('attentionFromQKV allows fewer queries than keys without a mask', () => {
    const r = rng(9);
    const out = attentionFromQKV(
      randomMatrix(1, 2, r),
      randomMatrix(3, 2, r),
      randomMatrix(3, 4, r),
    );
    expect(out.weights.shape).to.equal('1×3');
    expect(out.output.shape).to.equal('1×4');
  });
});

describe('attention: bad input', () => {
  const z = (r: number, c: number) => Matrix.zeros(r, c);
  const cases: Array<[string, () => unknown, string[]]> = [
    ['x cols vs wq rows', () => attention(z(3, 4), z(5, 2), z(4, 2), z(4, 2)), ['3×4', '5×2']],
    ['x cols vs wk rows', () => attention(z(3, 4), z(4, 2), z(5, 2), z(4, 2)), ['3×4', '5×2']],
    ['x cols vs wv rows', () => attention(z(3, 4), z(4, 2), z(4, 2), z(2, 2)), ['3×4', '2×2']],
    ['wq cols vs wk cols', () => attention(z(3, 4), z(4, 2), z(4, 3), z(4, 2)), ['4×2', '4×3']],
    ['q cols vs k cols', () => attentionFromQKV(z(3, 2), z(3, 5), z(3, 2)), ['3×2', '3×5']],
    ['k rows vs v rows', () => attentionFromQKV(z(3, 2), z(3, 2), z(4, 2)), ['3×2', '4×2']],
    [
      'causal with q rows vs k rows',
      () => attentionFromQKV(z(2, 2), z(3, 2), z(3, 2), {causal: true}),
      ['2×2', '3×2'],
    ],
  ];
  for (const [what, call, shapes] of cases) {
    it(`refuses ${what} with a ShapeError naming both shapes`, () => {
      expect(call).to.throw(ShapeError);
      try {
        call();
      } catch (e) {
        for (const s of shapes) expect((e as Error).message).to.contain(s);
      }
    });
  }

  for (const bad of [NaN, Infinity]) {
    it(`refuses ${bad} in x with a RangeError`, () => {
      const x = new Matrix(2, 2, Float64Array.of(1, bad, 0, 1));
      expect(() => attention(x, z(2, 2), z(2, 2), z(2, 2))).to.throw(RangeError, '[0][1]');
    });
  }
});
