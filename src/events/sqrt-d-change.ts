import type {SoftmaxSummary} from './types.js';

export interface SqrtDChangeDetail {
  /** The head dimension now shown. */
  d: number;
  scaled: SoftmaxSummary;
  unscaled: SoftmaxSummary;
}

/** `sqrt-d-change`: bubbles and is composed. */
export class SqrtDChangeEvent extends CustomEvent<SqrtDChangeDetail> {
  static readonly eventName = 'sqrt-d-change' as const;
  constructor(detail: SqrtDChangeDetail) {
    super(SqrtDChangeEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'sqrt-d-change': SqrtDChangeEvent;
  }
}
