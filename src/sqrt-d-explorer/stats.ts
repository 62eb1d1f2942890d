import {rng, type Rng} from '../tensor/index.js';

/** Mean max probability of softmax over many random draws at one d, with and without ÷√d. */
export interface DrawStats {
  d: number;
  unscaled: number;
  scaled: number;
}

/** Draws per d behind each point of the chart. */
export const DRAWS = 600;

/**
 * Standard normal draws from a seeded generator by the Box–Muller transform, keeping both
 * values of each pair (half the logarithms and square roots of one value per pair).
 */
export class NormalStream {
  private spare = 0;
  private hasSpare = false;
  constructor(private readonly r: Rng) {}

  next(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.r()));
    const angle = 2 * Math.PI * this.r();
    this.spare = radius * Math.sin(angle);
    this.hasSpare = true;
    return radius * Math.cos(angle);
  }

  /** Fills `out` with independent draws and returns it. */
  fill(out: Float64Array): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = this.next();
    return out;
  }
}

/**
 * A Gamma(shape, 1) draw (Marsaglia and Tsang's squeeze method; shapes below 1 through the
 * boost Gamma(a) = Gamma(a + 1) · U^(1/a)).
 */
function gamma(shape: number, r: Rng, n: NormalStream): number {
  if (shape < 1) return gamma(shape + 1, r, n) * Math.pow(1 - r(), 1 / shape);
  const dd = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * dd);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = n.next();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - r();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return dd * v;
    if (Math.log(u) < 0.5 * x2 + dd * (1 - v + Math.log(v))) return dd * v;
  }
}

/**
 * The mean max probability of softmax(q·Kᵀ) and softmax(q·Kᵀ/√d) over `draws` draws of a
 * query q and `keys` keys, all with independent N(0, 1) components of length d.
 *
 * It does not draw the 9·d components of every vector (7 million normals per point at
 * d = 4096). It samples the scores exactly in distribution instead: for a fixed q, each
 * q·kⱼ = Σ qᵢ kⱼᵢ is normal with mean 0 and variance ‖q‖², independently across keys, and
 * ‖q‖² follows a chi-squared law with d degrees of freedom (twice a Gamma(d/2) draw). So one
 * draw costs one Gamma draw and `keys` normals, whatever d is.
 */
export function meanMaxProb(d: number, keys: number, seed: number, draws = DRAWS): DrawStats {
  // Each d gets its own stream, so a point does not depend on which points came before it.
  const r = rng((Math.imul(seed | 0, 0x27d4eb2d) ^ Math.imul(d, 0x9e3779b1)) | 0);
  const n = new NormalStream(r);
  const z = new Float64Array(keys);
  const invSqrtD = 1 / Math.sqrt(d);
  let sumUnscaled = 0;
  let sumScaled = 0;
  for (let t = 0; t < draws; t++) {
    const norm = Math.sqrt(2 * gamma(d / 2, r, n));
    let max = -Infinity;
    for (let j = 0; j < keys; j++) {
      const s = norm * n.next();
      z[j] = s;
      if (s > max) max = s;
    }
    // The max probability is exp(max − max) / Σ exp(sⱼ − max) = 1 / Σ exp(sⱼ − max).
    let sumU = 0;
    let sumS = 0;
    for (let j = 0; j < keys; j++) {
      const gap = z[j] - max;
      sumU += Math.exp(gap);
      sumS += Math.exp(gap * invSqrtD);
    }
    sumUnscaled += 1 / sumU;
    sumScaled += 1 / sumS;
  }
  return {d, unscaled: sumUnscaled / draws, scaled: sumScaled / draws};
}

/**
 * Caches `make(d, keys, seed)` per d for the latest (keys, seed): switching d back and forth
 * is a lookup, and a new key count or seed starts afresh.
 */
export class PerDCache<T> {
  private key = '';
  private readonly byD = new Map<number, T>();

  constructor(private readonly make: (d: number, keys: number, seed: number) => T) {}

  /** Whether `get(d, keys, seed)` is a lookup (already made). */
  has(d: number, keys: number, seed: number): boolean {
    return `${keys}:${seed}` === this.key && this.byD.has(d);
  }

  get(d: number, keys: number, seed: number): T {
    const key = `${keys}:${seed}`;
    if (key !== this.key) {
      this.key = key;
      this.byD.clear();
    }
    let value = this.byD.get(d);
    if (value === undefined) {
      value = this.make(d, keys, seed);
      this.byD.set(d, value);
    }
    return value;
  }
}

/**
 * One draw's random query and keys for (d, keys, seed): from one stream seeded by `seed`, the
 * query first, then the keys row by row.
 */
export function drawVectors(d: number, keys: number, seed: number) {
  const normals = new NormalStream(rng(seed));
  return {q: normals.fill(new Float64Array(d)), k: normals.fill(new Float64Array(keys * d))};
}
