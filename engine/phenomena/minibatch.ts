/**
 * Lessons 1–2, measured: the mini-batch gradient is an unbiased estimate of the full gradient,
 * its variance follows (σ²/B)(N−B)/(N−1), small batches make a jagged loss curve, and ordered
 * data without shuffling makes the loss swing with a period of one epoch.
 */
import { buildLandscape } from '../landscape/registry';
import { meanLoss } from '../landscape/objective';
import { BatchSampler, type ShuffleMode } from '../sampler';
import { createRng } from '../rng';
import { gradientSpread, measuredBatchVariance, predictedBatchVariance } from '../diagnostics/variance';
import { autocorrelation, roughness, spreadOf } from '../diagnostics/trace';
import { defineLevel } from '../level/define';
import { simulate } from '../simulate';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

/** A sharp-flat landscape point where per-example gradients differ a lot (good for noise studies). */
const noisyLandscape = () =>
  buildLandscape({ family: 'sharp-flat', params: {}, variation: { n: 256, spread: [0.3, 0.3] } });
const AT: [number, number] = [-1.3, 0.9];

/** Over one epoch without replacement (B | N), the mean batch gradient minus the full gradient. */
export function epochMeanError(b: number, seed = 7): number {
  const land = noisyLandscape();
  const n = land.train.n;
  const sampler = new BatchSampler(n, b, 'epoch', createRng(seed));
  const idx = new Int32Array(b);
  const out = new Float64Array(5);
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < n / b; k++) {
    const c = sampler.next(idx);
    meanLoss(land, AT[0], AT[1], { ex: land.train, rows: idx, count: c, order: 1, norm: null, out });
    sx += out[0];
    sy += out[1];
  }
  const { full } = gradientSpread(land, AT[0], AT[1]);
  return Math.hypot(sx / (n / b) - full[0], sy / (n / b) - full[1]);
}

/** Distance of the running mean of k random batch gradients (with replacement across batches) to the full gradient. */
export function runningMeanDistance(b: number, checkpoints: readonly number[], seed = 11): number[] {
  const land = noisyLandscape();
  const sampler = new BatchSampler(land.train.n, b, 'replacement', createRng(seed));
  const idx = new Int32Array(b);
  const out = new Float64Array(5);
  const { full } = gradientSpread(land, AT[0], AT[1]);
  const result: number[] = [];
  let sx = 0;
  let sy = 0;
  const last = Math.max(...checkpoints);
  for (let k = 1; k <= last; k++) {
    const c = sampler.next(idx);
    meanLoss(land, AT[0], AT[1], { ex: land.train, rows: idx, count: c, order: 1, norm: null, out });
    sx += out[0];
    sy += out[1];
    if (checkpoints.includes(k)) result.push(Math.hypot(sx / k - full[0], sy / k - full[1]));
  }
  return result;
}

/** Measured / predicted batch-gradient variance for batch size B (1 = formula holds exactly). */
export function varianceRatio(b: number, draws = 4000, seed = 3): { measured: number; predicted: number; ratio: number } {
  const land = noisyLandscape();
  const { sigma2 } = gradientSpread(land, AT[0], AT[1]);
  const predicted = predictedBatchVariance(sigma2, land.train.n, b);
  const measured = measuredBatchVariance(land, AT[0], AT[1], b, draws, createRng(seed));
  return { measured, predicted, ratio: measured / predicted };
}

/** Roughness (mean |Δ train loss| per step, steps 200–400) of SGD on the ravine with batch size B. */
export function lossRoughness(b: number, seed = 1): number {
  const level = defineLevel({
    landscape: { family: 'ravine', params: { kappa: 10 }, variation: { n: 256, spread: [0.5, 0.2] } },
    start: [2.5, 1],
    goal: { kind: 'loss', split: 'train', below: -1 },
    budget: 400,
  });
  const s: Settings = { ...DEFAULT_SETTINGS, optimizer: 'sgd', lr: 0.05, batchSize: b };
  const t = simulate(level, s, seed, { record: 'every-step' });
  return roughness(t.trainLoss, 200, 400);
}

/** The cats-then-dogs level used to show the epoch-period oscillation. */
export const catsDogsLevel = () =>
  defineLevel({
    landscape: { family: 'cats-dogs', params: { ordered: true }, variation: { n: 256 } },
    start: [0, 0],
    goal: { kind: 'loss', split: 'train', below: -1 },
    budget: 640,
  });

/**
 * Ordered data: the train-loss autocorrelation at a lag of one epoch (N/B steps) and the loss
 * spread over the second half of the run, for a shuffle mode.
 */
export function epochPeriodicity(mode: ShuffleMode, seed = 1): { lag: number; autocorr: number; spread: number } {
  const level = catsDogsLevel();
  const b = 16;
  const s: Settings = { ...DEFAULT_SETTINGS, optimizer: 'sgd', lr: 1, batchSize: b, shuffle: mode };
  const t = simulate(level, s, seed, { record: 'every-step' });
  const lag = 256 / b;
  return { lag, autocorr: autocorrelation(t.trainLoss, lag, 320, 640), spread: spreadOf(t.trainLoss, 320, 640) };
}
