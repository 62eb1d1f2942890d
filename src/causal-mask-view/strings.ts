import {formatCount} from '../internal/format.js';

/** Lists tokens in full when few, or the first and last few with a count when many. */
function listTokens(tokens: readonly string[]): string {
  if (tokens.length <= 10) return tokens.join(', ');
  return `${tokens.slice(0, 3).join(', ')}, …, ${tokens.slice(-2).join(', ')} (${formatCount(tokens.length)} tokens)`;
}

/** The default (English) strings of `<causal-mask-view>`. Override any of them through `strings`. */
export const causalMaskViewStrings = {
  /** Accessible name of the whole widget. */
  label: 'Causal mask',
  /** The switch's label. */
  switchLabel: 'Decoder-only (causal)',
  switchOn: 'On',
  switchOff: 'Off',
  /** What the mask does, shown while it is on. */
  modeOn:
    'Each token may look only at itself and the tokens before it. Every later position gets a score of −∞ before softmax, so its weight becomes exactly 0: the model cannot peek at the word it is learning to predict.',
  /** What happens without the mask, shown while it is off. */
  modeOff:
    'No mask: every token looks at every other token, earlier and later ones alike (bidirectional attention, as in an encoder). Switch the mask on to see which weights disappear.',
  scoresCaption: 'Raw scores',
  scoresNote: 'Q·Kᵀ / √d: every token scored against every token',
  maskedCaption: '+ Mask applied',
  maskedNote: 'Upper triangle (later tokens) set to −∞',
  unmaskedCaption: 'No mask',
  unmaskedNote: 'Nothing hidden: the scores go to softmax unchanged',
  weightsCaption: 'After softmax',
  weightsNote: 'Weights: each row sums to 1 over its visible tokens',
  weightsNoteOff: 'Weights: each row sums to 1 over all tokens',
  /** Header corner of each map: rows are queries, columns keys. */
  corner: 'query \\ key',
  rowSumHeader: 'Σ row',
  /** Shown when nothing is pointed at. */
  hint: 'Point at or focus a cell to see which tokens its row may see, and the arithmetic behind it.',
  /** The row's visible tokens: “sat” can see: The, cat, sat. */
  canSee: (token: string, visible: readonly string[]) =>
    `“${token}” can see: ${listTokens(visible)}`,
  /** One cell, for the readout: map, query token, key token, value. */
  cell: (map: string, row: string, col: string, value: string) =>
    `${map}, “${row}” → “${col}”: ${value}`,
  /** Arithmetic of a score: dot product, then the division by √d. */
  describeScore: (dot: string, scale: string) => `${dot}; ${scale}`,
  /** A softmax entry of a long row: e^(x − max) over the sum of the row's terms. */
  describeSoftmaxShort: (
    x: string,
    max: string,
    count: number,
    exp: string,
    sum: string,
    result: string,
  ) =>
    `e^(${x} − ${max}) ÷ (sum of e^(score − ${max}) over ${formatCount(count)} visible tokens) = ${exp} ÷ ${sum} = ${result}`,
  describeHidden: 'a later token: hidden, set to −∞',
  describeVisible: 'visible: the score passes through unchanged',
  /** The n² line. */
  cost: (scores: number, tokens: number) =>
    `${formatCount(scores)} scores for ${formatCount(tokens)} tokens`,
  costNote:
    'Attention scores every pair of tokens, so the work grows with n²: double the text, four times the scores.',
  /** Compact mode (many tokens). */
  compactNote:
    'Too many tokens for a number in every cell: the maps are drawn as pictures. Hover a map, or focus it and use the arrow keys, to read any cell.',
  mapLabel: (caption: string, n: number) =>
    `${caption}: heat-map of ${formatCount(n)} by ${formatCount(n)} cells. Use the arrow keys to read cells.`,
  mapRole: 'heat-map',
  allNumbers: (caption: string) => `All numbers: ${caption}`,
  announceOn: 'Causal mask on: later tokens are hidden.',
  announceOff: 'Causal mask off: every token sees every token.',
  errorTitle: 'Could not use this input.',
  errorNoTokens: 'There are no tokens: give at least one word in tokens.',
  errorTooMany: (n: number, max: number) =>
    `${formatCount(n)} tokens is too many: at most ${formatCount(max)}.`,
  errorSeed: (value: string) => `seed must be a whole number, got ${value}.`,
  errorDHead: (value: string) => `d-head must be a whole number from 1 to 64, got ${value}.`,
  errorShape: (name: string, expected: string, got: string) =>
    `${name} must be ${expected}, got ${got}.`,
  errorEntry: (name: string, row: number, col: number, value: string) =>
    `${name}[${row}][${col}] must be a finite number, got ${value}.`,
  errorJson: 'The JSON data could not be read',
  errorJsonShape: 'The JSON data must be an object with "tokens", "q" and/or "k".',
};

/** The type of the `strings` object: every key of the defaults, same kinds. */
export type CausalMaskViewStrings = typeof causalMaskViewStrings;
