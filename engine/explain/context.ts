/**
 * What every rule reads: the run, the level and the landscape, plus a few derived quantities
 * computed once (curvature at the start and the end, where the run stopped being finite).
 */
import type { Level } from '../level/schema';
import type { Settings } from '../settings';
import type { Trace } from '../simulate';
import type { Landscape } from '../landscape/types';
import type { LevelScore } from '../score';
import { curvatureAt, type Curvature } from '../diagnostics/curvature';
import type { Vec2 } from '../vec';
import { OPTIMIZER_INFO } from '../settings-registry';
import { momentumOfOptimizer, overshootRate, stableRateFormula, stableRateLimit } from '../optim/stability';

/** A run and its derived geometry, as the rules see it. */
export interface RunContext {
  readonly level: Level;
  readonly settings: Settings;
  readonly trace: Trace;
  readonly land: Landscape;
  readonly score?: LevelScore;
  readonly sharpnessEps: number;
  /** Last step whose parameters are finite and not run away (= trace.steps unless diverged). */
  readonly last: number;
  /** A low gradient counts as a stall only while the train loss is above this (loss goals: the goal). */
  readonly lossAbove: number;
  /** Geometry of the regularized train loss at the start. */
  readonly start: Curvature;
  /** Geometry at the final point, or null when the run blew up. */
  readonly final: Curvature | null;
  /** Geometry of the regularized train loss at any point. */
  curvature(x: number, y: number): Curvature;
}

/** Builds the rules' context for one run. */
export function makeContext(
  level: Level,
  settings: Settings,
  trace: Trace,
  land: Landscape,
  opts: { score?: LevelScore; sharpnessEps?: number } = {},
): RunContext {
  const curvature = (x: number, y: number) => curvatureAt(land, x, y, { l1: settings.l1, l2: settings.l2 });
  const last = lastSaneStep(trace, land);
  const diverged = trace.outcome === 'diverged';
  return {
    level,
    settings,
    trace,
    land,
    score: opts.score,
    sharpnessEps: opts.sharpnessEps ?? 0.05,
    last,
    lossAbove: level.goal.kind === 'loss' ? level.goal.below : -Infinity,
    start: curvature(level.start[0], level.start[1]),
    final: diverged ? null : curvature(trace.x[trace.steps], trace.y[trace.steps]),
    curvature,
  };
}

/** The last step at which the ball was still within 100 domain-widths of the domain. */
export function lastSaneStep(trace: Trace, land: Landscape): number {
  const span = Math.max(land.domain.x[1] - land.domain.x[0], land.domain.y[1] - land.domain.y[0]);
  const cx = (land.domain.x[0] + land.domain.x[1]) / 2;
  const cy = (land.domain.y[0] + land.domain.y[1]) / 2;
  for (let t = trace.steps; t > 0; t--) {
    const dx = trace.x[t] - cx;
    const dy = trace.y[t] - cy;
    if (Number.isFinite(dx) && Number.isFinite(dy) && Math.abs(dx) + Math.abs(dy) < 100 * span) return t;
  }
  return 0;
}

/**
 * First step of the final resting stretch — evaluated steps up to the end whose full gradient
 * norm is under the level's stall threshold — or null when the ball was still moving.
 */
export function settledFrom(trace: Trace, gradTol: number): number | null {
  let from: number | null = null;
  for (let t = trace.steps; t >= 0; t--) {
    const g = trace.gradNorm[t];
    if (Number.isNaN(g)) continue;
    if (!(g < gradTol)) break;
    from = t;
  }
  return from;
}

/** The eigenvector of the largest |eigenvalue| (the steep axis) and that eigenvalue. */
export function steepAxis(c: Curvature): { axis: Vec2; lambda: number } {
  const [l0, l1] = c.eigen.values;
  return Math.abs(l0) > Math.abs(l1) ? { axis: c.eigen.vectors[0], lambda: l0 } : { axis: c.eigen.vectors[1], lambda: l1 };
}

/** Momentum μ of the optimizer (0 for the others). */
export function momentumOf(s: Settings): number {
  return momentumOfOptimizer(s.optimizer, s.momentum);
}

/** The run's stable rate limit on curvature λ (engine/optim/stability.ts: 2/λ, 2(1+μ)/λ, 2(1+μ)/((1+2μ)λ)). */
export function rateLimit(s: Settings, lambda: number): number {
  return stableRateLimit(s.optimizer, s.momentum, lambda, s.momentumForm);
}

/** The rate above which each step overshoots the floor on curvature λ (see overshootRate). */
export function overshootLimit(s: Settings, lambda: number): number {
  return overshootRate(s.optimizer, s.momentum, lambda);
}

/** The limit's formula as the text shows it, e.g. '2(1+μ)/((1+2μ)λmax)' for Nesterov. */
export function limitFormula(s: Settings): string {
  return stableRateFormula(s.optimizer, s.momentum);
}

/** Whether the optimizer's step is lr × gradient (so the stable limit bounds lr directly). */
export function isPlainRate(s: Settings): boolean {
  return s.optimizer === 'sgd' || s.optimizer === 'momentum' || s.optimizer === 'nesterov';
}

/** Display name of the run's optimizer (the settings registry's). */
export function runOptimizerName(s: Settings): string {
  return OPTIMIZER_INFO[s.optimizer].name;
}
