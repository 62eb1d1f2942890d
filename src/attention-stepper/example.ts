import {randomMatrix, rng} from '../tensor/index.js';
import type {AttentionStepperStrings} from './strings.js';

/** At most this many tokens, model dimensions and head dimensions. */
export const MAX_SIZE = 16;

/** The default sentence. */
export const DEFAULT_TOKENS = 'The cat sat';

/**
 * Hand-chosen embeddings (d-model 4): small numbers with at most one decimal, so every cell of
 * every step can be checked by hand.
 */
export const DEFAULT_EMBEDDINGS: Readonly<Record<string, readonly number[]>> = {
  The: [1, 0, 1, 0],
  cat: [0, 2, 0, 1],
  sat: [1, 1, 0, 0.5],
};

/**
 * Hand-chosen 4×4 projections. With the default embeddings they make "sat" attend mostly to
 * "cat" (0.59), "cat" mostly to itself, and "The" spread over all three.
 */
export const DEFAULT_WQ: readonly (readonly number[])[] = [
  [0.5, 0, 1, 0],
  [0, 1, 0, 0.5],
  [1, 0, 0, 0],
  [0, 1, 0, 0],
];
export const DEFAULT_WK: readonly (readonly number[])[] = [
  [0, 0, 1, -0.5],
  [0, 1, 0, 0],
  [0.5, 0, 0, 0],
  [0, 0.5, 0, 1],
];
export const DEFAULT_WV: readonly (readonly number[])[] = [
  [1, 0, 0.5, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [0, 0.5, 0, 1],
];

/** The seed of generated weights when neither matrices nor `seed` are given and the sizes differ from 4×4. */
export const WEIGHT_SEED = 1;

/** What the page supplied. */
export interface ExampleInput {
  tokens: string;
  dModel: unknown;
  dHead: unknown;
  seed: unknown;
  x?: unknown;
  wq?: unknown;
  wk?: unknown;
  wv?: unknown;
}

/** A checked example: the tokens and the four input matrices. */
export interface Example {
  tokens: string[];
  x: number[][];
  wq: number[][];
  wk: number[][];
  wv: number[][];
}

export type ExampleOutcome = {ok: true; example: Example} | {ok: false; message: string};

/** Rounds to one decimal (and turns −0 into 0), so generated numbers stay checkable by hand. */
const oneDecimal = (v: number) => Math.round(v * 10) / 10 + 0;

function generated(rows: number, cols: number, r: () => number, std: number): number[][] {
  return randomMatrix(rows, cols, r, std)
    .toArray()
    .map((row) => row.map(oneDecimal));
}

/** FNV-1a hash of a token's text: the seed of that token's embedding. */
export function tokenSeed(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rejected extends Error {}

function isWholeInRange(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** Checks that `value` is a rectangular array of finite numbers and returns a copy. */
function readMatrix(name: string, value: unknown, s: AttentionStepperStrings): number[][] {
  if (!Array.isArray(value) || value.length === 0) throw new Rejected(s.errorNotMatrix(name));
  const rows = value as unknown[];
  if (!rows.every((row) => Array.isArray(row) && row.length > 0)) {
    throw new Rejected(s.errorNotMatrix(name));
  }
  const width = (rows[0] as unknown[]).length;
  return rows.map((row, i) => {
    const r = row as unknown[];
    if (r.length !== width) throw new Rejected(s.errorRagged(name, i, r.length, width));
    return r.map((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Rejected(s.errorNotNumber(name, i, j));
      return v;
    });
  });
}

const shape = (m: number[][]) => `${m.length}×${m[0].length}`;

/**
 * Builds the example from the page's inputs. Matrices the page gave are used as they are and
 * set the sizes; the missing ones are generated:
 * - with `seed`: X, then W_Q, W_K, W_V drawn from `rng(seed)` (X with std 1, the weights with
 *   std 1/√d-model), rounded to one decimal;
 * - without: each token's embedding row is the hand-chosen one for "The", "cat", "sat" at
 *   d-model 4, otherwise drawn from a seed hashed from the token's text (so a word always gets
 *   the same row); the weights are the hand-chosen ones at 4×4, otherwise drawn from seed 1.
 */
export function buildExample(input: ExampleInput, s: AttentionStepperStrings): ExampleOutcome {
  try {
    const tokens = String(input.tokens ?? '')
      .split(/\s+/)
      .filter(Boolean);
    if (!tokens.length) throw new Rejected(s.errorTokensEmpty);
    if (tokens.length > MAX_SIZE) throw new Rejected(s.errorTooManyTokens(tokens.length, MAX_SIZE));
    if (!isWholeInRange(input.dModel, 1, MAX_SIZE)) {
      throw new Rejected(s.errorDim('d-model', String(input.dModel), MAX_SIZE));
    }
    if (!isWholeInRange(input.dHead, 1, MAX_SIZE)) {
      throw new Rejected(s.errorDim('d-head', String(input.dHead), MAX_SIZE));
    }
    const seeded = input.seed !== undefined && input.seed !== null;
    if (seeded && !(typeof input.seed === 'number' && Number.isSafeInteger(input.seed))) {
      throw new Rejected(s.errorSeed(String(input.seed)));
    }
    const given = {
      x: input.x == null ? undefined : readMatrix('x', input.x, s),
      wq: input.wq == null ? undefined : readMatrix('wq', input.wq, s),
      wk: input.wk == null ? undefined : readMatrix('wk', input.wk, s),
      wv: input.wv == null ? undefined : readMatrix('wv', input.wv, s),
    };
    const n = tokens.length;
    const dModel =
      given.x?.[0].length ??
      given.wq?.length ??
      given.wk?.length ??
      given.wv?.length ??
      input.dModel;
    const dHead = given.wq?.[0].length ?? given.wk?.[0].length ?? input.dHead;
    const dValue = given.wv?.[0].length ?? dHead;
    const expect = (
      name: string,
      m: number[][] | undefined,
      rows: number,
      cols: number,
      why: string,
    ) => {
      if (m && (m.length !== rows || m[0].length !== cols)) {
        throw new Rejected(s.errorShape(name, shape(m), `${rows}×${cols}`, why));
      }
    };
    expect('x', given.x, n, dModel, s.whyTokens);
    expect('wq', given.wq, dModel, dHead, s.whyModel);
    expect('wk', given.wk, dModel, dHead, given.wk?.length === dModel ? s.whyHead : s.whyModel);
    expect('wv', given.wv, dModel, dValue, s.whyModel);
    for (const [name, m] of Object.entries(given)) {
      if (m && (m[0].length > MAX_SIZE || m.length > MAX_SIZE)) {
        throw new Rejected(s.errorTooWide(name, shape(m), MAX_SIZE));
      }
    }

    let x: number[][];
    let wq: number[][];
    let wk: number[][];
    let wv: number[][];
    if (seeded) {
      const r = rng(input.seed as number);
      const wStd = 1 / Math.sqrt(dModel);
      x = generated(n, dModel, r, 1);
      wq = generated(dModel, dHead, r, wStd);
      wk = generated(dModel, dHead, r, wStd);
      wv = generated(dModel, dValue, r, wStd);
    } else {
      x = tokens.map((t) =>
        dModel === 4 && Object.hasOwn(DEFAULT_EMBEDDINGS, t)
          ? [...DEFAULT_EMBEDDINGS[t]]
          : generated(1, dModel, rng(tokenSeed(t)), 1)[0],
      );
      if (dModel === 4 && dHead === 4 && dValue === 4) {
        [wq, wk, wv] = [DEFAULT_WQ, DEFAULT_WK, DEFAULT_WV].map((m) => m.map((row) => [...row]));
      } else {
        const r = rng(WEIGHT_SEED);
        const wStd = 1 / Math.sqrt(dModel);
        wq = generated(dModel, dHead, r, wStd);
        wk = generated(dModel, dHead, r, wStd);
        wv = generated(dModel, dValue, r, wStd);
      }
    }
    return {
      ok: true,
      example: {
        tokens,
        x: given.x ?? x,
        wq: given.wq ?? wq,
        wk: given.wk ?? wk,
        wv: given.wv ?? wv,
      },
    };
  } catch (e) {
    if (e instanceof Rejected) return {ok: false, message: e.message};
    throw e;
  }
}
