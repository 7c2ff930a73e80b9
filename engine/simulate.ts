/**
 * simulate(level, settings, seed): the single source of truth for a run. Deterministic: the
 * same inputs give a bit-identical trace (integer-seeded sfc32, fixed operation order).
 *
 * Each step t = 1…budget: draw a batch, (BatchNorm: take the batch's statistics and update the
 * running averages), mean batch loss and gradient, + λ2·w, optimizer update, L1 prox.
 * Non-finite numbers end the run as 'diverged'. The outcome reads full-split losses and the
 * full gradient only at checkpoints (every CHECK_EVERY steps and the last step), so a run that
 * records them at every step for charts (`record: 'every-step'`) has exactly the same outcome
 * and path as a cheaper run that evaluates only at checkpoints (`record: 'checkpoints'`), or
 * one that also records nothing but its path (`record: 'path'`: scoring, previews).
 *
 * A loss goal is reached at the first checkpoint where it holds, unless it is a hold goal
 * (`hold: true`): then the run uses its whole budget and reaches the goal only if the loss is
 * below the threshold at every checkpoint from some step t through the last step; the goal
 * step is that settling step t. A loss that dips below and bounces back does not count.
 */
import type { Landscape } from './landscape/types';
import { buildLandscape } from './landscape/registry';
import { meanLoss } from './landscape/objective';
import { penaltyOn } from './regularize';
import type { Settings } from './settings';
import type { Level } from './level/schema';
import { createRun, evaluateTest, evaluateTrain, syncEvaluation, trainStep, type RunState } from './run/state';
import { blewUp, finalVerdict, goalWatch, inRegion, judgeCheckpoint, startVerdict, type GoalWatch, type Verdict } from './run/goal';
import type { Trace } from './run/trace';

export type { Outcome, Trace } from './run/trace';
export { BN_MOMENTUM } from './run/batch-norm';

/** Outcome checks (loss goal, stall) happen every this many steps, and at the last step. */
export const CHECK_EVERY = 10;

/** Options of a simulation. */
export interface SimulateOptions {
  /**
   * Evaluate train/test loss and gradient norm at every step (charts) or only at checkpoints;
   * 'path' evaluates like 'checkpoints' but records only the path, not the step diagnostics
   * (batch loss and gradient, rates, slots, epochs: see Trace) — what scoring, previews and
   * ghost paths read. Default 'checkpoints'.
   */
  readonly record?: 'every-step' | 'checkpoints' | 'path';
  /** A landscape already built for this level and these settings (saves rebuilding across seeds). */
  readonly landscape?: Landscape;
}

/**
 * Which landscape variant settings build: only BatchNorm and standardization reshape the
 * landscape object (λ reshapes the objective drawn, not the landscape). Equal keys, same landscape.
 */
export function landscapeVariant(settings: Pick<Settings, 'batchNorm' | 'standardize'>): string {
  return `bn${settings.batchNorm ? 1 : 0}std${settings.standardize ? 1 : 0}`;
}

/** Builds the landscape a level runs on under the given settings (BatchNorm and standardization reshape it). */
export function landscapeFor(level: Level, settings: Settings): Landscape {
  return buildLandscape(level.landscape, { batchNorm: settings.batchNorm, standardize: settings.standardize });
}

/**
 * Evaluates step i: everything when `all`, else only what the outcome reads — the goal's split
 * at checkpoints (loss goals), and the train loss and gradient at the last step.
 */
function evaluate(run: RunState, watch: GoalWatch, i: number, all: boolean, last: boolean): void {
  syncEvaluation(run);
  const split = watch.goalSplit;
  // The gradient norm is read at the last step (stalls) and in charts; a checkpoint needs the loss.
  if (all || last || split === 'train') evaluateTrain(run, i, all || last);
  if (all || split === 'test' || (last && split === null)) evaluateTest(run, i);
}

/** Steps 1…budget until the goal, divergence or the budget ends the run; returns the steps taken. */
function runSteps(run: RunState, watch: GoalWatch, verdict: Verdict, budget: number, every: boolean): number {
  let steps = 0;
  for (let t = 1; t <= budget && verdict.goalStep === null; t++) {
    const loss = trainStep(run, t);
    steps = t;
    if (blewUp(watch, loss, run.p)) {
      verdict.outcome = 'diverged';
      break;
    }
    const reached = inRegion(watch, run.p);
    const last = reached || t === budget;
    const checkpoint = last || t % CHECK_EVERY === 0;
    if (every || checkpoint) evaluate(run, watch, t, every, last);
    if (checkpoint && judgeCheckpoint(watch, verdict, run.trace, t, reached, last)) break;
  }
  return steps;
}

/** Runs one seed of a level with validated settings. Never throws on numerical trouble. */
export function simulate(level: Level, settings: Settings, seed: number, opts: SimulateOptions = {}): Trace {
  const land = opts.landscape ?? landscapeFor(level, settings);
  const every = opts.record === 'every-step';
  const run = createRun(level, settings, land, seed, opts.record !== 'path');
  const watch = goalWatch(level, land);
  evaluate(run, watch, 0, true, true);
  const verdict = startVerdict(watch, run.trace, run.p);
  const steps = runSteps(run, watch, verdict, level.budget, every);
  finalVerdict(watch, verdict, run.trace);
  const { outcome, goalStep, lastEvaluated } = verdict;
  return { seed, steps, outcome, goalStep, ...run.trace, lastEvaluated };
}

/** Data loss plus penalty (what the optimizer minimizes) at a point, for display. */
export function objectiveAt(land: Landscape, settings: Settings, w1: number, w2: number): number {
  return meanLoss(land, w1, w2, { ex: land.train, norm: land.baseNorm }) + penaltyOn(land, w1, w2, settings.l1, settings.l2);
}
