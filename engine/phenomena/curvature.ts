/**
 * Lessons 4–5, measured: plain GD stalls at a saddle while noise, momentum and Adam escape;
 * in a ravine momentum cuts the zig-zag and reaches the goal sooner; GD diverges just above
 * lr = 2/λmax and converges just below.
 */
import { defineLevel } from '../level/define';
import { simulate, landscapeFor } from '../simulate';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { findStall, oscillationIndex } from '../diagnostics/trace';
import { curvatureAt, stableLrLimit } from '../diagnostics/curvature';
import type { Outcome } from '../simulate';

/** The saddle level: start on the stable line (w2 a hair above 0), goal: train loss below −0.5. */
export const saddleLevel = () =>
  defineLevel({
    landscape: { family: 'saddle', params: {}, variation: { n: 64, spread: [0.05, 0.05] } },
    start: [0.3, 1e-6],
    goal: { kind: 'loss', split: 'train', below: -0.5 },
    budget: 1000,
    stallGradNorm: 1e-2,
  });

/** Steps to escape the saddle (goal reached) and stalled steps, for given settings. */
export function saddleEscape(settings: Partial<Settings>, seed = 1): { goalStep: number | null; stalledSteps: number; outcome: Outcome } {
  const level = saddleLevel();
  const s: Settings = { ...DEFAULT_SETTINGS, batchSize: 64, lr: 0.01, ...settings };
  const t = simulate(level, s, seed, { record: 'every-step' });
  const stall = findStall(t, 1e-2, -0.5);
  return { goalStep: t.goalStep, stalledSteps: stall.stalledSteps, outcome: t.outcome };
}

/** Hessian eigenvalues of the saddle level's train loss at the saddle point. */
export function saddleEigenvalues(): [number, number] {
  const level = saddleLevel();
  const land = landscapeFor(level, DEFAULT_SETTINGS);
  const c = curvatureAt(land, 0, 0);
  return [c.eigen.values[0], c.eigen.values[1]];
}

/** The ravine level: κ = 50, start high on the wall at the far end. */
export const ravineLevel = () =>
  defineLevel({
    landscape: { family: 'ravine', params: { kappa: 50 }, variation: { n: 1 } },
    start: [-2.8, 0.6],
    goal: { kind: 'region', center: [0, 0], radius: 0.1 },
    budget: 2000,
    defaults: { batchSize: 1 },
  });

/** Oscillation index along the steep axis and steps to the goal, GD vs momentum, at the same lr. */
export function ravineMomentum(lr: number, momentum: number): { oscillation: number; goalStep: number | null } {
  const level = ravineLevel();
  const s: Settings = { ...DEFAULT_SETTINGS, batchSize: 1, lr, optimizer: momentum > 0 ? 'momentum' : 'sgd', momentum };
  const t = simulate(level, s, 1);
  return { oscillation: oscillationIndex(t, [0, 1], 1, Math.min(t.steps, 60)), goalStep: t.goalStep };
}

/** 2/λmax of the ravine and the outcomes of GD at 0.95× and 1.05× that rate. */
export function ravineStability(): { limit: number; below: Outcome; above: Outcome } {
  const level = ravineLevel();
  const land = landscapeFor(level, DEFAULT_SETTINGS);
  const limit = stableLrLimit(curvatureAt(land, 0, 0));
  const run = (lr: number) => simulate(level, { ...DEFAULT_SETTINGS, batchSize: 1, lr }, 1).outcome;
  return { limit, below: run(0.95 * limit), above: run(1.05 * limit) };
}
