/**
 * Rule: mini-batch noise (lessons 1–2). When B < N each step's gradient comes from a sample:
 * unbiased on average, off at every step. Measured along the run: the relative error
 * √(mean ‖g_B − g‖²) / √(mean ‖g‖²) of the batch gradient against the full gradient at the
 * same point, the variance factor of the sampler's mode ((N − B)/(B(N − 1)) for batches of
 * distinct examples, 1/B for batches drawn with replacement), and how much more
 * jagged the batch-loss curve is than the full train loss (mean |Δloss| per step).
 */
import { meanLoss } from '../landscape/objective';
import { addPenaltyGrad, l1IsProximal } from '../regularize';
import { roughness } from '../diagnostics/trace';
import { isExactGradient, predictedBatchVarianceFor } from '../diagnostics/variance';
import type { Finding } from './types';
import type { RunContext } from './context';
import { num, pct } from './format';

/** Relative batch-gradient error at or above which the noise is worth a finding. */
export const NOISE_MIN = 0.2;

/** The mini-batch-noise finding of a run whose batch gradient is not the full one, or null. */
export function noiseFinding(ctx: RunContext): Finding | null {
  const { trace, land, settings } = ctx;
  const n = land.train.n;
  const b = settings.batchSize;
  const end = ctx.last;
  const mode = settings.shuffle;
  if (isExactGradient(n, b, mode) || end < 2) return null;
  const out = new Float64Array(5);
  let err = 0;
  let sig = 0;
  let count = 0;
  for (let t = 1; t <= end; t++) {
    const x = trace.x[t - 1];
    const y = trace.y[t - 1];
    meanLoss(land, x, y, { ex: land.train, order: 1, norm: land.baseNorm, out });
    // The batch gradient was recorded with the penalty's gradient part added; so is this one.
    addPenaltyGrad(land, [x, y], out, l1IsProximal(land) ? 0 : settings.l1, settings.l2);
    const gx = out[0];
    const gy = out[1];
    const ex = trace.batchGradX[t] - gx;
    const ey = trace.batchGradY[t] - gy;
    if (!Number.isFinite(ex) || !Number.isFinite(ey)) continue;
    err += ex * ex + ey * ey;
    sig += gx * gx + gy * gy;
    count++;
  }
  if (count === 0 || sig === 0) return null;
  const relError = Math.sqrt(err / sig);
  if (relError < NOISE_MIN) return null;
  const varianceFactor = predictedBatchVarianceFor(1, n, b, mode);
  const replaced = mode === 'replacement';
  const batchRoughness = roughness(trace.batchLoss, 2, end);
  const trainRoughness = roughness(trace.trainLoss, 1, end);
  const curve = Number.isFinite(trainRoughness) && trainRoughness > 0
    ? ` The batch loss jumped by ${num(batchRoughness)} per step on average, against ${num(trainRoughness)} for the full train loss.`
    : '';
  return {
    kind: 'noise',
    title: `noisy gradients from batches of ${b}`,
    text:
      `Mini-batch noise: with B = ${b} of N = ${n} examples${replaced ? ' drawn with replacement' : ''} (${num(Math.ceil(n / b))} updates per epoch), each step’s gradient ` +
      `missed the full gradient by ${pct(relError)} of its size on average — right on average, wrong at every step; ` +
      `its variance is ${replaced ? '1/B' : '(N − B)/(B(N − 1))'} = ${num(varianceFactor)} times a single example’s.${curve}`,
    numbers: { batchSize: b, n, relError, varianceFactor, batchRoughness, trainRoughness },
  };
}
