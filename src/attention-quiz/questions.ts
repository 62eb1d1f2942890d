import type {ShowTopic} from '../events/show-request.js';

/** One answer a learner can pick. */
export interface QuizChoice {
  /** Unique within its question; reported as the learner's response. */
  id: string;
  /** What the learner reads (plain text). */
  text: string;
  /** True on exactly one choice of each question. */
  correct?: boolean;
  /** Why this choice is right, or which misconception makes it wrong (plain text). */
  explanation: string;
}

/** One question of the quiz. */
export interface QuizQuestion {
  /** Unique within the quiz; reported to events, SCORM and xAPI. */
  id: string;
  /** The question itself (plain text). */
  prompt: string;
  /** Two or more choices, exactly one of them correct. */
  choices: QuizChoice[];
  /** A "Show me" topic a widget on the page can demonstrate after a wrong answer. */
  show?: ShowTopic;
}

/** Every topic a `ShowRequestEvent` may carry. */
export const SHOW_TOPICS: readonly ShowTopic[] = [
  'projections',
  'scores',
  'scaling',
  'softmax',
  'output',
  'self-attention',
  'sqrt-d',
  'causal-mask',
  'quadratic-cost',
];

/** The five default questions, on what the lesson computed. */
export const defaultQuestions: readonly QuizQuestion[] = [
  {
    id: 'qkv-roles',
    prompt:
      'Every token is projected three ways, into a query, a key and a value. What does each one do?',
    show: 'projections',
    choices: [
      {
        id: 'a',
        correct: true,
        text: 'The query describes what the token is looking for, the key describes what each token offers to be matched on, and the value is the content passed on once the weights are known.',
        explanation:
          'Q·Kᵀ compares what every token looks for with what every token offers; the softmax turns those scores into weights, and the weights mix the values. Keys decide where to look, values decide what comes back.',
      },
      {
        id: 'b',
        text: 'They are three copies of the same embedding, kept apart only so that the matrix shapes line up.',
        explanation:
          'All three start from the same X, but each goes through its own learned matrix (W_Q, W_K, W_V), so each can learn a different job. Three copies would make every token match itself most strongly.',
      },
      {
        id: 'c',
        text: 'The key carries the information that is passed on, and the value decides how strongly each token is matched.',
        explanation:
          'This swaps two roles. Matching happens between queries and keys (Q·Kᵀ); the values are only mixed afterwards, using the weights that the matching produced.',
      },
      {
        id: 'd',
        text: 'The query is the token’s final output; keys and values are only needed while the model is trained.',
        explanation:
          'All three are computed every time attention runs, when the model is used as well as when it is trained. The output is a weighted sum of the values, not the query.',
      },
    ],
  },
  {
    id: 'sqrt-d',
    prompt: 'Why are the scores QKᵀ divided by √d before the softmax?',
    show: 'sqrt-d',
    choices: [
      {
        id: 'a',
        text: 'To keep every output vector at length 1.',
        explanation:
          'Nothing in attention normalises the length of the output. The division acts on the scores, before the softmax, and what it controls is how peaked the softmax becomes.',
      },
      {
        id: 'b',
        correct: true,
        text: 'A dot product of d random components spreads out like √d; dividing brings the scores back to a moderate size, so the softmax does not saturate into a near one-hot and its gradients do not vanish.',
        explanation:
          'With components of variance 1, q·k has variance d, so its typical size is √d. Dividing by √d brings that back to about 1 for any d, which keeps the softmax soft and the model trainable.',
      },
      {
        id: 'c',
        text: 'It makes the computation cheaper, because smaller numbers are faster to multiply.',
        explanation:
          'The division adds a little work and saves none; a computer multiplies small and large numbers equally fast. Its purpose is the size of the scores that reach the softmax.',
      },
      {
        id: 'd',
        text: 'So that each row of attention weights adds up to 1.',
        explanation:
          'The softmax already makes every row add up to 1, with or without the division. Scaling changes how the weight is shared out along the row, not the row’s total.',
      },
    ],
  },
  {
    id: 'causal-mask',
    prompt:
      'In a decoder-only model, what does the causal mask do, and at which point is it applied?',
    show: 'causal-mask',
    choices: [
      {
        id: 'a',
        text: 'After the softmax, it sets the weights of later tokens to 0.',
        explanation:
          'Zeroing weights after the softmax would leave rows that no longer add up to 1. Putting −∞ into the scores before the softmax gives the same zeros and keeps every row a proper distribution.',
      },
      {
        id: 'b',
        text: 'It sets the lower triangle of the scores to −∞, so each token only sees the tokens after it.',
        explanation:
          'That is the wrong direction: each token would read the future and ignore the past. The mask blanks the upper triangle, the positions that come after the current token.',
      },
      {
        id: 'c',
        text: 'It removes padding tokens from the input before the projections.',
        explanation:
          'That describes a padding mask, a different tool. The causal mask is about order: it stops a position from seeing later positions, so the model cannot peek at the token it is learning to predict.',
      },
      {
        id: 'd',
        correct: true,
        text: 'Just before the softmax, it sets every score above the diagonal to −∞, so each token gives weight 0 to every token after it.',
        explanation:
          'The mask goes on the scaled scores. Since e^−∞ = 0, future positions get exactly zero weight, and each row still adds up to 1 over the positions it is allowed to see.',
      },
    ],
  },
  {
    id: 'quadratic-cost',
    prompt: 'Why does the cost of attention grow with the square of the sequence length n?',
    show: 'quadratic-cost',
    choices: [
      {
        id: 'a',
        text: 'Because every token passes through n layers.',
        explanation:
          'The number of layers is fixed by the model, not by the length of the input. The square appears inside a single attention head.',
      },
      {
        id: 'b',
        text: 'Because the head dimension d has to grow along with n.',
        explanation:
          'd is chosen when the model is designed and does not change with the input. What grows as n² is the number of token pairs, whatever d is.',
      },
      {
        id: 'c',
        correct: true,
        text: 'Because QKᵀ holds one score for every pair of tokens: an n × n matrix that has to be computed, put through the softmax and multiplied by V.',
        explanation:
          'With n tokens there are n·n query–key pairs, so doubling the context quadruples the scores. At 100,000 tokens that is 10 billion scores, for each head in each layer.',
      },
      {
        id: 'd',
        text: 'Because the softmax has to sort each row of scores.',
        explanation:
          'The softmax sorts nothing: one pass finds the maximum, another sums the exponentials, so it is linear in the length of a row. The square comes from there being n rows of n scores.',
      },
    ],
  },
  {
    id: 'self-vs-cross',
    prompt: 'What is the difference between self-attention and cross-attention?',
    show: 'self-attention',
    choices: [
      {
        id: 'a',
        text: 'Self-attention divides the scores by √d; cross-attention does not.',
        explanation:
          'Both run the very same equation, scaling included. The only difference is where Q, K and V come from.',
      },
      {
        id: 'b',
        text: 'Cross-attention is self-attention with the causal mask switched on.',
        explanation:
          'The mask is a separate matter: self-attention is masked in a decoder and unmasked in an encoder. Cross-attention means taking the keys and values from a second sequence.',
      },
      {
        id: 'c',
        correct: true,
        text: 'In self-attention Q, K and V are all projections of the same sequence; in cross-attention the queries come from one sequence and the keys and values from another.',
        explanation:
          'In self-attention every token both asks and is asked. In cross-attention, such as a decoder reading an encoder’s output or an image model reading a text prompt, one sequence asks and the other answers.',
      },
      {
        id: 'd',
        text: 'In self-attention each token is compared only with itself.',
        explanation:
          '“Self” means the same sequence, not the same token. Each token is compared with every token of its own sequence, itself included.',
      },
    ],
  },
];

