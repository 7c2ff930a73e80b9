/**
 * The record of one run: the Trace type and the arrays behind it, allocated once per run and
 * written step by step by simulate (../simulate.ts).
 */

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
  /**
   * Mean data loss on the batch of step i (1…steps; index 0 is NaN). This and the other step
   * diagnostics below (batch gradient, effective rates, slots, epoch) are left empty (length 0)
   * by a `record: 'path'` run (scoring, previews, ghost paths), which needs only its path and
   * evaluations.
   */
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

/** The per-step arrays of a Trace, before the run's summary (outcome, steps…) is known. */
export type TraceArrays = Pick<
  Trace,
  'x' | 'y' | 'batchLoss' | 'batchGradX' | 'batchGradY' | 'trainLoss' | 'testLoss' | 'gradNorm' | 'effLr' | 'slots' | 'slotCount' | 'epoch'
>;

/**
 * Where a run writes its steps: every per-step array of the trace is a view into one buffer
 * (a run allocates two blocks instead of eleven, and the step loop stores into a single typed
 * array: measured ≈ 20 % of a step when each array was written through its own view).
 * Layout, in blocks of n = budget + 1: trainLoss, testLoss, gradNorm, x, y, then (full
 * recording only) batchLoss, batchGradX, batchGradY, effLr (2 blocks, interleaved), slots
 * (slotCount blocks, interleaved). A path-only recorder allocates 5 blocks instead of 10 +
 * slotCount (for Adam, 200 KB instead of 560 KB per 5 000 steps) and stores 2 numbers a step.
 */
export interface TraceRecorder {
  readonly arrays: TraceArrays;
  readonly buf: Float64Array;
  readonly n: number;
  /** Whether the step diagnostics are recorded ('every-step'), or only the path. */
  readonly full: boolean;
}

const X = 3;
const Y = 4;
const BATCH_LOSS = 5;
const GRAD_X = 6;
const GRAD_Y = 7;
const EFF = 8;
const SLOTS = 10;
/** The blocks of a path-only recording: the three evaluated series, x and y. */
const PATH_BLOCKS = 5;
const EMPTY = new Float64Array(0);
const EMPTY_EPOCHS = new Int32Array(0);

/**
 * The arrays of a run of `budget` steps. Step arrays are written at every step they cover (slot
 * 0 of per-step values stays NaN); the evaluated series are sparse in 'checkpoints' mode, so they
 * start as NaN throughout.
 */
export function allocateTrace(budget: number, slotCount: number, full = true): TraceRecorder {
  const n = budget + 1;
  const buf = new Float64Array(n * (full ? SLOTS + slotCount : PATH_BLOCKS));
  const view = (k: number, width = 1): Float64Array => (full || k < PATH_BLOCKS ? buf.subarray(k * n, (k + width) * n) : EMPTY);
  const arrays: TraceArrays = {
    trainLoss: view(0),
    testLoss: view(1),
    gradNorm: view(2),
    x: view(X),
    y: view(Y),
    batchLoss: view(BATCH_LOSS),
    batchGradX: view(GRAD_X),
    batchGradY: view(GRAD_Y),
    effLr: view(EFF, 2),
    slots: view(SLOTS, slotCount),
    slotCount,
    epoch: full ? new Int32Array(n) : EMPTY_EPOCHS,
  };
  buf.fill(NaN, 0, 3 * n);
  if (full) {
    arrays.batchLoss[0] = arrays.batchGradX[0] = arrays.batchGradY[0] = NaN;
    arrays.effLr[0] = arrays.effLr[1] = NaN;
  }
  return { arrays, buf, n, full };
}

/**
 * Writes what step t did: the new point `p`, and (full recording) the batch's epoch, loss and
 * gradient `g`, the effective rates `eff` and the slots.
 */
export function recordStep(rec: TraceRecorder, t: number, epoch: number, loss: number, p: Float64Array, g: Float64Array, eff: Float64Array, slots: Float64Array): void {
  const { buf, n } = rec;
  buf[X * n + t] = p[0];
  buf[Y * n + t] = p[1];
  if (!rec.full) return;
  rec.arrays.epoch[t] = epoch;
  buf[BATCH_LOSS * n + t] = loss;
  buf[GRAD_X * n + t] = g[0];
  buf[GRAD_Y * n + t] = g[1];
  buf[EFF * n + 2 * t] = eff[0];
  buf[EFF * n + 2 * t + 1] = eff[1];
  const c = slots.length;
  const at = SLOTS * n + c * t;
  for (let k = 0; k < c; k++) buf[at + k] = slots[k];
}
