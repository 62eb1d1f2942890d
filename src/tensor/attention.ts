import {Matrix, ShapeError} from './matrix.js';
import {causalMask, matmul, scale, softmaxRows, transpose} from './ops.js';

/** Options for {@link attention} and {@link attentionFromQKV}. */
export interface AttentionOptions {
  /** Mask the scores so each token attends only to itself and earlier tokens. Default false. */
  causal?: boolean;
  /** Divide the scores by √d, d the number of columns of Q (d_head). Default true. */
  scaled?: boolean;
}

/** Every intermediate of one attention head, each a new {@link Matrix}. */
export interface AttentionResult {
  /** Queries, one row per token: X·W_Q. */
  q: Matrix;
  /** Keys, one row per token: X·W_K. */
  k: Matrix;
  /** Values, one row per token: X·W_V. */
  v: Matrix;
  /** Raw scores Q·Kᵀ: row i holds query i against every key. */
  scores: Matrix;
  /** Scores ÷ √d (d = columns of Q). With `scaled: false`, the `scores` matrix itself. */
  scaled: Matrix;
  /** `scaled` with the upper triangle set to -Infinity; present only with `causal: true`. */
  masked?: Matrix;
  /** Softmax of each row of `masked` (causal) or `scaled`: each row sums to 1. */
  weights: Matrix;
  /** Weights·V: one output row per query. */
  output: Matrix;
}

/**
 * Attention from ready-made queries, keys and values:
 * `softmax(Q·Kᵀ / √d)·V`, d = `q.cols`, keeping every intermediate.
 *
 * `q` and `k` need the same number of columns, `k` and `v` the same number of rows, and with
 * `causal: true` `q` and `k` the same number of rows (else `ShapeError`, naming both shapes).
 * `NaN` or infinite entries are a `RangeError`.
 */
export function attentionFromQKV(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  {causal = false, scaled = true}: AttentionOptions = {},
): AttentionResult {
  if (q.cols !== k.cols) {
    throw new ShapeError(
      `attention: q ${q.shape}, k ${k.shape}: queries and keys need the same number of columns`,
    );
  }
  if (k.rows !== v.rows) {
    throw new ShapeError(
      `attention: k ${k.shape}, v ${v.shape}: keys and values need the same number of rows`,
    );
  }
  if (causal && q.rows !== k.rows) {
    throw new ShapeError(
      `attention: q ${q.shape}, k ${k.shape}: a causal mask needs as many queries as keys`,
    );
  }
  const scores = matmul(q, transpose(k));
  const scaledScores = scaled ? scale(scores, 1 / Math.sqrt(q.cols)) : scores;
  const masked = causal ? causalMask(scaledScores) : undefined;
  const weights = softmaxRows(masked ?? scaledScores);
  const output = matmul(weights, v);
  const result: AttentionResult = {q, k, v, scores, scaled: scaledScores, weights, output};
  if (masked) result.masked = masked;
  return result;
}

/**
 * One attention head over the token rows of `x`: Q = X·W_Q, K = X·W_K, V = X·W_V, then
 * `softmax(Q·Kᵀ / √d)·V` with d = columns of W_Q, returning every intermediate.
 *
 * `x.cols` must equal the rows of `wq`, `wk` and `wv`, and `wq` and `wk` need the same number
 * of columns (else `ShapeError`, naming both shapes). `NaN` or infinite entries are a
 * `RangeError`.
 */
export function attention(
  x: Matrix,
  wq: Matrix,
  wk: Matrix,
  wv: Matrix,
  options: AttentionOptions = {},
): AttentionResult {
  for (const [name, w] of [
    ['wq', wq],
    ['wk', wk],
    ['wv', wv],
  ] as const) {
    if (w.rows !== x.cols) {
      throw new ShapeError(
        `attention: x ${x.shape} · ${name} ${w.shape}: x has ${x.cols} columns, ${name} has ${w.rows} rows`,
      );
    }
  }
  if (wq.cols !== wk.cols) {
    throw new ShapeError(
      `attention: wq ${wq.shape}, wk ${wk.shape}: queries and keys need the same number of columns`,
    );
  }
  return attentionFromQKV(matmul(x, wq), matmul(x, wk), matmul(x, wv), options);
}
