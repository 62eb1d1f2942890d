import {define} from '../internal/define.js';
import {SqrtDExplorer} from './sqrt-d-explorer.js';

define('sqrt-d-explorer', SqrtDExplorer);

export {SqrtDExplorer};

declare global {
  interface HTMLElementTagNameMap {
    'sqrt-d-explorer': SqrtDExplorer;
  }
}
