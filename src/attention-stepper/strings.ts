/**
 * The default English strings of `<attention-stepper>`; override any of them through `strings`.
 * In captions, `_X` is drawn as a subscript (`W_Q` → W with a subscript Q).
 */
export const attentionStepperStrings = {
  formulaLabel: 'The attention equation',
  inUse: (term: string) => `In use now: ${term}`,
  termEmbeddings: 'X, the token embeddings',
  termProjections: 'Q = X·W_Q, K = X·W_K, V = X·W_V',
  termScores: 'Q times K transposed',
  termScale: 'divide by the square root of d',
  termMask: 'plus the causal mask M',
  termSoftmax: 'softmax of each row',
  termOutput: 'weights times V',
  controlsLabel: 'Steps',
  prev: '← Previous',
  next: 'Next →',
  counter: (step: number, total: number) => `Step ${step} of ${total}`,
  announceStep: (step: number, total: number, title: string) =>
    `Step ${step} of ${total}: ${title}`,
  titleEmbeddings: 'embeddings: one row of numbers per token',
  titleProjections: 'projections: queries, keys and values',
  titleScores: 'scores: every query against every key',
  titleScale: 'scaling: divide the scores by the square root of d',
  titleSoftmax: 'softmax: each row becomes weights that sum to 1',
  titleOutput: 'output: weights times values',
  explainEmbeddings: (tokens: number, dModel: number) =>
    `Each of the ${tokens} tokens enters as a row of ${dModel} numbers, its embedding. Nothing has looked at any other token yet; everything that follows is arithmetic on these rows.`,
  explainProjections:
    'Three weight matrices turn the same rows of X into three new ones: a query (what this token is looking for), a key (what it offers to others) and a value (what it hands over when picked). Each cell is one row of X times one column of W.',
  explainScores:
    'Row i of Q·Kᵀ compares query i with every key by a dot product. A large score means the two point the same way, so that token will get more attention.',
  explainScale: (d: number, sqrt: string) =>
    `Every score is divided by √${d} = ${sqrt}. Dot products grow with the head size d; scaling keeps them in a range where softmax still spreads its weight instead of picking a single winner.`,
  explainScaleCausal: (d: number, sqrt: string) =>
    `Every score is divided by √${d} = ${sqrt}, then the causal mask sets each score above the diagonal to −∞: a token may look at itself and earlier tokens, never at later ones.`,
  explainSoftmax:
    'Softmax raises e to each score and divides by the row total, so each row becomes positive weights that add up to 1 (see the row sums). These weights say how much each token attends to each other token.',
  explainSoftmaxCausal:
    'Softmax raises e to each score and divides by the row total. Since e to the −∞ is 0, later tokens get exactly zero weight, and the visible ones still add up to 1.',
  explainOutput:
    'Each output row is a weighted average of the value rows, using that token’s weights. A token that attends mostly to one other token ends up with an output close to that token’s value.',
  uses: 'Uses',
  makes: 'Makes',
  input: 'Starts from',
  captionX: 'X (embeddings)',
  captionWq: 'W_Q',
  captionWk: 'W_K',
  captionWv: 'W_V',
  captionQ: 'Q = X·W_Q',
  captionK: 'K = X·W_K',
  captionV: 'V = X·W_V',
  captionScores: 'Scores = Q·Kᵀ',
  captionScaled: (d: number) => `Scaled = Q·Kᵀ ÷ √${d}`,
  captionMasked: 'Masked = Scaled + M',
  captionWeights: 'Weights = softmax(rows)',
  captionOutput: 'Output = Weights·V',
  noteTokens: (tokens: number, dims: number) => `${tokens} tokens × ${dims} dims`,
  noteWeights: (rows: number, cols: number) => `${rows} model dims × ${cols} head dims`,
  noteSquare: (tokens: number) => `${tokens} queries (rows) × ${tokens} keys (columns)`,
  cornerToken: 'token',
  cornerDims: 'dim',
  cornerSquare: 'query╲key',
  dim: (index: number) => `d${index + 1}`,
  rowSum: 'row sum',
  maskedCell: 'a later token: set to −∞, so its weight will be 0',
  keptCell: (value: string) => `kept as ${value}`,
  detailHint: 'Hover over or focus any number to see where it comes from.',
  detailCell: (row: string, col: string) => `row ${row}, column ${col}`,
  detailInput: (value: string) => `${value}, given as input`,
  errorTitle: 'This example could not be used.',
  jsonError: 'The JSON data could not be read',
  errorJsonShape: 'The JSON data must be an object with any of "x", "wq", "wk" and "wv".',
  errorTokensEmpty: 'tokens is empty: give at least one word, separated by spaces.',
  errorTooManyTokens: (count: number, max: number) =>
    `tokens has ${count} words; at most ${max} fit.`,
  errorDim: (name: string, value: string, max: number) =>
    `${name} must be a whole number from 1 to ${max}, got ${value}.`,
  errorSeed: (value: string) => `seed must be a whole number, got ${value}.`,
  errorStep: (value: string, total: number) =>
    `step must be a whole number from 1 to ${total}, got ${value}.`,
  errorNotMatrix: (name: string) =>
    `${name} must be a non-empty array of rows, each an array of numbers.`,
  errorNotNumber: (name: string, row: number, col: number) =>
    `${name}[${row}][${col}] is not a finite number.`,
  errorRagged: (name: string, row: number, length: number, expected: number) =>
    `${name} row ${row} has ${length} entries, row 0 has ${expected}.`,
  errorShape: (name: string, shape: string, expected: string, why: string) =>
    `${name} is ${shape}, it must be ${expected} (${why}).`,
  whyTokens: 'one row per token',
  whyModel: 'one row per model dimension',
  whyHead: 'the same head size as W_Q',
  errorTooWide: (name: string, shape: string, max: number) =>
    `${name} is ${shape}; at most ${max} dimensions fit.`,
};

export type AttentionStepperStrings = typeof attentionStepperStrings;
