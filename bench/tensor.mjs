// Tensor speed: attention forward (Q, K, V projections, QKᵀ, ÷√d, softmax, ·V) at n tokens and
// d = 64, ours against a hand-written Float64Array loop and against mathjs, in one run.
import {build} from 'esbuild';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import * as math from 'mathjs';

async function loadTensor() {
  const out = join(mkdtempSync(join(tmpdir(), 'aw-bench-')), 'tensor.mjs');
  await build({
    entryPoints: [new URL('../src/tensor/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2021',
    outfile: out,
    logLevel: 'error',
  });
  return import(pathToFileURL(out).href);
}

/** The same computation written directly over Float64Arrays: the yardstick. */
function loopAttention(x, wq, wk, wv, n, dm, d) {
  const proj = (w) => {
    const out = new Float64Array(n * d);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < dm; k++) {
        const a = x[i * dm + k];
        for (let j = 0; j < d; j++) out[i * d + j] += a * w[k * d + j];
      }
    return out;
  };
  const q = proj(wq);
  const kk = proj(wk);
  const v = proj(wv);
  const s = new Float64Array(n * n);
  const inv = 1 / Math.sqrt(d);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let t = 0; t < d; t++) acc += q[i * d + t] * kk[j * d + t];
      s[i * n + j] = acc * inv;
    }
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let j = 0; j < n; j++) if (s[i * n + j] > max) max = s[i * n + j];
    let sum = 0;
    for (let j = 0; j < n; j++) sum += s[i * n + j] = Math.exp(s[i * n + j] - max);
    for (let j = 0; j < n; j++) s[i * n + j] /= sum;
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const a = s[i * n + k];
      for (let j = 0; j < d; j++) out[i * d + j] += a * v[k * d + j];
    }
  return out;
}

function mathjsAttention(x, wq, wk, wv, d) {
  const q = math.multiply(x, wq);
  const k = math.multiply(x, wk);
  const v = math.multiply(x, wv);
  const s = math.divide(math.multiply(q, math.transpose(k)), Math.sqrt(d));
  const w = s.map((row) => {
    const m = Math.max(...row);
    const e = row.map((z) => Math.exp(z - m));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((z) => z / sum);
  });
  return math.multiply(w, v);
}

/** Median ms per call, timing batches so each sample lasts at least ~20 ms. */
function time(fn, samples = 15) {
  fn();
  let reps = 1;
  for (let t0 = performance.now(); performance.now() - t0 < 20; reps *= 2) {
    const s = performance.now();
    for (let i = 0; i < reps; i++) fn();
    if (performance.now() - s >= 20) break;
  }
  const times = [];
  for (let k = 0; k < samples; k++) {
    const s = performance.now();
    for (let i = 0; i < reps; i++) fn();
    times.push((performance.now() - s) / reps);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchTensor({sizes = [8, 64, 256], d = 64, withMathjs = true} = {}) {
  const t = await loadTensor();
  const rows = [];
  for (const n of sizes) {
    const r = t.rng(42);
    const X = t.randomMatrix(n, d, r);
    const WQ = t.randomMatrix(d, d, r, 0.125);
    const WK = t.randomMatrix(d, d, r, 0.125);
    const WV = t.randomMatrix(d, d, r, 0.125);
    const ours = time(() => t.attention(X, WQ, WK, WV));
    const loop = time(() => loopAttention(X.data, WQ.data, WK.data, WV.data, n, d, d));
    // The three must agree before their speeds mean anything.
    const a = t.attention(X, WQ, WK, WV).output.data;
    const b = loopAttention(X.data, WQ.data, WK.data, WV.data, n, d, d);
    let err = 0;
    for (let i = 0; i < a.length; i++) err = Math.max(err, Math.abs(a[i] - b[i]));
    let mj;
    if (withMathjs) {
      const [x, wq, wk, wv] = [X, WQ, WK, WV].map((m) => m.toArray());
      const m = mathjsAttention(x, wq, wk, wv, d);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < d; j++) err = Math.max(err, Math.abs(m[i][j] - a[i * d + j]));
      mj = time(() => mathjsAttention(x, wq, wk, wv, d), n >= 256 ? 5 : 15);
    }
    rows.push({
      n,
      d,
      oursMs: ours,
      loopMs: loop,
      mathjsMs: mj,
      oursOverLoop: ours / loop,
      mathjsOverOurs: mj ? mj / ours : undefined,
      maxAbsDiff: err,
    });
  }
  return rows;
}
