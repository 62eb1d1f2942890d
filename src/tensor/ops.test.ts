import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  Matrix,
  ShapeError,
  argmax,
  causalMask,
  entropyBits,
  matmul,
  scale,
  softmaxRows,
  transpose,
} from './index.js';

const runs = {numRuns: 1000};

type Range = {min: number; max: number};

/** An r×c matrix of doubles in [min, max]. */
function matrixOf(r: number, c: number, {min, max}: Range = {min: -10, max: 10}) {
  return fc
    .array(fc.double({min, max, noNaN: true}), {minLength: r * c, maxLength: r * c})
    .map((xs) => new Matrix(r, c, Float64Array.from(xs)));
}

/** An r×c matrix whose entries are doubles in [min, max] or, about one in four, -Infinity. */
function maskedMatrixOf(r: number, c: number, {min, max}: Range) {
  const entry = fc.oneof(
    {arbitrary: fc.double({min, max, noNaN: true}), weight: 3},
    {arbitrary: fc.constant(-Infinity), weight: 1},
  );
  return fc
    .array(entry, {minLength: r * c, maxLength: r * c})
    .map((xs) => new Matrix(r, c, Float64Array.from(xs)));
}

const size = fc.integer({min: 1, max: 5});

/** Any matrix of 1..5 rows and 1..5 columns, entries in `range`. */
function anyMatrix(range?: Range) {
  return fc.tuple(size, size).chain(([r, c]) => matrixOf(r, c, range));
}

/** Rows of `m` as plain arrays. */
const rowsOf = (m: Matrix) => m.toArray();

/** Matrix product as a plain triple loop over number[][]. */
function plainMatmul(a: number[][], b: number[][]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.length; i++) {
    out.push([]);
    for (let j = 0; j < b[0].length; j++) {
      let s = 0;
      for (let k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      out[i].push(s);
    }
  }
  return out;
}

const absAll = (a: number[][]) => a.map((row) => row.map(Math.abs));

/**
 * Asserts |x - y| <= tol * bound entry by entry, with the shape of `expected`. The bound gets
 * a floor of 1e-300, since products of tiny entries underflow and a relative error means
 * nothing there.
 */
function expectClose(actual: number[][], expected: number[][], bound: number[][], tol: number) {
  expect(actual.length).to.equal(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(actual[i].length).to.equal(expected[i].length);
    for (let j = 0; j < expected[i].length; j++) {
      const err = Math.abs(actual[i][j] - expected[i][j]);
      expect(err, `entry [${i}][${j}]`).to.be.at.most(tol * bound[i][j] + 1e-300);
    }
  }
}

const rowSums = (m: Matrix) => rowsOf(m).map((row) => row.reduce((s, x) => s + x, 0));

describe('matmul', () => {
  it('agrees with a plain triple loop', () => {
    const operands = fc
      .tuple(size, size, size)
      .chain(([n, m, p]) => fc.tuple(matrixOf(n, m), matrixOf(m, p)));
    fc.assert(
      fc.property(operands, ([a, b]) => {
        const got = matmul(a, b);
        expect(got.shape).to.equal(`${a.rows}×${b.cols}`);
        const bound = plainMatmul(absAll(rowsOf(a)), absAll(rowsOf(b)));
        expectClose(rowsOf(got), plainMatmul(rowsOf(a), rowsOf(b)), bound, 1e-14);
      }),
      runs,
    );
  });

  it('is associative within a relative tolerance', () => {
    const operands = fc
      .tuple(size, size, size, size)
      .chain(([n, m, p, q]) => fc.tuple(matrixOf(n, m), matrixOf(m, p), matrixOf(p, q)));
    fc.assert(
      fc.property(operands, ([a, b, c]) => {
        const left = matmul(matmul(a, b), c);
        const right = matmul(a, matmul(b, c));
        const bound = plainMatmul(
          plainMatmul(absAll(rowsOf(a)), absAll(rowsOf(b))),
          absAll(rowsOf(c)),
        );
        expectClose(rowsOf(left), rowsOf(right), bound, 1e-13);
      }),
      runs,
    );
  });

  it('names both shapes when the inner sizes differ', () => {
    expect(() => matmul(Matrix.zeros(3, 4), Matrix.zeros(3, 4))).to.throw(
      ShapeError,
      'matmul: 3×4 · 3×4: inner sizes differ',
    );
  });
});

describe('transpose', () => {
  it('is an involution and swaps indices', () => {
    fc.assert(
      fc.property(anyMatrix(), (a) => {
        const t = transpose(a);
        expect(t.shape).to.equal(`${a.cols}×${a.rows}`);
        for (let i = 0; i < a.rows; i++) {
          for (let j = 0; j < a.cols; j++) expect(t.get(j, i)).to.equal(a.get(i, j));
        }
        expect(Array.from(transpose(t).data)).to.deep.equal(Array.from(a.data));
        expect(transpose(t).shape).to.equal(a.shape);
      }),
      runs,
    );
  });

  it('keeps -Infinity', () => {
    expect(rowsOf(transpose(Matrix.from([[1, -Infinity]])))).to.deep.equal([[1], [-Infinity]]);
  });
});

