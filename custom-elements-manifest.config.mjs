// `npm run analyze`: custom-elements.json from the widgets' sources and JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/tensor/**', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
