import type {AttentionSnapshot} from './types.js';

/** The six stages of the attention equation, in order. */
export type StepStage = 'embeddings' | 'projections' | 'scores' | 'scale' | 'softmax' | 'output';

export interface StepChangeDetail {
  /** The step now shown, 1 to `total`. */
  step: number;
  total: number;
  /** A stable name for the step: 'embeddings' | 'projections' | 'scores' | 'scale' | 'softmax' | 'output'. */
  stage: StepStage;
  result: AttentionSnapshot;
}

/** `attention-step-change`: bubbles and is composed. */
export class StepChangeEvent extends CustomEvent<StepChangeDetail> {
  static readonly eventName = 'attention-step-change' as const;
  constructor(detail: StepChangeDetail) {
    super(StepChangeEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'attention-step-change': StepChangeEvent;
  }
}
