/**
 * Lessons 6–7, measured: AdaGrad fits a rare feature's weight faster than SGD; AdaGrad's
 * effective rate collapses on a long slope while RMSprop's holds; without bias correction
 * Adam's first steps are larger than with it.
 */
import { defineLevel } from '../level/define';
import { simulate } from '../simulate';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { effectiveLrAt } from '../diagnostics/trace';

/** The sparse-feature level: the rare weight must reach its optimum. */
export const sparseLevel = () =>
  defineLevel({
    landscape: { family: 'sparse', params: { rare: 0.05 }, variation: { n: 256, seed: 2 } },
    start: [0, 0],
    goal: { kind: 'region', center: [1, 2], radius: 0.2 },
    budget: 2000,
    defaults: { batchSize: 1 },
  });

/** Steps until the rare weight w2 is within 10 % of 2, for given settings (null if never). */
export function rareWeightSteps(settings: Partial<Settings>, seed = 1): number | null {
  const s: Settings = { ...DEFAULT_SETTINGS, batchSize: 16, ...settings };
  const t = simulate(sparseLevel(), s, seed);
  for (let i = 0; i <= t.steps; i++) if (Math.abs(t.y[i] - 2) < 0.2) return i;
  return null;
}

/** The long gentle slope of the plateau-cliff terrain, started far out on the plateau. */
export const slopeLevel = () =>
  defineLevel({
    landscape: { family: 'plateau-cliff', params: { edge: -20, wall: -23 }, variation: { n: 1 } },
    start: [5, 0.5],
    goal: { kind: 'region', center: [-22.3, 0], radius: 0.5 },
    budget: 2000,
    defaults: { batchSize: 1 },
  });

/** Effective rate on w1 at step 1000 divided by that at step 10, and the distance covered. */
export function rateDecay(optimizer: 'adagrad' | 'rmsprop'): { ratio: number; distance: number } {
  const s: Settings = { ...DEFAULT_SETTINGS, batchSize: 1, optimizer, lr: 0.05, rho: 0.9 };
  const t = simulate(slopeLevel(), s, 1);
  return { ratio: effectiveLrAt(t, 0, 1000) / effectiveLrAt(t, 0, 10), distance: t.x[0] - t.x[1000] };
}

/** Length of Adam's first step with and without bias correction (β₁ = 0.9, β₂ = 0.999), on the ravine. */
export function adamFirstSteps(): { corrected: number; uncorrected: number; ratio: number } {
  const level = defineLevel({
    landscape: { family: 'ravine', params: {}, variation: { n: 1 } },
    start: [2, 1],
    goal: { kind: 'region', center: [0, 0], radius: 0.01 },
    budget: 10,
    defaults: { batchSize: 1 },
  });
  const len = (biasCorrection: boolean) => {
    const t = simulate(level, { ...DEFAULT_SETTINGS, batchSize: 1, optimizer: 'adam', lr: 0.01, biasCorrection }, 1);
    return Math.hypot(t.x[1] - t.x[0], t.y[1] - t.y[0]);
  };
  const corrected = len(true);
  const uncorrected = len(false);
  return { corrected, uncorrected, ratio: uncorrected / corrected };
}
