/**
 * simulate(level, settings, seed): the single source of truth for a run. Deterministic: the
 * same inputs give a bit-identical trace (integer-seeded sfc32, fixed operation order).
 *
 * Each step t = 1…budget: draw a batch, (BatchNorm: take the batch's statistics and update the
 * running averages), mean batch loss and gradient, + λ2·w, optimizer update, L1 prox.
 * Non-finite numbers end the run as 'diverged'. The outcome reads full-split losses and the
 * full gradient only at checkpoints (every CHECK_EVERY steps and the last step), so a run that
 * records them at every step for charts (`record: 'every-step'`) has exactly the same outcome
 * as a cheaper scoring run (`record: 'checkpoints'`).
 *
 * A loss goal is reached at the first checkpoint where it holds, unless it is a hold goal
 * (`hold: true`): then the run uses its whole budget and reaches the goal only if the loss is
 * below the threshold at every checkpoint from some step t through the last step; the goal
 * step is that settling step t. A loss that dips below and bounces back does not count.
 */
import type { Landscape, NormStats } from './landscape/types';
import { buildLandscape } from './landscape/registry';
import { meanLoss } from './landscape/objective';
import { BatchSampler } from './sampler';
import { createRng } from './rng';
import { getOptimizer } from './optim/registry';
import { penalty, regularizedStepInto } from './regularize';
import { l1Subgradient } from './diagnostics/curvature';
import { hyperOf, type Settings } from './settings';
import type { Level } from './level/schema';

/** Outcome checks (loss goal, stall) happen every this many steps, and at the last step. */
export const CHECK_EVERY = 10;
/** BatchNorm running-average momentum (PyTorch's default). */
export const BN_MOMENTUM = 0.1;

/** How a run ended. */
export type Outcome = 'reached-goal' | 'budget-exhausted' | 'diverged' | 'stalled';

/** Everything that happened in one run. Arrays indexed by step i hold the state after i updates. */
export interface Trace {
  readonly seed: number;
  /** Number of updates performed (≤ budget). */
  readonly steps: number;
  readonly outcome: Outcome;
  /** Step at which the goal was reached (hold goals: from which it held to the end), or null. */
  readonly goalStep: number | null;
  /** Parameters after i updates, i = 0…steps. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Mean data loss on the batch of step i (1…steps; index 0 is NaN). */
  readonly batchLoss: Float64Array;
  /** Batch gradient of step i (data + L2), before the update. */
  readonly batchGradX: Float64Array;
  readonly batchGradY: Float64Array;
  /**
   * Data loss on the train / test split after i updates. NaN where not evaluated: 'every-step'
   * records all; 'checkpoints' records the goal's split every CHECK_EVERY steps, and the train
   * loss and gradient norm (and test loss, for region goals) at the last step.
   */
  readonly trainLoss: Float64Array;
  readonly testLoss: Float64Array;
  /** Norm of the full objective gradient (data + L2 + the smallest L1 subgradient) after i updates (NaN where not evaluated). */
  readonly gradNorm: Float64Array;
  /** Effective per-parameter learning rate of step i, interleaved [w1, w2]. */
  readonly effLr: Float64Array;
  /** Optimizer slots after step i, `slotCount` values per step. */
  readonly slots: Float64Array;
  readonly slotCount: number;
  /** Epoch of the batch used at step i. */
  readonly epoch: Int32Array;
  /** Index of the last evaluated step. */
  readonly lastEvaluated: number;
}

/** Options of a simulation. */
export interface SimulateOptions {
  /** Evaluate train/test loss and gradient norm at every step (charts) or only at checkpoints (scoring). */
  readonly record?: 'every-step' | 'checkpoints';
  /** A landscape already built for this level and these settings (saves rebuilding across seeds). */
  readonly landscape?: Landscape;
}

/** Builds the landscape a level runs on under the given settings (BatchNorm reshapes it). */
export function landscapeFor(level: Level, settings: Settings): Landscape {
  return buildLandscape(level.landscape, { batchNorm: settings.batchNorm });
}

