// The CDN bundle: every widget and lit in one minified ES module,
// dist/attention-widgets.bundle.js. Runs after `tsc` has written dist/ (see scripts/build.mjs).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {literalsHtmlCssMinifier} from '@literals/rollup-plugin-html-css-minifier';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/attention-widgets.bundle.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Collapse the white space inside html`` and css`` templates (and svg``).
    literalsHtmlCssMinifier({include: ['dist/**/*.js'], failOnError: true}),
    // Lit's default export condition is its production build (no dev-mode warnings).
    nodeResolve({exportConditions: ['production', 'browser', 'default']}),
    terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 2}}),
  ],
  onwarn(warning, warn) {
    // Lit's decorators use `this` at module level in a way rollup flags but that is harmless.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
