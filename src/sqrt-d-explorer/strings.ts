/** The default English strings of `<sqrt-d-explorer>`; override any of them through `strings`. */
export const sqrtDExplorerStrings = {
  title: 'Why divide by √d?',
  intro: (keys: number) =>
    `One query meets ${keys} keys, every component drawn from a standard normal. The raw dot products grow with d (their variance is d), so softmax of the raw scores turns one-hot; dividing by √d keeps them on the same scale for every d.`,
  pickerLabel: 'Head dimension d',
  dValue: (d: string) => `d = ${d}`,
  sqrtValue: (sqrt: string) => `√d = ${sqrt}`,
  seedLabel: 'Seed',
  resample: 'Resample',
  resampleHint: 'Draw a new query and new keys from the next seed',
  customVectors: 'Using the vectors supplied by the page',
  unscaledTitle: 'Without √d scaling',
  unscaledFormula: 'softmax(q · Kᵀ)',
  scaledTitle: 'With √d scaling',
  scaledFormula: 'softmax(q · Kᵀ / √d)',
  keyLabel: (index: number) => `k${index}`,
  barsLabel: (title: string) => `${title}: probability given to each key`,
  scoreRange: (low: string, high: string) => `Scores from ${low} to ${high}`,
  maxProb: 'Max probability',
  entropy: 'Entropy',
  entropyValue: (bits: string, max: string) => `${bits} bits of ${max} max`,
  verdictSaturated:
    'Saturated: nearly one-hot. Nudging the scores barely changes these probabilities, so gradients vanish and learning stalls.',
  verdictPeaked: 'Peaked: one key takes most of the weight. Gradients are small but still flow.',
  verdictSpread:
    'Spread out: several keys share the weight, so gradients flow and learning can proceed.',
  chartTitle: 'Mean max probability over many draws',
  chartDescription: (draws: number, keys: number) =>
    `Each point averages ${draws} fresh draws of one query and ${keys} keys at that d. A uniform softmax would give 1/${keys}.`,
  chartX: 'd (log scale)',
  chartY: 'mean max probability',
  chartUnscaled: 'without √d',
  chartScaled: 'with √d',
  chartUniform: (value: string) => `uniform ${value}`,
  chartCurrent: 'current d',
  chartTable: 'Chart data as a table',
  tableD: 'd',
  tableUnscaled: 'Mean max probability without √d',
  tableScaled: 'Mean max probability with √d',
  announce: (d: string, sqrt: string, unscaled: string, scaled: string) =>
    `d = ${d}, √d = ${sqrt}. Max probability without scaling ${unscaled}, with scaling ${scaled}.`,
  errorTitle: 'Input not accepted:',
  jsonError: 'The JSON data could not be read',
  errorD: (value: string) => `d must be a whole number from 1 to 16384, got ${value}.`,
  errorKeys: (value: string) => `keys must be a whole number from 2 to 64, got ${value}.`,
  errorSeed: (value: string) => `seed must be a whole number, got ${value}.`,
  errorChoices: (value: string) =>
    `choices must list at least two whole numbers from 1 to 16384, separated by spaces, got "${value}".`,
  errorQuery: 'query must be a list of 1 to 16384 finite numbers.',
  errorKeysMatrix:
    'keysMatrix must be a list of 2 to 64 rows of finite numbers, each as long as the query.',
  errorJson: 'The JSON data must be an object with "query" and/or "keysMatrix".',
};

export type SqrtDExplorerStrings = typeof sqrtDExplorerStrings;
