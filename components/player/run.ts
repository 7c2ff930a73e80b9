/**
 * One launch of a level: the shown run (the URL's seed, every step recorded for the charts),
 * the K scoring seeds (also drawn as ghost balls), and the score — all from the engine.
 */
import { landscapeFor, levelSeeds, scoreTrace, simulate, starsFor, type Landscape, type Level, type Settings, type Trace } from '@/engine';
import type { PathView } from '@/components/scene/types';

/** What a launch produces. */
export interface RunResult {
  readonly trace: Trace;
  readonly landscape: Landscape;
  /** The K scoring runs (seeds 1…K). */
  readonly seedTraces: readonly Trace[];
  readonly score: number;
  readonly stars: number;
  readonly successRate: number;
  /** Milliseconds the engine took for all of it. */
  readonly ms: number;
}

/** Runs the shown seed and the K scoring seeds. Same numbers as the server's scoreLevel. */
export function computeRun(level: Level, settings: Settings, seed: number): RunResult {
  const t0 = performance.now();
  const landscape = landscapeFor(level, settings);
  const trace = simulate(level, settings, seed, { landscape, record: 'every-step' });
  const seedTraces = levelSeeds(level).map((s) => simulate(level, settings, s, { landscape, record: 'path' }));
  const perSeed = seedTraces.map((t) => scoreTrace(level, t));
  const score = Math.round(perSeed.reduce((a, b) => a + b, 0) / perSeed.length);
  const successRate = seedTraces.filter((t) => t.outcome === 'reached-goal').length / seedTraces.length;
  return {
    trace,
    landscape,
    seedTraces,
    score,
    stars: starsFor(level, score, successRate),
    successRate,
    ms: performance.now() - t0,
  };
}

/** A trace as a path to draw. */
export function pathOf(trace: Trace): PathView {
  return { x: trace.x, y: trace.y, steps: trace.steps };
}
