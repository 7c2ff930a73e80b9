/**
 * Bundles the simulation pool's worker entry (app/_server/sim/worker.ts and the engine it runs)
 * into one plain JavaScript module, since worker threads cannot load TypeScript or the `@/`
 * aliases. `npm run build` runs it first (prebuild); the server finds the bundle at
 * `<cwd>/.sim-worker/worker.mjs` (git-ignored) or at DESCENT_SIM_WORKER.
 * Usage: node scripts/build-sim-worker.mjs [outfile]
 */
import { build } from 'esbuild';
import console from 'node:console';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.resolve(process.argv[2] ?? path.join(root, '.sim-worker', 'worker.mjs'));

await build({
  absWorkingDir: root,
  entryPoints: ['app/_server/sim/worker.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'tsconfig.json', // the `@/*` paths
  // Server modules import 'server-only' (resolved by Next; the worker runs on the server).
  alias: { 'server-only': createRequire(import.meta.url).resolve('next/dist/compiled/server-only/empty.js') },
  // No minification or other rewriting: the workers run the engine's code as written, so their
  // float64 results are bit-identical to the request thread's.
  minify: false,
  sourcemap: false,
  logLevel: 'warning',
});
console.log(`simulation worker bundled: ${path.relative(process.cwd(), outfile) || outfile}`);
