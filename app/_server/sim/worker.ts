/**
 * The entry of the simulation pool's worker threads (./pool.ts). Worker threads cannot load
 * TypeScript or the `@/` aliases, so `node scripts/build-sim-worker.mjs` bundles this file and
 * everything it imports (the engine) into one JavaScript module, `.sim-worker/worker.mjs`
 * (`npm run build` does it first). Piscina calls the default export once per task.
 */
import { runSimTask, type SimKind, type SimResult, type SimTask } from './tasks';

export default function simWorker(task: SimTask): SimResult<SimKind> {
  return runSimTask(task);
}