/** Runs one seed of a level with validated settings. Never throws on numerical trouble. */
export function simulate(level: Level, settings: Settings, seed: number, opts: SimulateOptions = {}): Trace {
  const land = opts.landscape ?? landscapeFor(level, settings);
  const every = opts.record === 'every-step';
  const budget = level.budget;
  const opt = getOptimizer(settings.optimizer);
  const hyper = hyperOf(settings);
  const sampler = new BatchSampler(land.train.n, settings.batchSize, settings.shuffle, createRng(seed));

  // Step arrays are written at every step they cover (slot 0 of per-step values stays NaN);
  // the evaluated series are sparse in 'checkpoints' mode, so they start as NaN throughout.
  const x = new Float64Array(budget + 1);
  const y = new Float64Array(budget + 1);
  const batchLoss = new Float64Array(budget + 1);
  const bgx = new Float64Array(budget + 1);
  const bgy = new Float64Array(budget + 1);
  batchLoss[0] = bgx[0] = bgy[0] = NaN;
  const trainLoss = new Float64Array(budget + 1).fill(NaN);
  const testLoss = new Float64Array(budget + 1).fill(NaN);
  const gradNorm = new Float64Array(budget + 1).fill(NaN);
  const effLr = new Float64Array(2 * (budget + 1));
  effLr[0] = effLr[1] = NaN;
  const slotCount = opt.slotCount;
  const slotLog = new Float64Array(slotCount * (budget + 1));
  const epoch = new Int32Array(budget + 1);

  const p = Float64Array.of(level.start[0], level.start[1]);
  const g = new Float64Array(5);
  const slots = new Float64Array(slotCount);
  const eff = new Float64Array(2);
  const batch = new Int32Array(settings.batchSize);
  const full = new Float64Array(5);

  // BatchNorm: batch statistics for training, running averages (init mean 0, var 1) for evaluation.
  const bn = land.batchNorm;
  const batchNorm: NormStats | null = bn ? Float64Array.from(land.baseNorm ?? [0, 0, 1, 1, 0]) : null;
  const runMean = Float64Array.of(0, 0);
  const runVar = Float64Array.of(1, 1);
  // Before the first batch the running averages hold only their initial values, which on raw
  // features give an absurd loss (≈1e9 on age/salary); the start is evaluated with the training
  // set's own statistics (baseNorm) instead, so a loss goal's progress is not measured from it.
  let seenBatch = false;
  const evalNorm: NormStats | null = bn ? Float64Array.from(land.baseNorm ?? [0, 0, 1, 1, 0]) : land.baseNorm;

  const { goal } = level;
  const r2 = goal.kind === 'region' ? goal.radius * goal.radius : 0;
  const span = Math.max(land.domain.x[1] - land.domain.x[0], land.domain.y[1] - land.domain.y[0]);
  const escape = 1e6 * (span + Math.abs(level.start[0]) + Math.abs(level.start[1]));

  // What the outcome needs is evaluated in both recording modes: the goal's split at checkpoints
  // (loss goals) and the train loss and gradient at the last step. 'every-step' adds the rest.
  const goalSplit = goal.kind === 'loss' ? goal.split : null;
  const hold = goal.kind === 'loss' && goal.hold === true;
  // Hold goals: the first checkpoint of the current unbroken stretch below the threshold, or null.
  let settledAt: number | null = null;
  const syncEvalNorm = (): void => {
    if (bn && evalNorm && seenBatch) {
      evalNorm[0] = runMean[0];
      evalNorm[1] = runMean[1];
      evalNorm[2] = 1 / Math.sqrt(runVar[0] + bn.eps);
      evalNorm[3] = 1 / Math.sqrt(runVar[1] + bn.eps);
    }
  };
  const evalTrain = (i: number): void => {
    const w1 = p[0];
    const w2 = p[1];
    trainLoss[i] = meanLoss(land, land.train, null, 0, w1, w2, full, 1, evalNorm);
    const gx = l1Subgradient(full[0] + settings.l2 * w1, w1, settings.l1);
    const gy = l1Subgradient(full[1] + settings.l2 * w2, w2, settings.l1);
    gradNorm[i] = Math.sqrt(gx * gx + gy * gy);
  };
  const evalTest = (i: number): void => {
    testLoss[i] = meanLoss(land, land.test, null, 0, p[0], p[1], full, 0, evalNorm);
  };
  /** Evaluates step i: everything when `all`, else only what the outcome reads. */
  const evaluate = (i: number, all: boolean, last: boolean): void => {
    syncEvalNorm();
    if (all || last || goalSplit === 'train') evalTrain(i);
    if (all || goalSplit === 'test' || (last && goalSplit === null)) evalTest(i);
  };
  const lossGoalMet = (i: number): boolean =>
    goal.kind === 'loss' && (goal.split === 'train' ? trainLoss[i] : testLoss[i]) < goal.below;
  const inRegion = (): boolean => {
    if (goal.kind !== 'region') return false;
    const dx = p[0] - goal.center[0];
    const dy = p[1] - goal.center[1];
    return dx * dx + dy * dy <= r2;
  };

  x[0] = p[0];
  y[0] = p[1];
  evaluate(0, true, true);
  let outcome: Outcome = 'budget-exhausted';
  let goalStep: number | null = null;
  let steps = 0;
  let lastEvaluated = 0;
  if (hold && lossGoalMet(0)) settledAt = 0;
  else if (inRegion() || lossGoalMet(0)) {
    outcome = 'reached-goal';
    goalStep = 0;
  }

  for (let t = 1; t <= budget && goalStep === null; t++) {
    epoch[t] = sampler.epoch;
    const count = sampler.next(batch);
    let norm = land.baseNorm;
    if (bn && batchNorm) {
      bn.batchStats(land.train, batch, count, batchNorm);
      updateRunningStats(land.train, batch, count, runMean, runVar);
      seenBatch = true;
      norm = batchNorm;
    }
    const loss = meanLoss(land, land.train, batch, count, p[0], p[1], g, 1, norm);
    batchLoss[t] = loss;
    regularizedStepInto(opt, p, g, slots, t, hyper, eff, settings.l1, settings.l2);
    bgx[t] = g[0];
    bgy[t] = g[1];
    effLr[2 * t] = eff[0];
    effLr[2 * t + 1] = eff[1];
    for (let k = 0; k < slotCount; k++) slotLog[slotCount * t + k] = slots[k];
    x[t] = p[0];
    y[t] = p[1];
    steps = t;
    if (!Number.isFinite(loss) || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) + Math.abs(p[1]) > escape) {
      outcome = 'diverged';
      break;
    }
    const reached = inRegion();
    const last = reached || t === budget;
    const checkpoint = last || t % CHECK_EVERY === 0;
    if (every || checkpoint) evaluate(t, every, last);
    if (!checkpoint) continue;
    // Region goals evaluate nothing at intermediate checkpoints: only count evaluated steps.
    if (last || goalSplit !== null) lastEvaluated = t;
    if (reached) {
      outcome = 'reached-goal';
      goalStep = t;
      break;
    }
    const watchedBad = goalSplit !== null && !Number.isFinite(goalSplit === 'test' ? testLoss[t] : trainLoss[t]);
    const lastBad = last && (!Number.isFinite(trainLoss[t]) || !Number.isFinite(gradNorm[t]));
    if (watchedBad || lastBad) {
      outcome = 'diverged';
      break;
    }
    if (hold) settledAt = lossGoalMet(t) ? (settledAt ?? t) : null;
    else if (lossGoalMet(t)) {
      outcome = 'reached-goal';
      goalStep = t;
      break;
    }
  }
  if (hold && outcome === 'budget-exhausted' && settledAt !== null) {
    outcome = 'reached-goal';
    goalStep = settledAt;
  }
  if (outcome === 'budget-exhausted' && gradNorm[lastEvaluated] < level.stallGradNorm) outcome = 'stalled';

  return {
    seed,
    steps,
    outcome,
    goalStep,
    x,
    y,
    batchLoss,
    batchGradX: bgx,
    batchGradY: bgy,
    trainLoss,
    testLoss,
    gradNorm,
    effLr,
    slots: slotLog,
    slotCount,
    epoch,
    lastEvaluated,
  };
}

/** PyTorch-style running statistics: biased variance normalizes, unbiased variance is averaged. */
function updateRunningStats(
  ex: Landscape['train'],
  idx: Int32Array,
  count: number,
  runMean: Float64Array,
  runVar: Float64Array,
): void {
  for (let c = 0; c < 2; c++) {
    let m = 0;
    for (let k = 0; k < count; k++) m += ex.data[idx[k] * ex.width + c];
    m /= count;
    let v = 0;
    for (let k = 0; k < count; k++) {
      const d = ex.data[idx[k] * ex.width + c] - m;
      v += d * d;
    }
    v = count > 1 ? v / (count - 1) : 0;
    runMean[c] = (1 - BN_MOMENTUM) * runMean[c] + BN_MOMENTUM * m;
    runVar[c] = (1 - BN_MOMENTUM) * runVar[c] + BN_MOMENTUM * v;
  }
}

/** Data loss plus penalty (what the optimizer minimizes) at a point, for display. */
export function objectiveAt(land: Landscape, settings: Settings, w1: number, w2: number): number {
  const out = new Float64Array(5);
  return meanLoss(land, land.train, null, 0, w1, w2, out, 0, land.baseNorm) + penalty(w1, w2, settings.l1, settings.l2);
}
