import type {QuizScore} from '../../events/types.js';
import type {XapiStatement} from '../../events/quiz-xapi.js';
import type {QuizQuestion} from '../questions.js';

/** ADL verbs the quiz uses. */
export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';
export const ASSESSMENT_TYPE = 'http://adlnet.gov/expapi/activities/assessment';

/** Used when the page gives no `activity-id` and is not served over http(s). */
export const FALLBACK_ACTIVITY_ID = 'https://attention-widgets.invalid/quiz';

/** A random (version 4) UUID, from `crypto.randomUUID` or, outside secure contexts, random bytes. */
export function uuidv4(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The quiz's activity id when the page sets none: this page's address without query and
 * fragment, plus `#attention-quiz` (or the element's id), so each quiz page has its own.
 */
export function defaultActivityId(elementId: string): string {
  const {protocol, origin, pathname} = globalThis.location ?? {};
  if (protocol !== 'http:' && protocol !== 'https:') return FALLBACK_ACTIVITY_ID;
  return `${origin}${pathname}#${encodeURIComponent(elementId || 'attention-quiz')}`;
}

/** What every statement of one attempt shares. */
export interface XapiAttempt {
  activityId: string;
  /** The quiz's name in the statements. */
  name: string;
  /** The language tag of names and descriptions. */
  lang: string;
  /** One UUID per attempt. */
  registration: string;
  actor?: Record<string, unknown>;
}

const verb = (id: string, word: string, lang: string) => ({id, display: {[lang]: word}});

function base(
  attempt: XapiAttempt,
): Pick<XapiStatement, 'id' | 'timestamp'> & {actor?: Record<string, unknown>} {
  const s: Pick<XapiStatement, 'id' | 'timestamp'> & {actor?: Record<string, unknown>} = {
    id: uuidv4(),
    timestamp: new Date().toISOString(),
  };
  if (attempt.actor) s.actor = attempt.actor;
  return s;
}

/** The activity id of one question: the quiz's id plus `/` and the question's id. */
export const questionActivityId = (attempt: XapiAttempt, questionId: string) =>
  `${attempt.activityId}/${encodeURIComponent(questionId)}`;

/** `answered`: one question as a cmi.interaction of type choice. */
export function answeredStatement(
  attempt: XapiAttempt,
  question: QuizQuestion,
  choiceId: string,
  correct: boolean,
): XapiStatement {
  const right = question.choices.find((c) => c.correct)!;
  return {
    ...base(attempt),
    verb: verb(VERBS.answered, 'answered', attempt.lang),
    object: {
      objectType: 'Activity',
      id: questionActivityId(attempt, question.id),
      definition: {
        type: INTERACTION_TYPE,
        name: {[attempt.lang]: question.prompt},
        description: {[attempt.lang]: question.prompt},
        interactionType: 'choice',
        correctResponsesPattern: [right.id],
        choices: question.choices.map((c) => ({id: c.id, description: {[attempt.lang]: c.text}})),
      },
    },
    result: {response: choiceId, success: correct},
    context: {
      registration: attempt.registration,
      contextActivities: {parent: [{objectType: 'Activity', id: attempt.activityId}]},
    },
  };
}

/** `passed` or `failed`, then `completed`, each with the score. */
export function resultStatements(
  attempt: XapiAttempt,
  score: QuizScore,
  passed: boolean,
): XapiStatement[] {
  const object = {
    objectType: 'Activity' as const,
    id: attempt.activityId,
    definition: {type: ASSESSMENT_TYPE, name: {[attempt.lang]: attempt.name}},
  };
  const context = {registration: attempt.registration};
  const verdict = passed
    ? verb(VERBS.passed, 'passed', attempt.lang)
    : verb(VERBS.failed, 'failed', attempt.lang);
  return [
    {
      ...base(attempt),
      verb: verdict,
      object,
      result: {score: {...score}, success: passed, completion: true},
      context,
    },
    {
      ...base(attempt),
      verb: verb(VERBS.completed, 'completed', attempt.lang),
      object,
      result: {score: {...score}, completion: true},
      context,
    },
  ];
}
