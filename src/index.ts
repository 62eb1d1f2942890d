/**
 * attention-widgets: every widget, defined, plus the events and the tensor module.
 * Import a single widget from `attention-widgets/<tag>/define` to load only that one, or its
 * class from `attention-widgets/<tag>` to register it under your own terms.
 */
export * from './tensor/index.js';
export * from './events/index.js';
export {AttentionStepper} from './attention-stepper/define.js';
export {SqrtDExplorer} from './sqrt-d-explorer/define.js';
export {CausalMaskView} from './causal-mask-view/define.js';
export {AttentionQuiz} from './attention-quiz/define.js';
export type {AttentionStepperStrings} from './attention-stepper/strings.js';
export type {SqrtDExplorerStrings} from './sqrt-d-explorer/strings.js';
export type {CausalMaskViewStrings} from './causal-mask-view/strings.js';
export type {QuizStrings} from './attention-quiz/strings.js';
export type {QuizChoice, QuizQuestion} from './attention-quiz/questions.js';
export {defaultQuestions} from './attention-quiz/questions.js';
