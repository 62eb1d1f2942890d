#!/usr/bin/env node
// Checks what npm users get: every path in package.json "exports" exists after a build, and
// the tensor module imports and computes in Node (it must not touch the DOM or lit).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname} from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let failures = 0;
const check = (ok, message) => {
  if (!ok) {
    failures++;
    console.error(`[package] ${message}`);
  }
};

for (const [key, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? [target] : Object.values(target);
  for (const t of targets) {
    // A "dir/*.ext" pattern needs at least one match.
    const found = t.includes('*')
      ? existsSync(dirname(t)) && readdirSync(dirname(t)).some((f) => f.endsWith(t.split('*')[1]))
      : existsSync(t);
    check(found, `exports["${key}"] points at ${t}, which the build did not write`);
  }
}

const tensor = await import(new URL('../dist/tensor/index.js', import.meta.url));
const {Matrix, attention} = tensor;
const x = Matrix.from([
  [1, 0],
  [0, 1],
]);
const id = Matrix.from([
  [1, 0],
  [0, 1],
]);
const r = attention(x, id, id, id, {causal: true});
check(
  r.weights.get(0, 1) === 0,
  'causal attention in Node left a nonzero weight above the diagonal',
);
check(
  Math.abs(r.weights.get(1, 0) + r.weights.get(1, 1) - 1) < 1e-12,
  'attention rows in Node do not sum to 1',
);

if (failures) process.exit(1);
console.log(
  `[package] ${Object.keys(pkg.exports).length} export paths present; dist/tensor works in Node`,
);
