export interface QuizAnswerDetail {
  questionId: string;
  choiceId: string;
  correct: boolean;
}

/** `attention-quiz-answer`: bubbles and is composed. */
export class QuizAnswerEvent extends CustomEvent<QuizAnswerDetail> {
  static readonly eventName = 'attention-quiz-answer' as const;
  constructor(detail: QuizAnswerDetail) {
    super(QuizAnswerEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'attention-quiz-answer': QuizAnswerEvent;
  }
}
