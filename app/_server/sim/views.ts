/**
 * Explanations and run views for the routes that show them (GET /api/explain, the /runs/<id>
 * and /explain pages), in the one order every such route follows:
 *   1. the cost bound (../services/sim-cost.ts): over it, a 422 naming the bound;
 *   2. the cache (./cache.ts), by (level hash, settings, seed): a hit returns without simulating
 *      and without counting against the rate limit;
 *   3. the simulating-read rate limit (../http/rate-limit.ts, per player and per address): 429;
 *   4. the simulation, in the worker pool (./pool.ts): 503 when its queue is full.
 */
import { landscapeFor, type Level, type Settings } from '@/engine';
import type { Explanation } from '@/engine/explain';
import type { RunView } from '@/components/explain/prepare';
import type { HasHeaders } from '../http/client';
import { limitSimulatingRead } from '../http/rate-limit';
import { costProblem } from '@/components/explain/sim-cost';
import { PromiseLru, simKey } from './cache';
import { orBusy, problemOf, type SimProblem } from './http';
import { runSim } from './pool';

/** Explanations kept (a few KB each). */
export const EXPLANATION_CACHE_SIZE = 1000;
/** Run views kept: each holds a trace and a contour map, up to ≈ 1 MB at the largest budget. */
export const VIEW_CACHE_SIZE = 32;

type Caches = { explain: PromiseLru<Explanation>; view: PromiseLru<RunView> };
const CACHES = Symbol.for('descent.simCaches');
const holder = globalThis as unknown as { [CACHES]?: Caches };

function caches(): Caches {
  return (holder[CACHES] ??= { explain: new PromiseLru(EXPLANATION_CACHE_SIZE), view: new PromiseLru(VIEW_CACHE_SIZE) });
}

/** Empties both caches (tests). */
export function clearSimCaches(): void {
  caches().explain.clear();
  caches().view.clear();
}

/** What a simulating read asks for: the level as served, validated settings, the seed shown. */
export interface SimRequest {
  readonly level: Level;
  readonly settings: Settings;
  readonly seed: number;
}

type Outcome<V> = { ok: true; value: V } | SimProblem;

async function cached<V>(
  cache: PromiseLru<V>,
  work: 'explain' | 'page',
  { level, settings, seed }: SimRequest,
  request: HasHeaders,
  compute: () => Promise<V>,
): Promise<Outcome<V>> {
  const costly = costProblem(level, work);
  if (costly) return costly;
  const key = simKey(level, settings, seed);
  const hit = cache.get(key);
  if (!hit) {
    const limited = await limitSimulatingRead(request);
    if (limited) return problemOf(limited);
  }
  return orBusy(hit ?? cache.getOrCompute(key, compute));
}

/** The explanation of one seed's run (GET /api/explain). */
export function explanationFor(req: SimRequest, request: HasHeaders): Promise<Outcome<Explanation>> {
  return cached(caches().explain, 'explain', req, request, () => runSim({ kind: 'explain', ...req }));
}

/** Everything a run page shows (the /runs/<id> and /explain pages). */
export function runViewFor(req: SimRequest, request: HasHeaders): Promise<Outcome<RunView>> {
  return cached(caches().view, 'page', req, request, async () => {
    const data = await runSim({ kind: 'view', ...req });
    // The landscape holds functions, so it never crosses threads: rebuilt here (≈ 1–10 ms).
    return { ...data, land: landscapeFor(req.level, req.settings) };
  });
}
