import {MINUS, formatNumber, formatTerm} from './format.js';

/**
 * The arithmetic behind one cell, as text a learner can type into a calculator. Widgets show
 * it when a cell is focused or hovered.
 */

/** `0.5×1 + 1×0.2 + −0.3×0.4 = 0.58`: the terms of the dot product a·b. */
export function explainDot(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  result: number,
  precision: number,
): string {
  const terms: string[] = [];
  for (let i = 0; i < a.length; i++) terms.push(`${formatTerm(a[i])}×${formatTerm(b[i])}`);
  return `${terms.join(' + ')} = ${formatNumber(result, precision)}`;
}

/** `1.30 ÷ √4 = 1.30 ÷ 2.00 = 0.65`: a score divided by √d. */
export function explainScale(score: number, d: number, result: number, precision: number): string {
  return `${formatNumber(score, precision)} ÷ √${d} = ${formatNumber(score, precision)} ÷ ${formatNumber(
    Math.sqrt(d),
    precision,
  )} = ${formatNumber(result, precision)}`;
}

/** The pieces of one softmax entry: how many entries are visible (not −∞), e^(x − shift) for entry j, and that summed over the row. */
export interface SoftmaxTerms {
  visible: number;
  term: number;
  sum: number;
}

/** Computes `SoftmaxTerms` for entry `j` of `row`, with every exponent shifted by `shift`. */
export function softmaxTerms(row: ArrayLike<number>, j: number, shift: number): SoftmaxTerms {
  let visible = 0;
  let sum = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === -Infinity) continue;
    visible++;
    sum += Math.exp(row[i] - shift);
  }
  const term = row[j] === -Infinity ? 0 : Math.exp(row[j] - shift);
  return {visible, term, sum};
}

/** The largest entry of a row (−∞ when every entry is). */
export function rowMax(row: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < row.length; i++) if (row[i] > max) max = row[i];
  return max;
}

/**
 * `e^0.65 ÷ (e^0.65 + e^0.20 + e^−∞) = 1.92 ÷ 3.14 = 0.61`: one softmax entry. The row is the
 * input to softmax; entries at −∞ contribute exactly 0.
 */
export function explainSoftmax(
  row: ArrayLike<number>,
  j: number,
  result: number,
  precision: number,
): string {
  const shown = Math.max(precision, 2);
  const max = rowMax(row);
  // Large scores would overflow e^x on a calculator too: show the max-subtracted form then.
  const shift = max > 50 ? max : 0;
  const power = (x: number) =>
    shift === 0
      ? `e^${formatNumber(x, shown)}`
      : `e^(${formatNumber(x, shown)}${MINUS}${formatNumber(shift, shown)})`;
  const {term, sum} = softmaxTerms(row, j, shift);
  return (
    `${power(row[j])} ÷ (${Array.from(row, power).join(' + ')}) = ` +
    `${formatNumber(term, shown)} ÷ ${formatNumber(sum, shown)} = ${formatNumber(result, precision)}`
  );
}
