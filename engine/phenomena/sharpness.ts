/**
 * Lesson 3, measured: small-batch noise escapes the sharp basin near the start and ends in the
 * wide one far more often than large-batch training; the sharp minimum has the higher
 * ε-sharpness and the larger test−train gap; early stopping does not rescue large batches.
 */
import { defineLevel } from '../level/define';
import { simulate, landscapeFor } from '../simulate';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { finalBasin } from '../diagnostics/trace';
import { keskarSharpness } from '../diagnostics/sharpness';
import { meanLoss } from '../landscape/objective';
import type { Landscape } from '../landscape/types';

/** The two-basin level: start on the rim of the sharp basin. */
export const sharpFlatLevel = () =>
  defineLevel({
    landscape: { family: 'sharp-flat', params: {} },
    start: [-1.1, 0.7],
    goal: { kind: 'region', center: [1.5, -0.5], radius: 0.6 },
    budget: 800,
  });

/** Settings of the basin experiment for batch size B. */
export function sharpFlatSettings(b: number): Settings {
  return { ...DEFAULT_SETTINGS, optimizer: 'sgd', lr: 0.05, batchSize: b, shuffle: 'epoch' };
}

/** Fraction of `seeds` runs (seeds 1…) that end in the flat basin, for batch size B. */
export function flatBasinRate(b: number, seeds = 64): number {
  const level = { ...sharpFlatLevel(), goal: { kind: 'loss' as const, split: 'train' as const, below: -1e9 } };
  const s = sharpFlatSettings(b);
  const land = landscapeFor(level, s);
  let flat = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const t = simulate(level, s, seed, { landscape: land });
    if (finalBasin(t, land.landmarks)?.name === 'flat') flat++;
  }
  return flat / seeds;
}

/** Minimizes the train loss locally from a point by full-batch gradient descent (for measuring a basin's minimum). */
export function localMinimum(land: Landscape, from: [number, number], lr = 0.002, steps = 20_000): [number, number] {
  const out = new Float64Array(5);
  let [x, y] = from;
  for (let k = 0; k < steps; k++) {
    meanLoss(land, x, y, { ex: land.train, order: 1, norm: null, out });
    x -= lr * out[0];
    y -= lr * out[1];
  }
  return [x, y];
}

/** At each basin's train minimum: ε-sharpness (Keskar's box of half-width ε(|x|+1)) and test − train loss. */
export function basinComparison(eps = 0.05): { sharp: BasinStats; flat: BasinStats } {
  const level = sharpFlatLevel();
  const land = landscapeFor(level, sharpFlatSettings(64));
  const stats = (name: string): BasinStats => {
    const m = land.landmarks.find((l) => l.name === name)!;
    const [x, y] = localMinimum(land, [m.at[0], m.at[1]]);
    const train = meanLoss(land, x, y, { ex: land.train, norm: null });
    const test = meanLoss(land, x, y, { ex: land.test, norm: null });
    return { at: [x, y], train, test, gap: test - train, sharpness: keskarSharpness(land, x, y, eps) };
  };
  return { sharp: stats('sharp'), flat: stats('flat') };
}

/** Loss numbers at one basin's minimum. */
export interface BasinStats {
  readonly at: [number, number];
  readonly train: number;
  readonly test: number;
  readonly gap: number;
  readonly sharpness: number;
}

/** Best (lowest) test loss along the trajectory — early stopping's pick — averaged over seeds. */
export function bestTestLoss(b: number, seeds = 16): number {
  const level = { ...sharpFlatLevel(), goal: { kind: 'loss' as const, split: 'train' as const, below: -1e9 } };
  const s = sharpFlatSettings(b);
  const land = landscapeFor(level, s);
  let sum = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const t = simulate(level, s, seed, { landscape: land, record: 'every-step' });
    let best = Infinity;
    for (let i = 0; i <= t.steps; i++) best = Math.min(best, t.testLoss[i]);
    sum += best;
  }
  return sum / seeds;
}
