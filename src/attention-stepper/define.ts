import {define} from '../internal/define.js';
import {AttentionStepper} from './attention-stepper.js';

define('attention-stepper', AttentionStepper);

export {AttentionStepper};

declare global {
  interface HTMLElementTagNameMap {
    'attention-stepper': AttentionStepper;
  }
}