describe('scale', () => {
  it('multiplies every entry by the factor', () => {
    fc.assert(
      fc.property(anyMatrix(), fc.double({min: -1e3, max: 1e3, noNaN: true}), (a, s) => {
        const got = scale(a, s);
        expect(got.shape).to.equal(a.shape);
        expect(Array.from(got.data)).to.deep.equal(Array.from(a.data, (x) => x * s));
      }),
      runs,
    );
  });

  it('keeps -Infinity for a positive factor and refuses a non-positive one', () => {
    const m = Matrix.from([[-Infinity, 2]]);
    expect(rowsOf(scale(m, 0.5))).to.deep.equal([[-Infinity, 1]]);
    expect(() => scale(m, 0)).to.throw(RangeError, '[0][0]');
    expect(() => scale(m, -1)).to.throw(RangeError, '[0][0]');
  });

  for (const s of [NaN, Infinity, -Infinity]) {
    it(`refuses the factor ${s}`, () => {
      expect(() => scale(Matrix.zeros(1, 1), s)).to.throw(RangeError, String(s));
    });
  }
});

describe('softmaxRows', () => {
  it('rows sum to 1 (or are all 0 when fully masked)', () => {
    const m = fc.tuple(size, size).chain(([r, c]) => maskedMatrixOf(r, c, {min: -1e3, max: 1e3}));
    fc.assert(
      fc.property(m, (a) => {
        const w = softmaxRows(a);
        const sums = rowSums(w);
        for (let i = 0; i < a.rows; i++) {
          const masked = Array.from(a.row(i)).every((x) => x === -Infinity);
          if (masked) expect(Array.from(w.row(i))).to.deep.equal(new Array(a.cols).fill(0));
          else expect(Math.abs(sums[i] - 1)).to.be.below(1e-12);
          for (let j = 0; j < a.cols; j++) {
            const p = w.get(i, j);
            expect(p).to.be.within(0, 1);
            if (a.get(i, j) === -Infinity) expect(p).to.equal(0);
          }
        }
      }),
      runs,
    );
  });

  it('is unchanged by adding a constant to a row', () => {
    const cases = fc
      .tuple(size, size)
      .chain(([r, c]) =>
        fc.tuple(
          maskedMatrixOf(r, c, {min: -100, max: 100}),
          fc.array(fc.double({min: -100, max: 100, noNaN: true}), {minLength: r, maxLength: r}),
        ),
      );
    fc.assert(
      fc.property(cases, ([a, shifts]) => {
        const shifted = new Matrix(
          a.rows,
          a.cols,
          a.data.map((x, k) => x + shifts[Math.floor(k / a.cols)]),
        );
        const before = softmaxRows(a).data;
        const after = softmaxRows(shifted).data;
        for (let k = 0; k < before.length; k++) {
          expect(Math.abs(after[k] - before[k])).to.be.below(1e-12);
        }
      }),
      runs,
    );
  });

  it('matches exp(x) / Σ exp(x) for moderate scores', () => {
    fc.assert(
      fc.property(anyMatrix({min: -20, max: 20}), (a) => {
        const got = rowsOf(softmaxRows(a));
        rowsOf(a).forEach((row, i) => {
          const e = row.map(Math.exp);
          const sum = e.reduce((s, x) => s + x, 0);
          e.forEach((x, j) => expect(Math.abs(got[i][j] - x / sum)).to.be.at.most(1e-13));
        });
      }),
      runs,
    );
  });

  it('is finite and sums to 1 for scores up to ±1e300', () => {
    fc.assert(
      fc.property(anyMatrix({min: -1e300, max: 1e300}), (a) => {
        const w = softmaxRows(a);
        for (const p of w.data) expect(Number.isFinite(p)).to.equal(true);
        for (const s of rowSums(w)) expect(Math.abs(s - 1)).to.be.below(1e-12);
      }),
      runs,
    );
  });

  it('gives [1, 0, 0] for [1e300, -1e300, 0]', () => {
    expect(rowsOf(softmaxRows(Matrix.from([[1e300, -1e300, 0]])))).to.deep.equal([[1, 0, 0]]);
    expect(rowsOf(softmaxRows(Matrix.from([[-1e308, 1e308]])))).to.deep.equal([[0, 1]]);
  });

  it('gives exactly 0 to -Infinity and zeros (not NaN) to a fully masked row', () => {
    const w = softmaxRows(
      Matrix.from([
        [0, -Infinity, 0],
        [-Infinity, -Infinity, -Infinity],
      ]),
    );
    expect(rowsOf(w)).to.deep.equal([
      [0.5, 0, 0.5],
      [0, 0, 0],
    ]);
  });
});

