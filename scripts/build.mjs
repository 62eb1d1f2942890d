#!/usr/bin/env node
// `npm run build`: dist/ gets the unbundled ES2021 modules with .d.ts (tsc), the theme CSS, and
// the one-file CDN bundle (rollup); then the bundle's size is checked against its budget.
import {cpSync, rmSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit', cwd: root});

rmSync(`${root}/dist`, {recursive: true, force: true});
run(bin('tsc'), ['-p', 'scripts/tsconfig.build.json']);
cpSync(`${root}/src/themes`, `${root}/dist/themes`, {recursive: true});
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run(process.execPath, ['scripts/size.mjs']);
