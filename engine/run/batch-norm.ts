/**
 * BatchNorm during a run: each training step normalizes with its mini-batch's statistics and
 * updates running averages (init mean 0, var 1, as PyTorch), which evaluation then uses.
 */
import { IDENTITY_NORM, type Examples, type Landscape, type NormStats } from '../landscape/types';

/** BatchNorm running-average momentum (PyTorch's default). */
export const BN_MOMENTUM = 0.1;

/** The normalizations in force during one run. */
export interface RunNorm {
  /** What training steps use: the batch's statistics (BatchNorm) or the landscape's fixed one. */
  readonly train: (land: Landscape, batch: Int32Array, count: number) => NormStats | null;
  /** True when training uses one fixed normalization (no BatchNorm): `train` need not be called per step. */
  readonly fixed: boolean;
  /** What evaluation uses at this point of the run (synced to the running averages). */
  readonly evaluation: () => NormStats | null;
}

/** Without BatchNorm, training and evaluation both use the landscape's fixed normalization. */
function fixedNorm(land: Landscape): RunNorm {
  const norm = land.baseNorm;
  return { fixed: true, train: () => norm, evaluation: () => norm };
}

/** The normalizations of a run on `land` (BatchNorm when the landscape was built with it). */
export function runNorm(land: Landscape): RunNorm {
  const bn = land.batchNorm;
  if (!bn) return fixedNorm(land);
  const batchNorm = Float64Array.from(land.baseNorm ?? IDENTITY_NORM);
  // Before the first batch the running averages hold only their initial values, which on raw
  // features give an absurd loss (≈1e9 on age/salary); the start is evaluated with the training
  // set's own statistics (baseNorm) instead, so a loss goal's progress is not measured from it.
  const evalNorm = Float64Array.from(land.baseNorm ?? IDENTITY_NORM);
  const runMean = Float64Array.of(0, 0);
  const runVar = Float64Array.of(1, 1);
  let seenBatch = false;
  return {
    fixed: false,
    train(l, batch, count) {
      bn.batchStats(l.train, batch, count, batchNorm);
      updateRunningStats(l.train, batch, count, runMean, runVar);
      seenBatch = true;
      return batchNorm;
    },
    evaluation() {
      if (seenBatch) {
        evalNorm[0] = runMean[0];
        evalNorm[1] = runMean[1];
        evalNorm[2] = 1 / Math.sqrt(runVar[0] + bn.eps);
        evalNorm[3] = 1 / Math.sqrt(runVar[1] + bn.eps);
      }
      return evalNorm;
    },
  };
}

/** PyTorch-style running statistics: biased variance normalizes, unbiased variance is averaged. */
function updateRunningStats(ex: Examples, idx: Int32Array, count: number, runMean: Float64Array, runVar: Float64Array): void {
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
