import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {normal, randomMatrix, rng} from './index.js';

const runs = {numRuns: 1000};
const seed = fc.integer({min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER});
const take = (r: () => number, n: number) => Array.from({length: n}, () => r());

describe('rng', () => {
  it('gives the same numbers for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(take(rng(s), 8)).to.deep.equal(take(rng(s), 8));
      }),
      runs,
    );
  });

  it('gives different numbers for different seeds', () => {
    fc.assert(
      fc.property(seed, seed, (a, b) => {
        fc.pre(a !== b);
        expect(take(rng(a), 4)).not.to.deep.equal(take(rng(b), 4));
      }),
      runs,
    );
    // Seeds that differ only above bit 32, or only in sign.
    expect(take(rng(1), 4)).not.to.deep.equal(take(rng(2 ** 32 + 1), 4));
    expect(take(rng(1), 4)).not.to.deep.equal(take(rng(-1), 4));
  });

  it('gives the same sequence in every engine', () => {
    // The first draws of rng(42), as multiples of 2⁻³²: pinned, so every browser must agree.
    const draws = take(rng(42), 5).map((x) => x * 2 ** 32);
    expect(draws).to.deep.equal([1410098094, 302932760, 1899125429, 2637681281, 1639388277]);
  });

  it('draws multiples of 2⁻³² in [0, 1)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        for (const x of take(rng(s), 16)) {
          expect(x).to.be.at.least(0);
          expect(x).to.be.below(1);
          expect(Number.isInteger(x * 2 ** 32)).to.equal(true);
        }
      }),
      runs,
    );
  });

  for (const bad of [0.5, NaN, Infinity, -Infinity, 2 ** 53]) {
    it(`refuses the seed ${bad}`, () => {
      expect(() => rng(bad)).to.throw(RangeError, 'seed');
    });
  }
});

describe('normal', () => {
  it('has mean 0 and standard deviation 1 (within 0.02 over 100,000 draws)', () => {
    const r = rng(2024);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = normal(r);
      expect(Number.isFinite(z)).to.equal(true);
      sum += z;
      sumSq += z * z;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sumSq / n - mean * mean);
    expect(Math.abs(mean)).to.be.below(0.02);
    expect(Math.abs(sd - 1)).to.be.below(0.02);
  });

  it('is finite when the generator returns 0', () => {
    expect(Number.isFinite(normal(() => 0))).to.equal(true);
  });
});

describe('randomMatrix', () => {
  it('has the requested shape and repeats for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 6}), seed, (r, c, s) => {
        const a = randomMatrix(r, c, rng(s));
        expect(a.shape).to.equal(`${r}×${c}`);
        expect(a.toArray()).to.deep.equal(randomMatrix(r, c, rng(s)).toArray());
      }),
      runs,
    );
  });

  it('scales the draws by std', () => {
    const one = randomMatrix(3, 4, rng(7));
    const two = randomMatrix(3, 4, rng(7), 2);
    expect(Array.from(two.data)).to.deep.equal(Array.from(one.data, (x) => 2 * x));
    expect(Array.from(randomMatrix(2, 2, rng(7), 0).data)).to.deep.equal([0, 0, 0, 0]);
  });

  for (const bad of [-1, NaN, Infinity]) {
    it(`refuses std ${bad}`, () => {
      expect(() => randomMatrix(2, 2, rng(1), bad)).to.throw(RangeError, 'std');
    });
  }
});
