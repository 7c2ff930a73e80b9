/**
 * Batch-gradient statistics at a point: the full gradient, the spread of per-example gradients,
 * and the variance of mini-batch gradients — measured by drawing batches, and predicted by
 * sampling without replacement: E‖g_B − g‖² = (σ²/B)·(N − B)/(N − 1), σ² = (1/N)Σ‖g_i − g‖².
 */
import type { Landscape } from '../landscape/types';
import { meanLoss } from '../landscape/objective';
import { BatchSampler, type ShuffleMode } from '../sampler';
import type { Rng } from '../rng';
import type { Vec2 } from '../vec';

/** Full gradient and per-example gradient spread at a point. */
export interface GradientSpread {
  readonly full: Vec2;
  /** σ² = (1/N) Σ‖g_i − g‖² (trace of the per-example gradient covariance). */
  readonly sigma2: number;
}

/** Per-example gradient statistics over the training set at (x, y). */
export function gradientSpread(land: Landscape, x: number, y: number): GradientSpread {
  const out = new Float64Array(5);
  meanLoss(land, x, y, { ex: land.train, order: 1, norm: land.baseNorm, out });
  const gx = out[0];
  const gy = out[1];
  let s = 0;
  for (let r = 0; r < land.train.n; r++) {
    land.term(land.train, r, x, y, out, 1, land.baseNorm);
    s += (out[0] - gx) ** 2 + (out[1] - gy) ** 2;
  }
  return { full: [gx, gy], sigma2: s / land.train.n };
}

/** Predicted E‖g_B − g‖² for batches of size B drawn without replacement. */
export function predictedBatchVariance(sigma2: number, n: number, b: number): number {
  return n === 1 ? 0 : (sigma2 / b) * ((n - b) / (n - 1));
}

/**
 * Predicted E‖g_B − g‖² under the sampler's mode: σ²/B for 'replacement' (B independent picks),
 * the finite-population σ²/B·(N − B)/(N − 1) otherwise (a batch of distinct examples).
 */
export function predictedBatchVarianceFor(sigma2: number, n: number, b: number, mode: ShuffleMode): number {
  return mode === 'replacement' ? sigma2 / b : predictedBatchVariance(sigma2, n, b);
}

/** Whether a batch gradient is the exact full gradient: B ≥ N without replacement (never with it, unless N = 1). */
export function isExactGradient(n: number, b: number, mode: ShuffleMode): boolean {
  return n === 1 || (mode !== 'replacement' && b >= n);
}

/** Measured mean of ‖g_B − g‖² over `draws` batches from the sampler (batches of exactly B rows). */
export function measuredBatchVariance(
  land: Landscape,
  x: number,
  y: number,
  b: number,
  draws: number,
  rng: Rng,
  mode: ShuffleMode = 'epoch',
): number {
  const { full } = gradientSpread(land, x, y);
  const sampler = new BatchSampler(land.train.n, b, mode, rng);
  const idx = new Int32Array(b);
  const out = new Float64Array(5);
  let s = 0;
  let k = 0;
  while (k < draws) {
    const count = sampler.next(idx);
    if (count !== b) continue; // skip the short tail batch of an epoch
    meanLoss(land, x, y, { ex: land.train, rows: idx, count, order: 1, norm: land.baseNorm, out });
    s += (out[0] - full[0]) ** 2 + (out[1] - full[1]) ** 2;
    k++;
  }
  return s / draws;
}
