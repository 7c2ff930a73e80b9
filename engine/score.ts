/**
 * Scoring: the same function in the browser and on the server. A level's score is the mean of
 * K per-seed scores (seeds 1…K), so luck is not a strategy.
 *
 * Per seed (0–1000):
 * - reached the goal at step t:  600 + 400·(1 − t/budget)   (faster is better)
 * - diverged:                    0
 * - otherwise:                   500·progress, where progress ∈ [0, 1] is how much of the way
 *                                from the start to the goal the final point covers (distance to
 *                                the goal disc for region goals, loss for loss goals).
 * Stars: none unless the goal was reached on at least half of the K seeds (MIN_SUCCESS_RATE) —
 * getting closer without arriving is progress, not a win; then the number of the level's
 * thresholds [one, two, three] that the rounded score reaches.
 */
import type { Level } from './level/schema';
import type { Settings } from './settings';
import type { Landscape } from './landscape/types';
import { landscapeFor, simulate, type Outcome, type Trace } from './simulate';

/** Score of one seed's run. */
export interface SeedScore {
  readonly seed: number;
  readonly outcome: Outcome;
  readonly goalStep: number | null;
  readonly score: number;
}

/** A level's result for one set of settings. */
export interface LevelScore {
  /** Rounded mean of the per-seed scores, 0–1000. */
  readonly score: number;
  /** 0–3. */
  readonly stars: number;
  /** Fraction of seeds that reached the goal. */
  readonly successRate: number;
  readonly seeds: readonly SeedScore[];
  /** The most frequent outcome (ties broken by the order of OUTCOME_ORDER). */
  readonly outcome: Outcome;
}

const OUTCOME_ORDER: readonly Outcome[] = ['reached-goal', 'stalled', 'budget-exhausted', 'diverged'];

/** The seeds a level is scored on: 1…K. */
export function levelSeeds(level: Level): number[] {
  return Array.from({ length: level.seeds }, (_, k) => k + 1);
}

/** Progress toward the goal in [0, 1] of a run that did not reach it. */
export function progressOf(level: Level, trace: Trace): number {
  const i = trace.lastEvaluated;
  const { goal } = level;
  if (goal.kind === 'region') {
    const d = (j: number) => Math.max(0, Math.hypot(trace.x[j] - goal.center[0], trace.y[j] - goal.center[1]) - goal.radius);
    const d0 = d(0);
    return d0 === 0 ? 1 : clamp01(1 - d(trace.steps) / d0);
  }
  const series = goal.split === 'train' ? trace.trainLoss : trace.testLoss;
  const l0 = series[0];
  const gap = l0 - goal.below;
  return gap <= 0 ? 1 : clamp01((l0 - series[i]) / gap);
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

/** The score of one run (see file note). */
export function scoreTrace(level: Level, trace: Trace): number {
  if (trace.outcome === 'reached-goal') return 600 + 400 * (1 - (trace.goalStep ?? 0) / level.budget);
  if (trace.outcome === 'diverged') return 0;
  return 500 * progressOf(level, trace);
}

/** The fraction of the K seeds that must reach the goal for any star. */
export const MIN_SUCCESS_RATE = 0.5;

/** Stars earned by a score, given the fraction of seeds that reached the goal. */
export function starsFor(level: Level, score: number, successRate: number): number {
  if (!(successRate >= MIN_SUCCESS_RATE)) return 0;
  return level.stars.filter((threshold) => score >= threshold).length;
}

/** Runs all K seeds (checkpoint recording) and scores them. */
export function scoreLevel(level: Level, settings: Settings, landscape?: Landscape): LevelScore {
  const land = landscape ?? landscapeFor(level, settings);
  const seeds = levelSeeds(level).map((seed): SeedScore => {
    const trace = simulate(level, settings, seed, { landscape: land, record: 'path' });
    return { seed, outcome: trace.outcome, goalStep: trace.goalStep, score: scoreTrace(level, trace) };
  });
  const score = Math.round(seeds.reduce((a, s) => a + s.score, 0) / seeds.length);
  const counts = new Map<Outcome, number>();
  for (const s of seeds) counts.set(s.outcome, (counts.get(s.outcome) ?? 0) + 1);
  const outcome = OUTCOME_ORDER.reduce((best, o) => ((counts.get(o) ?? 0) > (counts.get(best) ?? 0) ? o : best), OUTCOME_ORDER[0]);
  const successRate = seeds.filter((s) => s.outcome === 'reached-goal').length / seeds.length;
  return {
    score,
    stars: starsFor(level, score, successRate),
    successRate,
    seeds,
    outcome,
  };
}
