// The dev server used by `npm start`, the screenshots and the benchmarks: serves the repository
// root, compiles TypeScript on the fly and resolves bare imports (lit) from node_modules.
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';

/** Starts a server on `port` (0 = any free port); resolves to {server, url}. */
export async function startServer({port = 0, hostname = '127.0.0.1', open = false} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: new URL('..', import.meta.url).pathname,
      port: port || undefined,
      hostname,
      open,
      nodeResolve: true,
      plugins: [esbuildPlugin({ts: true, target: 'es2021', tsconfig: 'tsconfig.json'})],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const address = server.server.address();
  return {server, url: `http://${hostname}:${address.port}`};
}
