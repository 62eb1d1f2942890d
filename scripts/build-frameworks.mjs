#!/usr/bin/env node
// Builds the framework demos (demo/frameworks/<name>/) with esbuild into
// demo/frameworks/<name>/dist/app.js: React ships CommonJS, and Vue, Svelte and Angular need
// a compiler, so the dev server cannot serve them as they are. `npm start` and `npm test` run this first.
//
// The demos import 'attention-widgets' as an npm user would. Here it resolves to src/index.ts;
// scripts/consumer-check.mjs calls buildFrameworks({packageDir}) to resolve it (and lit) from a
// project where the packed tarball is installed instead.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const demos = join(root, 'demo/frameworks');

/** Every framework demo: its entry module inside demo/frameworks/<name>/. */
export const frameworks = {react: 'app.tsx', vue: 'app.ts', svelte: 'app.ts', angular: 'app.ts'};

/** Resolves `attention-widgets[/…]` to the source, or from `packageDir`'s node_modules. */
function widgetsPlugin(packageDir) {
  return {
    name: 'attention-widgets',
    setup(build) {
      build.onResolve({filter: /^attention-widgets(\/.*)?$/}, async (args) => {
        if (!packageDir) {
          if (args.path !== 'attention-widgets')
            throw new Error(`the demos import only 'attention-widgets', not ${args.path}`);
          return {path: join(root, 'src/index.ts')};
        }
        if (args.pluginData?.fromPackage) return undefined;
        const r = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: packageDir,
          pluginData: {fromPackage: true},
        });
        return r.errors.length ? {errors: r.errors} : {path: r.path};
      });
    },
  };
}

/** Compiles `.svelte` files with Svelte 5's compiler (loaded only when a demo needs it). */
const sveltePlugin = {
  name: 'svelte',
  setup(build) {
    build.onLoad({filter: /\.svelte$/}, async (args) => {
      const {compile} = await import('svelte/compiler');
      const source = readFileSync(args.path, 'utf8');
      try {
        const {js, warnings} = compile(source, {filename: args.path, generate: 'client'});
        return {
          contents: js.code,
          resolveDir: dirname(args.path),
          warnings: warnings.map((w) => ({text: w.message})),
        };
      } catch (e) {
        return {errors: [{text: e.message}]};
      }
    });
  },
};

/**
 * Builds the named demos. `outDir(name)` says where each app.js goes (default: the demo's own
 * dist/); `packageDir` is a project with attention-widgets installed, or none for the source.
 * Resolves to the list of files written.
 */
export async function buildFrameworks({
  names = Object.keys(frameworks),
  packageDir,
  outDir = (name) => join(demos, name, 'dist'),
  minify = true,
} = {}) {
  const written = [];
  await Promise.all(
    names.map(async (name) => {
      const outfile = join(outDir(name), 'app.js');
      await esbuild.build({
        entryPoints: [join(demos, name, frameworks[name])],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2021',
        jsx: 'automatic',
        minify,
        sourcemap: true,
        // package.json's "sideEffects" names dist/ files; from the source, keep src/*/define.ts.
        ignoreAnnotations: !packageDir,
        logLevel: 'warning',
        // Vue's full build compiles the demo's template in the browser.
        alias: {vue: 'vue/dist/vue.esm-bundler.js'},
        define: {
          'process.env.NODE_ENV': '"production"',
          ngDevMode: 'false',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        plugins: [widgetsPlugin(packageDir), sveltePlugin],
      });
      written.push(outfile);
    }),
  );
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const files = await buildFrameworks();
  console.log(
    `framework demos built in ${Date.now() - started} ms: ${files.map((f) => f.slice(root.length)).join(', ')}`,
  );
}