describe('causalMask', () => {
  it('sets the entries above the diagonal to -Infinity and copies the rest', () => {
    const square = size.chain((n) => matrixOf(n, n));
    fc.assert(
      fc.property(square, (a) => {
        const m = causalMask(a);
        expect(m.shape).to.equal(a.shape);
        for (let i = 0; i < a.rows; i++) {
          for (let j = 0; j < a.cols; j++) {
            expect(m.get(i, j)).to.equal(j > i ? -Infinity : a.get(i, j));
          }
        }
      }),
      runs,
    );
  });

  it('refuses a matrix that is not square', () => {
    expect(() => causalMask(Matrix.zeros(2, 3))).to.throw(ShapeError, '2×3');
  });
});

describe('entropyBits', () => {
  it('lies in [0, log2 n] for softmax rows', () => {
    fc.assert(
      fc.property(anyMatrix({min: -30, max: 30}), (a) => {
        const w = softmaxRows(a);
        for (let i = 0; i < w.rows; i++) {
          const h = entropyBits(w.row(i));
          expect(h).to.be.at.least(0);
          expect(h).to.be.at.most(Math.log2(w.cols) + 1e-12);
        }
      }),
      runs,
    );
  });

  it('is exactly 0 for a one-hot row', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 64}).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1))),
        ([n, hot]) => {
          const p = new Float64Array(n);
          p[hot] = 1;
          expect(entropyBits(p)).to.equal(0);
        },
      ),
      runs,
    );
  });

  it('is log2 n for a uniform row', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 256}), (n) => {
        const p = new Array<number>(n).fill(1 / n);
        expect(Math.abs(entropyBits(p) - Math.log2(n))).to.be.below(1e-12);
      }),
      runs,
    );
    expect(entropyBits([0.5, 0.5])).to.equal(1);
    expect(entropyBits([0.25, 0.25, 0.25, 0.25])).to.equal(2);
  });

  it('treats 0 · log 0 as 0', () => {
    expect(entropyBits([0.5, 0, 0.5, 0])).to.equal(1);
  });
});

describe('argmax', () => {
  it('returns the index of the first largest entry', () => {
    const row = fc.array(fc.oneof(fc.integer({min: -3, max: 3}), fc.constant(-Infinity)), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(row, (xs) => {
        expect(argmax(xs)).to.equal(xs.indexOf(Math.max(...xs)));
      }),
      runs,
    );
    expect(argmax(Float64Array.of(1, 3, 3, 2))).to.equal(1);
  });
});

describe('bad input', () => {
  /** A 2×2 matrix whose entry [1][0] is `x`; the constructor does not check entries. */
  const withAt10 = (x: number) => new Matrix(2, 2, Float64Array.of(1, 2, x, 4));
  const ok = Matrix.from([
    [1, 2],
    [3, 4],
  ]);

  const shapeCases: Array<[string, () => unknown, string[]]> = [
    ['matmul', () => matmul(Matrix.zeros(2, 3), Matrix.zeros(4, 5)), ['2×3', '4×5']],
    ['matmul (same shapes)', () => matmul(Matrix.zeros(3, 4), Matrix.zeros(3, 4)), ['3×4 · 3×4']],
    ['causalMask', () => causalMask(Matrix.zeros(2, 3)), ['2×3', '2×2', '3×3']],
  ];
  for (const [op, call, shapes] of shapeCases) {
    it(`${op} refuses mismatched shapes with a ShapeError naming them`, () => {
      expect(call).to.throw(ShapeError);
      try {
        call();
      } catch (e) {
        for (const s of shapes) expect((e as Error).message).to.contain(s);
      }
    });
  }

  const ops: Array<[string, (m: Matrix) => unknown]> = [
    ['matmul (left)', (m) => matmul(m, ok)],
    ['matmul (right)', (m) => matmul(ok, m)],
    ['transpose', (m) => transpose(m)],
    ['scale', (m) => scale(m, 2)],
    ['softmaxRows', (m) => softmaxRows(m)],
    ['causalMask', (m) => causalMask(m)],
    ['entropyBits', (m) => entropyBits(Array.from(m.data))],
    ['argmax', (m) => argmax(m.data)],
  ];
  for (const [op, call] of ops) {
    for (const x of [NaN, Infinity]) {
      it(`${op} refuses ${x} with a RangeError naming the entry`, () => {
        const where = op === 'entropyBits' || op === 'argmax' ? '[2]' : '[1][0]';
        expect(() => call(withAt10(x))).to.throw(RangeError, where);
      });
    }
  }

  it('matmul refuses -Infinity (it would make NaN against a 0)', () => {
    expect(() => matmul(withAt10(-Infinity), ok)).to.throw(RangeError, '[1][0]');
  });

  it('entropyBits refuses a negative entry and an empty row', () => {
    expect(() => entropyBits([0.5, -0.1, 0.6])).to.throw(RangeError, '[1]');
    expect(() => entropyBits([])).to.throw(RangeError, 'empty');
  });

  it('argmax refuses an empty row', () => {
    expect(() => argmax([])).to.throw(RangeError, 'empty');
  });
});
