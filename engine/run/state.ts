/**
 * The moving parts of one run: the point, the optimizer's state, the batch sampler and the
 * scratch buffers, plus the two things done to them — a training step and an evaluation.
 * Everything is allocated once here, so the step loop allocates nothing.
 */
import type { Landscape } from '../landscape/types';
import { meanLoss } from '../landscape/objective';
import type { Order } from '../landscape/field';
import { BatchSampler } from '../sampler';
import { createRng } from '../rng';
import { getOptimizer } from '../optim/registry';
import type { Hyper, Optimizer } from '../optim/types';
import { addPenaltyGrad, l1IsProximal, regularizedStepInto } from '../regularize';
import { l1Subgradient } from '../diagnostics/curvature';
import { hyperOf, type Settings } from '../settings';
import type { Level } from '../level/schema';
import { runNorm, type RunNorm } from './batch-norm';
import { allocateTrace, recordStep, type TraceArrays, type TraceRecorder } from './trace';

/** A mean-loss query that the run updates in place (one object for the whole run). */
interface MutableQuery {
  ex: Landscape['train'];
  rows: Int32Array | null;
  count: number;
  order: Order;
  norm: Landscape['baseNorm'];
  out: Float64Array;
}

/** One run in progress. */
export interface RunState {
  readonly land: Landscape;
  readonly settings: Settings;
  readonly opt: Optimizer;
  readonly hyper: Hyper;
  readonly sampler: BatchSampler;
  readonly norm: RunNorm;
  readonly trace: TraceArrays;
  /** Writes the trace's steps (one buffer behind its arrays). */
  readonly recorder: TraceRecorder;
  /** The current point (w1, w2). */
  readonly p: Float64Array;
  /** Optimizer state. */
  readonly slots: Float64Array;
  /** Effective per-parameter rates of the last step. */
  readonly eff: Float64Array;
  readonly batch: Int32Array;
  /** The batch loss query (gradient into its `out`). */
  readonly batchQuery: MutableQuery;
  /** The whole-split evaluation query (gradient into its `out`). */
  readonly evalQuery: MutableQuery;
}

/**
 * Sets up a run of `level` on `land` with `settings` and the batches of `seed`; records the
 * start. `full`: record every step's diagnostics, not only the path (see Trace).
 */
export function createRun(level: Level, settings: Settings, land: Landscape, seed: number, full = true): RunState {
  const opt = getOptimizer(settings.optimizer);
  const batch = new Int32Array(settings.batchSize);
  const p = Float64Array.of(level.start[0], level.start[1]);
  const recorder = allocateTrace(level.budget, opt.slotCount, full);
  const trace = recorder.arrays;
  trace.x[0] = p[0];
  trace.y[0] = p[1];
  return {
    land,
    settings,
    opt,
    hyper: hyperOf(settings),
    sampler: new BatchSampler(land.train.n, settings.batchSize, settings.shuffle, createRng(seed)),
    norm: runNorm(land),
    trace,
    recorder,
    p,
    slots: new Float64Array(opt.slotCount),
    eff: new Float64Array(2),
    batch,
    batchQuery: { ex: land.train, rows: batch, count: 0, order: 1, norm: land.baseNorm, out: new Float64Array(5) },
    evalQuery: { ex: land.train, rows: null, count: 0, order: 1, norm: null, out: new Float64Array(5) },
  };
}

/**
 * Step t: draw a batch, (BatchNorm: its statistics), mean batch loss and gradient, + λ2·w,
 * optimizer update, L1 prox; records the step. Returns the batch loss.
 */
export function trainStep(run: RunState, t: number): number {
  const { land, sampler, batch, batchQuery: q, p, settings } = run;
  const epoch = sampler.epoch;
  const count = sampler.next(batch);
  q.count = count;
  if (!run.norm.fixed) q.norm = run.norm.train(land, batch, count);
  const loss = meanLoss(land, p[0], p[1], q);
  if (l1IsProximal(land)) regularizedStepInto(run.opt, p, q.out, run.slots, t, run.hyper, run.eff, settings.l1, settings.l2);
  else {
    // A network's slice: the penalty of θ through the gradient, no proximal step.
    addPenaltyGrad(land, p, q.out, settings.l1, settings.l2);
    run.opt.stepInto(p, q.out, run.slots, t, run.hyper, run.eff);
  }
  recordStep(run.recorder, t, epoch, loss, p, q.out, run.eff, run.slots);
  return loss;
}

/**
 * Evaluates step i on the whole train split: the loss, and (`withGrad`) the full objective's
 * gradient norm. A scoring run's intermediate checkpoints read only the loss.
 */
export function evaluateTrain(run: RunState, i: number, withGrad = true): void {
  const { land, p, evalQuery: q, settings, trace } = run;
  const w1 = p[0];
  const w2 = p[1];
  q.ex = land.train;
  q.order = withGrad ? 1 : 0;
  trace.trainLoss[i] = meanLoss(land, w1, w2, q);
  if (!withGrad) return;
  let gx: number;
  let gy: number;
  if (l1IsProximal(land)) {
    gx = l1Subgradient(q.out[0] + settings.l2 * w1, w1, settings.l1);
    gy = l1Subgradient(q.out[1] + settings.l2 * w2, w2, settings.l1);
  } else {
    addPenaltyGrad(land, p, q.out, settings.l1, settings.l2);
    [gx, gy] = [q.out[0], q.out[1]];
  }
  trace.gradNorm[i] = Math.sqrt(gx * gx + gy * gy);
}

/** Evaluates step i's loss on the whole test split. */
export function evaluateTest(run: RunState, i: number): void {
  const { land, p, evalQuery: q } = run;
  q.ex = land.test;
  q.order = 0;
  run.trace.testLoss[i] = meanLoss(land, p[0], p[1], q);
}

/** Brings the evaluation normalization up to date (BatchNorm's running averages) before evaluating. */
export function syncEvaluation(run: RunState): void {
  run.evalQuery.norm = run.norm.evaluation();
}
