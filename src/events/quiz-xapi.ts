/** An xAPI 1.0.3 statement, as the quiz builds it (a subset of the full shape). */
export interface XapiStatement {
  id: string;
  actor?: Record<string, unknown>;
  verb: {id: string; display: Record<string, string>};
  object: {
    objectType: 'Activity';
    id: string;
    definition?: Record<string, unknown>;
  };
  result?: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    score?: {scaled: number; raw: number; min: number; max: number};
  };
  context?: {registration?: string; contextActivities?: Record<string, unknown>};
  timestamp: string;
}

export interface QuizXapiDetail {
  /** xAPI statements for the page to send to its learning record store. */
  statements: XapiStatement[];
}

/** `attention-quiz-xapi`: bubbles and is composed. */
export class QuizXapiEvent extends CustomEvent<QuizXapiDetail> {
  static readonly eventName = 'attention-quiz-xapi' as const;
  constructor(detail: QuizXapiDetail) {
    super(QuizXapiEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'attention-quiz-xapi': QuizXapiEvent;
  }
}
