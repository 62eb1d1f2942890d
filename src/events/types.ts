/** A matrix as plain nested arrays, row-major: `m[i][j]`. */
export type Matrix2D = number[][];

/** Every intermediate of one attention computation, as plain arrays (numbers before rounding). */
export interface AttentionSnapshot {
  x: Matrix2D;
  q: Matrix2D;
  k: Matrix2D;
  v: Matrix2D;
  /** Q·Kᵀ */
  scores: Matrix2D;
  /** Q·Kᵀ / √d */
  scaled: Matrix2D;
  /** The scaled scores with the upper triangle at -Infinity; only when causal. */
  masked?: Matrix2D;
  /** softmax of each row */
  weights: Matrix2D;
  /** weights · V */
  output: Matrix2D;
}

/** One side of the √d comparison: scores, their softmax and two summaries of it. */
export interface SoftmaxSummary {
  scores: number[];
  probs: number[];
  maxProb: number;
  /** Shannon entropy of `probs` in bits. */
  entropy: number;
}

/** What a quiz score looks like, as SCORM and xAPI both read it. */
export interface QuizScore {
  /** Number of questions answered right. */
  raw: number;
  min: number;
  /** Number of questions. */
  max: number;
  /** raw / max, 0 to 1. */
  scaled: number;
}

/** One recorded answer. */
export interface QuizResponse {
  questionId: string;
  choiceId: string;
  correct: boolean;
}
