/**
 * The entry of the simulation pool's worker threads (./pool.ts). Worker threads cannot load
 * TypeScript or the `@/` aliases, so `node scripts/build-sim-worker.mjs` bundles this file and
 * everything it imports (the engine) into one JavaScript module, `.sim-worker/worker.mjs`
 * (`npm run build` does it first). Piscina calls the default export once per task.
 */
import { readyLevel } from '@/content/datasets/ready';
import { runSimTask, type SimKind, type SimResult, type SimTask } from './tasks';

/** Readies the task's level in this thread (a real network's rows load once per thread), then runs it. */
export default async function simWorker(task: SimTask): Promise<SimResult<SimKind>> {
  await readyLevel(task.level);
  return runSimTask(task);
}
