// The dev server used by `npm start`, the screenshots and the benchmarks: serves the repository
// root, compiles TypeScript on the fly and resolves bare imports (lit) from node_modules.
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';

// The tab icon: a 2×2 heat-map in the widgets' accent colours (browsers ask for /favicon.ico).
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2">
<rect width="1" height="1" fill="#1f5fbf"/><rect x="1" width="1" height="1" fill="#c9ddf7"/>
<rect y="1" width="1" height="1" fill="#6fa8ec"/><rect x="1" y="1" width="1" height="1" fill="#1f5fbf"/></svg>`;
const favicon = {
  name: 'favicon',
  serve: (context) =>
    context.path === '/favicon.ico' ? {body: FAVICON, type: 'image/svg+xml'} : undefined,
};

/** Starts a server on `port` (0 = any free port); resolves to {server, url}. */
export async function startServer({port = 0, hostname = '127.0.0.1', open = false} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: new URL('..', import.meta.url).pathname,
      port: port || undefined,
      hostname,
      open,
      nodeResolve: true,
      plugins: [favicon, esbuildPlugin({ts: true, target: 'es2021', tsconfig: 'tsconfig.json'})],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const address = server.server.address();
  return {server, url: `http://${hostname}:${address.port}`};
}
