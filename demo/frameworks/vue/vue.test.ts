import {frameworkSuite} from '../framework-suite.js';

// @ts-expect-error: a bundle built by scripts/build-frameworks.mjs, without type declarations.
frameworkSuite('Vue', () => import('./dist/app.js'));
