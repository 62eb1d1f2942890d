/**
 * What a "Show me" request asks to see. Each widget answers the topics it can show:
 * - `<attention-stepper>`: `projections`, `scores`, `scaling`, `softmax`, `output`, `self-attention`
 * - `<sqrt-d-explorer>`: `sqrt-d`
 * - `<causal-mask-view>`: `causal-mask`, `quadratic-cost`
 */
export type ShowTopic =
  | 'projections'
  | 'scores'
  | 'scaling'
  | 'softmax'
  | 'output'
  | 'self-attention'
  | 'sqrt-d'
  | 'causal-mask'
  | 'quadratic-cost';

export interface ShowRequestDetail {
  topic: ShowTopic;
  /**
   * Set to the answering widget's tag name by the first widget on the page that moves to show
   * the topic; still `undefined` after dispatch when nothing on the page could answer.
   */
  handledBy?: string;
}

/**
 * `attention-show-request`: asks whichever widget on the page can show `topic` to go to the
 * state that explains it (and scroll into view). Bubbles and is composed; widgets listen for it
 * on their document, so it reaches them from anywhere on the page.
 */
export class ShowRequestEvent extends CustomEvent<ShowRequestDetail> {
  static readonly eventName = 'attention-show-request' as const;
  constructor(topic: ShowTopic) {
    super(ShowRequestEvent.eventName, {detail: {topic}, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'attention-show-request': ShowRequestEvent;
  }
  interface DocumentEventMap {
    'attention-show-request': ShowRequestEvent;
  }
}
