import {define} from '../internal/define.js';
import {CausalMaskView} from './causal-mask-view.js';

define('causal-mask-view', CausalMaskView);

export {CausalMaskView};

declare global {
  interface HTMLElementTagNameMap {
    'causal-mask-view': CausalMaskView;
  }
}
