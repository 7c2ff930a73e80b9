/**
 * The one-line reason shown under a result, computed locally from the engine's diagnostics
 * (the server issue adds the full, server-rendered explanation). English unless given a
 * translator; the goal sentences read as the engine's explanations word it (engine/explain/goal-words.ts).
 */
import { curvatureAt, findStall, stableLrLimit, stableRateFormula, stableRateLimit, type Level, type Settings } from '@/engine';
import { num } from '@/engine/explain';
import type { RunResult } from './run';
import { EN, type Translate } from '@/components/i18n/translate';

const fmt = (v: number) => (Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v !== 0) ? v.toExponential(1) : v.toFixed(2));

/** "Reached the goal in 120 of 400 steps", or how a hold goal was met (no full stop). */
function reachedText(level: Level, goalStep: number, t: Translate): string {
  const { goal } = level;
  return goal.kind === 'loss' && goal.hold
    ? t('summary.held', { split: t(`split.${goal.split}`), below: num(goal.below, 3), step: goalStep, budget: level.budget })
    : t('summary.reached', { step: goalStep, budget: level.budget });
}

/** How a run that missed a hold goal reads (no full stop), or null for other goals. */
function missedHoldText(level: Level, t: Translate): string | null {
  const { goal } = level;
  return goal.kind === 'loss' && goal.hold ? t('summary.missedHold', { split: t(`split.${goal.split}`), below: num(goal.below, 3) }) : null;
}

/** A short sentence saying what happened and why. */
export function summarize(level: Level, settings: Settings, run: RunResult, t: Translate = EN): string {
  const { trace, landscape } = run;
  const k = run.seedTraces.length;
  const reached = Math.round(run.successRate * k);
  const seeds = k > 1 ? t('summary.seeds', { reached, k }) : '';
  switch (trace.outcome) {
    case 'reached-goal':
      return t('summary.sentence', { text: `${reachedText(level, trace.goalStep ?? 0, t)}${seeds}` });
    case 'diverged': {
      const c = curvatureAt(landscape, level.start[0], level.start[1], { l1: settings.l1, l2: settings.l2 });
      // The optimizer's own limit (engine/optim/stability.ts); the adaptive ones have none on lr.
      const plain = settings.optimizer === 'sgd' || settings.optimizer === 'momentum' || settings.optimizer === 'nesterov';
      const limit = plain ? stableRateLimit(settings.optimizer, settings.momentum, 2 / stableLrLimit(c), settings.momentumForm) : Infinity;
      const ratio = settings.lr / limit;
      return ratio > 1 && Number.isFinite(limit)
        ? t('summary.divergedLimit', { steps: trace.steps, lr: fmt(settings.lr), ratio: fmt(ratio), formula: stableRateFormula(settings.optimizer, settings.momentum), limit: fmt(limit), seeds })
        : t('summary.divergedBlewUp', { steps: trace.steps, seeds });
    }
    case 'stalled': {
      const x = trace.x[trace.steps];
      const y = trace.y[trace.steps];
      const c = curvatureAt(landscape, x, y, { l1: settings.l1, l2: settings.l2 });
      const [lo, hi] = c.eigen.values;
      const where = t(c.isSaddle ? 'summary.atSaddle' : lo >= 0 ? 'summary.atMinimum' : 'summary.atFlat');
      return t('summary.stalled', { where, norm: fmt(c.gradNorm), lo: fmt(lo), hi: fmt(hi), seeds });
    }
    default: {
      const missed = missedHoldText(level, t);
      if (missed) return t('summary.sentence', { text: `${missed}${seeds}` });
      const lossAbove = level.goal.kind === 'loss' ? level.goal.below : -Infinity;
      const stall = findStall(trace, level.stallGradNorm, lossAbove);
      if (stall.stalledSteps >= Math.max(20, level.budget / 10) && stall.from !== null) {
        const mid = Math.round((stall.from + (stall.to ?? stall.from)) / 2);
        const c = curvatureAt(landscape, trace.x[mid], trace.y[mid], { l1: settings.l1, l2: settings.l2 });
        const where = t(c.isSaddle ? 'summary.nearSaddle' : 'summary.onPlateau');
        return t('summary.stalledOut', { where, n: stall.stalledSteps, norm: fmt(level.stallGradNorm), lo: fmt(c.eigen.values[0]), hi: fmt(c.eigen.values[1]), seeds });
      }
      return t('summary.outOfSteps', { seeds });
    }
  }
}
