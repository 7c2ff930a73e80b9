/**
 * Where simulations run: a piscina pool of worker threads in production, so that the heaviest
 * level the cost bound allows never blocks the event loop that answers cheap routes; in this
 * thread elsewhere (dev, tests, scripts), unless DESCENT_SIM_THREADS asks for the pool.
 *
 * - `DESCENT_SIM_THREADS`: pool size (default max(1, cores − 1)); `0` runs every simulation in
 *   the request thread. Outside production the default is the request thread, so that `next dev`
 *   and the tests always run the engine's current source (the bundle is a build artifact).
 * - `DESCENT_SIM_WORKER`: the bundled worker (default `<cwd>/.sim-worker/worker.mjs`, written by
 *   `node scripts/build-sim-worker.mjs`, which `npm run build` runs first). A path from the
 *   working directory rather than `new URL(…, import.meta.url)`: Next bundles this file into
 *   `.next/server/…`, where a module-relative URL no longer points at the bundle. `next start`
 *   runs in the project folder. In production a missing bundle is an error, never a silent
 *   fallback to the request thread.
 *
 * At most MAX_QUEUED_PER_THREAD tasks per thread wait; beyond that runSim throws SimBusyError
 * (the routes answer 503 with Retry-After), except for follow-up work (`alwaysQueue`). One pool per process (kept on globalThis, so dev
 * reloads do not start another).
 */
import 'server-only'; // a client import fails the build (scripts: scripts/server-only-off.ts)
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { readyLevel } from '@/content/datasets/ready';
import { runSimTask, type SimKind, type SimResult, type SimTask, type SimTaskOf } from './tasks';

/** Tasks that may wait per pool thread before new ones are refused. */
export const MAX_QUEUED_PER_THREAD = 16;

/** The pool's queue is full: answer 503, try again shortly. */
export class SimBusyError extends Error {
  constructor() {
    super('the simulation queue is full');
    this.name = 'SimBusyError';
  }
}

/** How one task is run. */
export interface RunOptions {
  /** Queue it even when the queue is full: follow-up work of a request already accepted. */
  readonly alwaysQueue?: boolean;
}

/** Runs simulation tasks: in worker threads or in this thread. */
export interface SimRunner {
  readonly mode: 'pool' | 'in-thread';
  /** Worker threads (0 in this thread). */
  readonly size: number;
  run(task: SimTask, options?: RunOptions): Promise<unknown>;
  close(): Promise<void>;
}

/** The default worker bundle. */
export function defaultWorkerFile(): string {
  return path.join(process.cwd(), '.sim-worker', 'worker.mjs');
}

/** Runs tasks synchronously in this thread (still answering through a promise). */
export function inThreadRunner(): SimRunner {
  return {
    mode: 'in-thread',
    size: 0,
    run: async (task) => runSimTask(task),
    close: async () => {},
  };
}

/** A piscina pool of `threads` workers loading the bundle `filename`. */
export function poolRunner(filename: string, threads: number): SimRunner {
  if (!existsSync(filename)) {
    throw new Error(`the simulation worker bundle is missing at ${filename}: run \`node scripts/build-sim-worker.mjs\` (npm run build does), or set DESCENT_SIM_THREADS=0`);
  }
  const pool = new Piscina<SimTask, unknown>({
    filename: pathToFileURL(filename).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  const maxQueue = threads * MAX_QUEUED_PER_THREAD;
  return {
    mode: 'pool',
    size: threads,
    run: (task, options) => (!options?.alwaysQueue && pool.queueSize >= maxQueue ? Promise.reject(new SimBusyError()) : pool.run(task)),
    close: () => pool.close({ force: true }),
  };
}

/** Parses DESCENT_SIM_THREADS: a whole number ≥ 0, or unset (null); throws on anything else. */
export function parseSimThreads(spec: string | undefined): number | null {
  const text = spec?.trim();
  if (!text) return null;
  if (!/^\d{1,3}$/.test(text)) throw new Error(`DESCENT_SIM_THREADS must be a whole number (0: no pool), not "${spec}"`);
  return Number(text);
}

/** The pool size when DESCENT_SIM_THREADS is unset: a core left for the event loop (and the database). */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The runner the environment asks for (see the file note). */
export function runnerFromEnv(env: NodeJS.ProcessEnv = process.env): SimRunner {
  const asked = parseSimThreads(env.DESCENT_SIM_THREADS);
  const production = env.NODE_ENV === 'production';
  const threads = asked ?? (production ? defaultPoolSize() : 0);
  if (threads === 0) return inThreadRunner();
  return poolRunner(env.DESCENT_SIM_WORKER || defaultWorkerFile(), threads);
}

type Slot = { runner: SimRunner | null; tasks: Record<SimKind, number>; announced: boolean };
const SLOT = Symbol.for('descent.simRunner');
const store = globalThis as unknown as Record<symbol, Slot | undefined>;

function slot(): Slot {
  return (store[SLOT] ??= { runner: null, tasks: { score: 0, explain: 0, view: 0, failure: 0, shortcut: 0, path: 0, map: 0 }, announced: false });
}

/** The process's runner (created on first use). */
export function simRunner(): SimRunner {
  const s = slot();
  if (!s.runner) {
    s.runner = runnerFromEnv();
    if (!s.announced) {
      s.announced = true;
      console.info(s.runner.mode === 'pool' ? `[sim] simulations run in a pool of ${s.runner.size} worker thread(s)` : '[sim] simulations run in the request thread (set DESCENT_SIM_THREADS for the worker pool)');
    }
  }
  return s.runner;
}

/** Replaces the process's runner (tests, the bench); closes the previous one. */
export async function useSimRunner(runner: SimRunner | null): Promise<void> {
  const s = slot();
  const old = s.runner;
  s.runner = runner;
  if (old && old !== runner) await old.close();
}

/** Tasks started per kind since the process started (tests count them: a cache hit starts none). */
export function simTaskCounts(): Readonly<Record<SimKind, number>> {
  return { ...slot().tasks };
}

/** Runs one simulation task where the runner says: the pool, or this thread. */
export async function runSim<K extends SimKind>(task: SimTaskOf<K>, options?: RunOptions): Promise<SimResult<K>> {
  const tasks = slot().tasks;
  tasks[task.kind] = (tasks[task.kind] ?? 0) + 1; // a slot made before a kind was added lacks it
  // A real network's rows are loaded in this thread too: callers rebuild its landscape here.
  await readyLevel(task.level);
  return (await simRunner().run(task as SimTask, options)) as SimResult<K>;
}
