import {define} from '../internal/define.js';
import {AttentionQuiz} from './attention-quiz.js';

define('attention-quiz', AttentionQuiz);

export {AttentionQuiz};

declare global {
  interface HTMLElementTagNameMap {
    'attention-quiz': AttentionQuiz;
  }
}
