import {Matrix, ShapeError} from './matrix.js';

/** Entry `index` of the row-major data of `m`, written `[row][column]`. */
function position(m: Matrix, index: number): string {
  return `[${Math.floor(index / m.cols)}][${index % m.cols}]`;
}

/** The error for a `NaN` or `+Infinity` entry of an operand that allows `-Infinity`. */
function notAllowed(op: string, name: string, m: Matrix, index: number): RangeError {
  return new RangeError(
    `${op}: ${name} entry ${position(m, index)} is ${m.data[index]}; entries must be finite or -Infinity`,
  );
}

/** Refuses any entry of `m` that is not finite (`NaN`, `+Infinity` or `-Infinity`). */
function requireFinite(op: string, name: string, m: Matrix): void {
  const d = m.data;
  for (let k = 0; k < d.length; k++) {
    const x = d[k];
    if (x - x !== 0) {
      throw new RangeError(
        `${op}: ${name} entry ${position(m, k)} is ${x}; entries must be finite`,
      );
    }
  }
}

/**
 * The matrix product a·b. `a.cols` must equal `b.rows` (else `ShapeError`) and every entry
 * of both must be finite (else `RangeError`: a `-Infinity` would turn into `NaN` against a 0).
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new ShapeError(`matmul: ${a.shape} · ${b.shape}: inner sizes differ`);
  }
  requireFinite('matmul', 'left', a);
  requireFinite('matmul', 'right', b);
  const n = a.rows;
  const m = a.cols;
  const p = b.cols;
  const ad = a.data;
  const bd = b.data;
  const out = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const ai = i * m;
    const oi = i * p;
    for (let k = 0; k < m; k++) {
      const aik = ad[ai + k];
      const bk = k * p;
      for (let j = 0; j < p; j++) out[oi + j] += aik * bd[bk + j];
    }
  }
  return new Matrix(n, p, out);
}

/** The transpose aᵀ: entry (j, i) of the result is entry (i, j) of `a`. */
export function transpose(a: Matrix): Matrix {
  const r = a.rows;
  const c = a.cols;
  const d = a.data;
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    const ai = i * c;
    for (let j = 0; j < c; j++) {
      const x = d[ai + j];
      if (!(x < Infinity)) throw notAllowed('transpose', 'input', a, ai + j);
      out[j * r + i] = x;
    }
  }
  return new Matrix(c, r, out);
}

/**
 * Every entry of `a` times `s`. `s` must be finite (else `RangeError`). A `-Infinity` entry
 * (masked) stays `-Infinity` when `s > 0`; scaling one by `s <= 0` is a `RangeError`, since
 * the result would be `NaN` or `+Infinity`.
 */
export function scale(a: Matrix, s: number): Matrix {
  if (typeof s !== 'number' || !Number.isFinite(s)) {
    throw new RangeError(`scale: factor must be a finite number, got ${String(s)}`);
  }
  const d = a.data;
  const out = new Float64Array(d.length);
  const positive = s > 0;
  for (let k = 0; k < d.length; k++) {
    const x = d[k];
    if (!(x < Infinity)) throw notAllowed('scale', 'input', a, k);
    if (x === -Infinity && !positive) {
      throw new RangeError(
        `scale: input entry ${position(a, k)} is -Infinity and the factor ${s} is not positive`,
      );
    }
    out[k] = x * s;
  }
  return new Matrix(a.rows, a.cols, out);
}

/**
 * Softmax of each row: `exp(x - max) / Σ exp(x - max)`, with the row maximum subtracted so
 * the result is finite for any finite input, however large. A `-Infinity` entry gets exactly
 * 0; a row that is all `-Infinity` (fully masked) gets all zeros, never `NaN`.
 * `NaN` or `+Infinity` in `a` is a `RangeError`.
 */
export function softmaxRows(a: Matrix): Matrix {
  const r = a.rows;
  const c = a.cols;
  const d = a.data;
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    const start = i * c;
    const end = start + c;
    let max = -Infinity;
    for (let k = start; k < end; k++) {
      const x = d[k];
      if (!(x < Infinity)) throw notAllowed('softmaxRows', 'input', a, k);
      if (x > max) max = x;
    }
    if (max === -Infinity) continue;
    let sum = 0;
    for (let k = start; k < end; k++) {
      const e = Math.exp(d[k] - max);
      out[k] = e;
      sum += e;
    }
    for (let k = start; k < end; k++) out[k] /= sum;
  }
  return new Matrix(r, c, out);
}

/**
 * Causal (look-back-only) mask of a square score matrix: every entry above the diagonal
 * (column j > row i, a later token) becomes `-Infinity`; the rest are copied. A non-square
 * matrix is a `ShapeError`; `NaN` or `+Infinity` is a `RangeError`.
 */
export function causalMask(scores: Matrix): Matrix {
  const n = scores.rows;
  if (scores.cols !== n) {
    throw new ShapeError(
      `causalMask: ${scores.shape}: scores must be square (${n}×${n} or ${scores.cols}×${scores.cols})`,
    );
  }
  const d = scores.data;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const si = i * n;
    for (let j = 0; j < n; j++) {
      const x = d[si + j];
      if (!(x < Infinity)) throw notAllowed('causalMask', 'input', scores, si + j);
      out[si + j] = j > i ? -Infinity : x;
    }
  }
  return new Matrix(n, n, out);
}

/**
 * Shannon entropy, in bits, of a probability row: `-Σ p log₂ p`, with `0 · log₂ 0 = 0`.
 * The row is taken as given, not renormalised; for a distribution over n outcomes the result
 * lies in [0, log₂ n]. An empty row, or an entry that is negative, `NaN` or `+Infinity`, is a
 * `RangeError`.
 */
export function entropyBits(p: ArrayLike<number>): number {
  const n = p.length;
  if (n === 0) throw new RangeError('entropyBits: empty row');
  let h = 0;
  for (let k = 0; k < n; k++) {
    const x = p[k];
    if (!(x >= 0 && x < Infinity)) {
      throw new RangeError(
        `entropyBits: entry [${k}] is ${x}; probabilities must be finite and ≥ 0`,
      );
    }
    if (x > 0) h -= x * Math.log2(x);
  }
  return h;
}

/**
 * Index of the largest entry of `row` (the first one, on a tie). An empty row, or a `NaN`
 * or `+Infinity` entry, is a `RangeError`.
 */
export function argmax(row: ArrayLike<number>): number {
  const n = row.length;
  if (n === 0) throw new RangeError('argmax: empty row');
  let best = 0;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const x = row[k];
    if (!(x < Infinity)) {
      throw new RangeError(`argmax: entry [${k}] is ${x}; entries must be finite or -Infinity`);
    }
    if (x > max) {
      max = x;
      best = k;
    }
  }
  return best;
}
