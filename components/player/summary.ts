/**
 * The one-line reason shown under a result, computed locally from the engine's diagnostics
 * (the server issue adds the full, server-rendered explanation).
 */
import { SETTINGS_REGISTRY, curvatureAt, findStall, stableLrLimit, stableRateFormula, stableRateLimit, type Level, type Settings } from '@/engine';
import { missedHoldText, reachedText } from '@/engine/explain';
import type { RunResult } from './run';

const fmt = (v: number) => (Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v !== 0) ? v.toExponential(1) : v.toFixed(2));

/** A short sentence saying what happened and why. */
export function summarize(level: Level, settings: Settings, run: RunResult): string {
  const { trace, landscape } = run;
  const k = run.seedTraces.length;
  const reached = Math.round(run.successRate * k);
  const seeds = k > 1 ? ` (${reached} of ${k} seeds reached the goal)` : '';
  switch (trace.outcome) {
    case 'reached-goal':
      return `${reachedText(level, trace.goalStep ?? 0)}${seeds}.`;
    case 'diverged': {
      const c = curvatureAt(landscape, level.start[0], level.start[1], { l1: settings.l1, l2: settings.l2 });
      // The optimizer's own limit (engine/optim/stability.ts); the adaptive ones have none on lr.
      const plain = settings.optimizer === 'sgd' || settings.optimizer === 'momentum' || settings.optimizer === 'nesterov';
      const limit = plain ? stableRateLimit(settings.optimizer, settings.momentum, 2 / stableLrLimit(c), settings.momentumForm) : Infinity;
      const ratio = settings.lr / limit;
      return ratio > 1 && Number.isFinite(limit)
        ? `Diverged at step ${trace.steps}: the ${SETTINGS_REGISTRY.lr.label} ${fmt(settings.lr)} is ${fmt(ratio)}× the stable limit ${stableRateFormula(settings.optimizer, settings.momentum)} = ${fmt(limit)} at the start${seeds}.`
        : `Diverged at step ${trace.steps}: the loss or the parameters blew up${seeds}.`;
    }
    case 'stalled': {
      const x = trace.x[trace.steps];
      const y = trace.y[trace.steps];
      const c = curvatureAt(landscape, x, y, { l1: settings.l1, l2: settings.l2 });
      const [lo, hi] = c.eigen.values;
      const where = c.isSaddle ? 'a saddle point' : lo >= 0 ? 'a minimum that is not the goal' : 'a flat region';
      return `Stalled at ${where}: gradient norm ${fmt(c.gradNorm)}, Hessian eigenvalues ${fmt(lo)} and ${fmt(hi)}${seeds}.`;
    }
    default: {
      const missed = missedHoldText(level);
      if (missed) return `${missed}${seeds}.`;
      const lossAbove = level.goal.kind === 'loss' ? level.goal.below : -Infinity;
      const stall = findStall(trace, level.stallGradNorm, lossAbove);
      if (stall.stalledSteps >= Math.max(20, level.budget / 10) && stall.from !== null) {
        const mid = Math.round((stall.from + (stall.to ?? stall.from)) / 2);
        const c = curvatureAt(landscape, trace.x[mid], trace.y[mid], { l1: settings.l1, l2: settings.l2 });
        const where = c.isSaddle ? 'near a saddle' : 'on a plateau';
        return `Ran out of steps after stalling ${where} for ${stall.stalledSteps} steps (gradient norm below ${fmt(level.stallGradNorm)}, Hessian eigenvalues ${fmt(c.eigen.values[0])} and ${fmt(c.eigen.values[1])})${seeds}.`;
      }
      return `Ran out of steps before reaching the goal${seeds}.`;
    }
  }
}
