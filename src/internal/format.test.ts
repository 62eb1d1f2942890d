import {expect} from '@open-wc/testing';
import {clampPrecision, formatCount, formatNumber, formatTerm} from './format.js';
import {explainDot, explainScale, explainSoftmax} from './explain.js';
import {mergeStrings} from './strings.js';

describe('formatNumber', () => {
  it('rounds to the precision and uses a real minus sign', () => {
    expect(formatNumber(1.2345, 2)).to.equal('1.23');
    expect(formatNumber(-1.2355, 3)).to.equal('\u22121.236');
    expect(formatNumber(2, 0)).to.equal('2');
    expect(formatNumber(0.5, 4)).to.equal('0.5000');
  });
  it('shows the infinities as symbols', () => {
    expect(formatNumber(-Infinity)).to.equal('\u2212∞');
    expect(formatNumber(Infinity)).to.equal('∞');
  });
  it('never shows a negative zero', () => {
    expect(formatNumber(-0.001, 2)).to.equal('0.00');
    expect(formatNumber(-0, 1)).to.equal('0.0');
    expect(formatNumber(-0.4, 0)).to.equal('0');
  });
  it('clamps an unusable precision', () => {
    expect(clampPrecision('x')).to.equal(2);
    expect(clampPrecision(-3)).to.equal(0);
    expect(clampPrecision(99)).to.equal(8);
    expect(clampPrecision(2.6)).to.equal(3);
    expect(formatNumber(1 / 3, Number.NaN)).to.equal('0.33');
  });
  it('writes input terms as short as they are exact', () => {
    expect(formatTerm(0.5)).to.equal('0.5');
    expect(formatTerm(1)).to.equal('1');
    expect(formatTerm(-0.25)).to.equal('\u22120.25');
  });
  it('groups thousands', () => {
    expect(formatCount(16384)).to.equal('16,384');
    expect(formatCount(16384, 'de')).to.equal('16.384');
  });
  it('writes small English counts exactly as the browser would, with or without Intl', () => {
    const english = new Intl.NumberFormat('en', {maximumFractionDigits: 0});
    for (const n of [0, 1, 5, 25, 128, 999, 1000, 1024, 4096, -3, -999, -1000])
      expect(formatCount(n), String(n)).to.equal(english.format(n));
    expect(formatCount(999)).to.equal('999');
    expect(formatCount(1000)).to.equal('1,000');
  });
});

describe('explain', () => {
  it('writes a dot product term by term', () => {
    expect(explainDot([0.5, 1, -0.3], [1, 0.2, 0.4], 0.58, 2)).to.equal(
      '0.5×1 + 1×0.2 + \u22120.3×0.4 = 0.58',
    );
  });
  it('writes the division by √d', () => {
    expect(explainScale(1.3, 4, 0.65, 2)).to.equal('1.30 ÷ √4 = 1.30 ÷ 2.00 = 0.65');
  });
  it('writes a softmax entry with its exponentials and their sum', () => {
    // e^0 = 1, e^(ln 3) = 3: 1 / (1 + 3) = 0.25; e^−∞ adds nothing.
    const text = explainSoftmax([0, Math.log(3), -Infinity], 0, 0.25, 2);
    expect(text).to.equal('e^0.00 ÷ (e^0.00 + e^1.10 + e^\u2212∞) = 1.00 ÷ 4.00 = 0.25');
  });
  it('subtracts the maximum when the exponentials would overflow', () => {
    const text = explainSoftmax([1000, 999], 1, 0.27, 2);
    expect(text).to.contain('e^(999.00\u22121000.00)');
    expect(text).to.match(/= 0\.37 ÷ 1\.37 = 0\.27$/);
  });
});

describe('mergeStrings', () => {
  const defaults = {next: 'Next', step: (k: number, n: number) => `Step ${k} of ${n}`};
  it('keeps defaults for what the override leaves out', () => {
    const merged = mergeStrings(defaults, {next: 'Weiter'});
    expect(merged.next).to.equal('Weiter');
    expect(merged.step(1, 6)).to.equal('Step 1 of 6');
  });
  it('ignores unknown keys, wrong kinds and non-objects', () => {
    const merged = mergeStrings(defaults, {next: 42, bogus: 'x', step: 'not a function'});
    expect(merged).to.deep.equal(defaults);
    expect(mergeStrings(defaults, null)).to.equal(defaults);
    expect(mergeStrings(defaults, 'x')).to.equal(defaults);
  });
});
