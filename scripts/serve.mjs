#!/usr/bin/env node
// `npm start`: serves the demo lesson on localhost and prints its address. PORT=8000 to choose.
import {startServer} from './dev-server.mjs';

const {url} = await startServer({
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? '127.0.0.1',
});
console.log(`attention-widgets demo lesson: ${url}/demo/index.html`);
console.log('Press Ctrl+C to stop.');