/** The messages validation can produce, so a page can translate them with the widget's strings. */
export interface QuestionMessages {
  notAList: string;
  empty: string;
  notAnObject: (where: string) => string;
  badId: (where: string) => string;
  duplicateQuestionId: (where: string, id: string) => string;
  notText: (where: string, field: string) => string;
  tooFewChoices: (where: string, count: number) => string;
  notOneCorrect: (where: string, count: number) => string;
  duplicateChoiceId: (where: string, id: string) => string;
  badCorrect: (where: string, choiceId: string) => string;
  badShow: (where: string) => string;
  /** Names a question for the messages above: `question 2 ("sqrt-d")`. */
  questionName: (index: number, id?: string) => string;
}

export type ValidationResult = {ok: true; questions: QuizQuestion[]} | {ok: false; message: string};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a question set from a page and returns a fresh, frozen copy (so later changes to the
 * page's objects cannot reach the quiz), or the first problem found, naming its question.
 */
export function validateQuestions(value: unknown, m: QuestionMessages): ValidationResult {
  if (!Array.isArray(value)) return {ok: false, message: m.notAList};
  if (value.length === 0) return {ok: false, message: m.empty};
  const seen = new Set<string>();
  const out: QuizQuestion[] = [];
  for (let i = 0; i < value.length; i++) {
    const q = value[i];
    const rawId = isRecord(q) && typeof q.id === 'string' ? q.id : undefined;
    const where = m.questionName(i + 1, rawId);
    if (!isRecord(q)) return {ok: false, message: m.notAnObject(where)};
    if (typeof q.id !== 'string' || !q.id.trim()) return {ok: false, message: m.badId(where)};
    if (seen.has(q.id)) return {ok: false, message: m.duplicateQuestionId(where, q.id)};
    seen.add(q.id);
    if (typeof q.prompt !== 'string') return {ok: false, message: m.notText(where, 'prompt')};
    if (q.show !== undefined && !SHOW_TOPICS.includes(q.show as ShowTopic))
      return {ok: false, message: m.badShow(where)};
    if (!Array.isArray(q.choices) || q.choices.length < 2)
      return {
        ok: false,
        message: m.tooFewChoices(where, Array.isArray(q.choices) ? q.choices.length : 0),
      };
    const choiceIds = new Set<string>();
    const choices: QuizChoice[] = [];
    let correct = 0;
    for (let j = 0; j < q.choices.length; j++) {
      const c: unknown = q.choices[j];
      const cWhere = `${where}, choice ${j + 1}`;
      if (!isRecord(c)) return {ok: false, message: m.notAnObject(cWhere)};
      if (typeof c.id !== 'string' || !c.id.trim()) return {ok: false, message: m.badId(cWhere)};
      if (choiceIds.has(c.id)) return {ok: false, message: m.duplicateChoiceId(where, c.id)};
      choiceIds.add(c.id);
      if (typeof c.text !== 'string') return {ok: false, message: m.notText(cWhere, 'text')};
      if (typeof c.explanation !== 'string')
        return {ok: false, message: m.notText(cWhere, 'explanation')};
      if (c.correct !== undefined && typeof c.correct !== 'boolean')
        return {ok: false, message: m.badCorrect(where, c.id)};
      if (c.correct) correct++;
      choices.push(
        Object.freeze({
          id: c.id,
          text: c.text,
          correct: c.correct === true,
          explanation: c.explanation,
        }),
      );
    }
    if (correct !== 1) return {ok: false, message: m.notOneCorrect(where, correct)};
    const question: QuizQuestion = {
      id: q.id,
      prompt: q.prompt,
      choices: Object.freeze(choices) as QuizChoice[],
    };
    if (q.show !== undefined) question.show = q.show as ShowTopic;
    out.push(Object.freeze(question));
  }
  return {ok: true, questions: out};
}

/** The correct choice of a validated question. */
export const correctChoice = (q: QuizQuestion): QuizChoice => q.choices.find((c) => c.correct)!;
