// ESLint (flat config): TypeScript, Lit templates, lit-a11y and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '**/*.bundle.js',
      'demo/vendor/',
      'demo/frameworks/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: {'lit-a11y': litA11y},
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Widgets register through internal/define.ts, which guards against double definition.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '.puppeteerrc.cjs'],
    languageOptions: {globals: {...globals.node}},
  },
);
