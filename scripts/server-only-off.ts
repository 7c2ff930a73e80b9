/**
 * For Node scripts (run with tsx) that load server modules: app/_server/db/db.ts,
 * db/secrets.ts and sim/pool.ts start with `import 'server-only'`, which Next resolves itself
 * (an empty module on the server, a build error in client code) but plain Node cannot. Importing
 * this file registers a resolve hook in this process only that maps 'server-only' to Next's empty
 * copy; Next's bundlers never see it, so the client-import check stays intact. ESM resolves a
 * file's static imports before it runs any of them, so import the server modules dynamically
 * (`await import(…)`) after this one. Vitest and the worker bundle alias the name instead
 * (vitest.config.ts, scripts/build-sim-worker.mjs).
 */
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const empty = pathToFileURL(createRequire(import.meta.url).resolve('next/dist/compiled/server-only/empty.js')).href;
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
