/**
 * Lesson 8, measured: standardizing raw-scale features shrinks the Hessian's condition number
 * by orders of magnitude and raises the largest stable learning rate; BatchNorm trains well at
 * B = 64 and degrades at B = 2 (test loss with running statistics); L1 lands the irrelevant
 * weight on exactly 0 while L2 only shrinks it.
 */
import { defineLevel } from '../level/define';
import { simulate, landscapeFor } from '../simulate';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { curvatureAt, stableLrLimit } from '../diagnostics/curvature';

/** The age/salary regression level in a given scaling. */
export const regressionLevel = (scaling: 'raw' | 'standardized') =>
  defineLevel({
    landscape: { family: 'regression', params: { scaling }, variation: { n: 256, seed: 4 } },
    start: [0, 0],
    goal: { kind: 'loss', split: 'test', below: 0.3 },
    budget: 500,
    controls: { batchNorm: {} },
  });

/**
 * Condition number and the stable limit 2/λmax, raw vs standardized, with full-batch gradient
 * descent run at 0.95× and 1.05× that limit (the loss is quadratic, so the limit is exact: a
 * bisection over a fixed budget would miss the slow divergence just above it).
 */
export function standardization(): { raw: ScaleStats; standardized: ScaleStats } {
  const stats = (scaling: 'raw' | 'standardized'): ScaleStats => {
    const level = regressionLevel(scaling);
    const s: Settings = { ...DEFAULT_SETTINGS, batchSize: 256 };
    const land = landscapeFor(level, s);
    const c = curvatureAt(land, 0, 0);
    const limit = stableLrLimit(c);
    const run = (lr: number) => simulate(level, { ...s, lr }, 1, { landscape: land }).outcome;
    return { condition: c.condition, lambdaMax: c.eigen.values[1], stableLr: limit, below: run(0.95 * limit), above: run(1.05 * limit) };
  };
  return { raw: stats('raw'), standardized: stats('standardized') };
}

/** Curvature and stability of one scaling. */
export interface ScaleStats {
  readonly condition: number;
  readonly lambdaMax: number;
  /** 2/λmax: the largest learning rate at which full-batch gradient descent does not diverge. */
  readonly stableLr: number;
  /** Outcomes of full-batch gradient descent at 0.95× and 1.05× the limit. */
  readonly below: string;
  readonly above: string;
}

/** Final train and test loss (test with running statistics) of BatchNorm training at batch size B. */
export function batchNormAt(b: number, seeds = 8): { train: number; test: number } {
  const level = regressionLevel('raw');
  const s: Settings = { ...DEFAULT_SETTINGS, batchNorm: true, batchSize: b, lr: 0.05, optimizer: 'sgd' };
  const land = landscapeFor(level, s);
  let train = 0;
  let test = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const t = simulate({ ...level, goal: { kind: 'loss', split: 'test', below: -1 } }, s, seed, { landscape: land });
    train += t.trainLoss[t.lastEvaluated];
    test += t.testLoss[t.lastEvaluated];
  }
  return { train: train / seeds, test: test / seeds };
}

/** The level where w2 barely matters: minimum at (1.5, 0.05) of an isotropic bowl. */
export const pruneLevel = () =>
  defineLevel({
    landscape: { family: 'ravine', params: { kappa: 1, center: [1.5, 0.05] }, variation: { n: 1 } },
    start: [0, 1],
    goal: { kind: 'loss', split: 'train', below: -1 },
    budget: 400,
    defaults: { batchSize: 1 },
  });

/** Final w2 and the number of steps it sat at exactly 0, with L1 or L2 of strength λ. */
export function pruning(kind: 'l1' | 'l2', lambda: number, optimizer: Settings['optimizer'] = 'sgd'): { w2: number; stepsAtZero: number } {
  const s: Settings = { ...DEFAULT_SETTINGS, batchSize: 1, lr: 0.05, optimizer, [kind]: lambda };
  const t = simulate(pruneLevel(), s, 1);
  let zero = 0;
  for (let i = 1; i <= t.steps; i++) if (t.y[i] === 0) zero++;
  return { w2: t.y[t.steps], stepsAtZero: zero };
}
