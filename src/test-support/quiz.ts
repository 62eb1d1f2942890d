/**
 * The right choice of each default quiz question, written out here independently of the
 * widget, for the quiz's tests.
 */
export const RIGHT: Record<string, string> = {
  'qkv-roles': 'a',
  'sqrt-d': 'b',
  'causal-mask': 'd',
  'quadratic-cost': 'c',
  'self-vs-cross': 'c',
};

/** The default questions' ids, in order. */
export const IDS = Object.keys(RIGHT);

/** A wrong choice for question `qid`. */
export const wrongOf = (qid: string) => (RIGHT[qid] === 'a' ? 'b' : 'a');
