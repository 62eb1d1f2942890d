import {
  Matrix,
  causalMask,
  matmul,
  randomMatrix,
  rng,
  scale,
  softmaxRows,
  transpose,
} from '../tensor/index.js';
import {heatRangeOf, type HeatRange} from '../internal/heat.js';
import type {CausalMaskViewStrings} from './strings.js';

/** The most tokens the widget accepts. */
export const MAX_TOKENS = 128;

/** What one mode (mask on or off) shows. */
export interface ModeView {
  /** Scores going into softmax: the masked scores when causal, the scaled scores otherwise. */
  masked: Matrix;
  weights: Matrix;
  /** `masked` and `weights` as plain arrays (the shape `result` returns). */
  maskedRows: number[][];
  weightsRows: number[][];
  rowSums: number[];
  weightRange: HeatRange;
  /**
   * The colour range of the compact weights map: 0 to the 98th percentile of the non-zero
   * weights, so that with many tokens the many small weights are not all drawn blank.
   */
  compactRange: HeatRange;
}

/** Everything the widget draws for one accepted input; both modes are computed up front. */
export interface MaskModel {
  tokens: string[];
  n: number;
  d: number;
  q: number[][];
  k: number[][];
  /** Q·Kᵀ before scaling. */
  raw: number[][];
  scaled: Matrix;
  scaledRows: number[][];
  scoreRange: HeatRange;
  on: ModeView;
  off: ModeView;
}

/** Raised for input the widget refuses; the message is shown to the reader. */
export class InputError extends Error {}

/** Splits the `tokens` attribute on white space. */
export function parseTokens(text: string | null | undefined): string[] {
  return String(text ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  return `a ${typeof value}`;
}

/** Checks that `m` is an n×d array of finite numbers (d = `cols` when given). */
function checkMatrix(
  name: string,
  m: unknown,
  n: number,
  cols: number | undefined,
  s: CausalMaskViewStrings,
): number[][] {
  const expected = (c: number | string) => `${n}×${c} (one row per token)`;
  if (!Array.isArray(m) || m.length !== n) {
    throw new InputError(s.errorShape(name, expected(cols ?? 'd'), describe(m)));
  }
  const d = cols ?? (Array.isArray(m[0]) ? m[0].length : 0);
  if (!(d >= 1)) throw new InputError(s.errorShape(name, expected('d'), describe(m[0])));
  m.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== d) {
      throw new InputError(s.errorShape(`${name}[${i}]`, `a row of ${d} numbers`, describe(row)));
    }
    row.forEach((x: unknown, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        throw new InputError(s.errorEntry(name, i, j, describe(x)));
      }
    });
  });
  return m as number[][];
}

function modeView(scores: Matrix): ModeView {
  const weights = softmaxRows(scores);
  const weightsRows = weights.toArray();
  const rowSums = weightsRows.map((row) => row.reduce((a, b) => a + b, 0));
  let max = 0;
  for (const x of weights.data) if (x > max) max = x;
  const nonZero = weights.data.filter((x) => x > 0).sort();
  const high = nonZero[Math.floor((nonZero.length - 1) * 0.98)] || max || 1;
  return {
    compactRange: {min: 0, max: high},
    masked: scores,
    weights,
    maskedRows: scores.toArray(),
    weightsRows,
    rowSums,
    weightRange: {min: 0, max: max || 1},
  };
}

/**
 * Validates the inputs and computes both modes. Q and K not given are drawn from `seed`
 * (standard normal entries, Q first, then K). Throws {@link InputError} for bad input.
 */
export function buildModel(
  input: {tokens: string; seed: number; dHead: number; q?: unknown; k?: unknown},
  s: CausalMaskViewStrings,
): MaskModel {
  const tokens = parseTokens(input.tokens);
  const n = tokens.length;
  if (n === 0) throw new InputError(s.errorNoTokens);
  if (n > MAX_TOKENS) throw new InputError(s.errorTooMany(n, MAX_TOKENS));
  const {seed, dHead} = input;
  if (!Number.isSafeInteger(seed)) throw new InputError(s.errorSeed(String(seed)));
  let q = input.q == null ? undefined : checkMatrix('q', input.q, n, undefined, s);
  let k = input.k == null ? undefined : checkMatrix('k', input.k, n, q?.[0].length, s);
  const d = q?.[0].length ?? k?.[0].length ?? dHead;
  if (!Number.isInteger(d) || d < 1 || d > 64) throw new InputError(s.errorDHead(String(dHead)));
  const random = rng(seed);
  const qm = q ? Matrix.from(q) : randomMatrix(n, d, random);
  const km = k ? Matrix.from(k) : randomMatrix(n, d, random);
  q ??= qm.toArray();
  k ??= km.toArray();
  const rawM = matmul(qm, transpose(km));
  const scaled = scale(rawM, 1 / Math.sqrt(d));
  const scaledRows = scaled.toArray();
  return {
    tokens,
    n,
    d,
    q,
    k,
    raw: rawM.toArray(),
    scaled,
    scaledRows,
    scoreRange: heatRangeOf(scaledRows),
    on: modeView(causalMask(scaled)),
    off: modeView(scaled),
  };
}
