import type {QuizResponse, QuizScore} from './types.js';

export interface QuizCompleteDetail {
  score: QuizScore;
  /** Whether `score.raw` reached the pass mark. */
  passed: boolean;
  responses: QuizResponse[];
}

/** `attention-quiz-complete`: bubbles and is composed. */
export class QuizCompleteEvent extends CustomEvent<QuizCompleteDetail> {
  static readonly eventName = 'attention-quiz-complete' as const;
  constructor(detail: QuizCompleteDetail) {
    super(QuizCompleteEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'attention-quiz-complete': QuizCompleteEvent;
  }
}
