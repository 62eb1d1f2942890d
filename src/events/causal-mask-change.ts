import type {Matrix2D} from './types.js';

export interface CausalMaskChangeDetail {
  /** Whether the mask is now on. */
  causal: boolean;
  /** The attention weights after the change. */
  weights: Matrix2D;
}

/** `causal-mask-change`: bubbles and is composed. */
export class CausalMaskChangeEvent extends CustomEvent<CausalMaskChangeDetail> {
  static readonly eventName = 'causal-mask-change' as const;
  constructor(detail: CausalMaskChangeDetail) {
    super(CausalMaskChangeEvent.eventName, {detail, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'causal-mask-change': CausalMaskChangeEvent;
  }
}
