export {Matrix, ShapeError} from './matrix.js';
export {argmax, causalMask, entropyBits, matmul, scale, softmaxRows, transpose} from './ops.js';
export {normal, randomMatrix, rng} from './random.js';
export type {Rng} from './random.js';
export {attention, attentionFromQKV} from './attention.js';
export type {AttentionOptions, AttentionResult} from './attention.js';
