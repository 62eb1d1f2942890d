import {Matrix} from './matrix.js';

/** A source of uniform random numbers in [0, 1). */
export type Rng = () => number;

/** A 32-bit integer hash (splitmix32 finaliser): spreads nearby seeds far apart. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) | 0;
}

/**
 * A seeded random number generator (sfc32, seeded through a splitmix32 hash of `seed`).
 * It uses only 32-bit integer arithmetic, so a seed gives the same sequence in every browser
 * and in Node. Each call returns a multiple of 2⁻³² in [0, 1).
 *
 * `seed` must be a safe integer (negative is fine); anything else is a `RangeError`.
 */
export function rng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`rng: seed must be a safe integer, got ${String(seed)}`);
  }
  const low = seed | 0;
  const high = Math.floor(seed / 0x100000000) | 0;
  let a = mix32(low);
  let b = mix32(a ^ 0x6a09e667);
  let c = mix32(b ^ 0x3c6ef372);
  let d = mix32(high ^ 0x510e527f);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 0x100000000;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/**
 * A standard normal draw (mean 0, standard deviation 1) by the Box–Muller transform, using
 * two calls of `r`. The draw repeats exactly for a repeated `r` sequence within one engine;
 * across engines it may differ in the last bits, since `Math.log` and `Math.cos` may round
 * differently.
 */
export function normal(r: Rng): number {
  const u = 1 - r(); // in (0, 1], so the logarithm is finite
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * A rows×cols matrix of independent normal draws with mean 0 and standard deviation `std`,
 * filled row by row. `std` must be finite and ≥ 0 (else `RangeError`).
 */
export function randomMatrix(rows: number, cols: number, r: Rng, std = 1): Matrix {
  if (!(std >= 0 && std < Infinity)) {
    throw new RangeError(`randomMatrix: std must be finite and ≥ 0, got ${std}`);
  }
  const m = Matrix.zeros(rows, cols);
  const d = m.data;
  for (let k = 0; k < d.length; k++) d[k] = normal(r) * std + 0; // + 0 turns -0 into 0
  return m;
}
