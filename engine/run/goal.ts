/**
 * Outcome checks of a run: the goal (region: every step; loss: at checkpoints), divergence and
 * the final verdict (hold goals, stalls). The verdict's mutable part lives in a Verdict object.
 */
import type { Level } from '../level/schema';
import type { Landscape } from '../landscape/types';
import type { Outcome, TraceArrays } from './trace';

/** What a run watches for, fixed for the whole run. */
export interface GoalWatch {
  readonly level: Level;
  /** The split a loss goal reads, or null for a region goal. */
  readonly goalSplit: 'train' | 'test' | null;
  /** A loss goal judged at the end (the loss must stay below from some step on). */
  readonly hold: boolean;
  /** A region goal: its centre and squared radius (r2 < 0 for loss goals: never inside). */
  readonly cx: number;
  readonly cy: number;
  readonly r2: number;
  /** |w1| + |w2| beyond this is a runaway parameter (diverged). */
  readonly escape: number;
}

/** How the run stands so far; `goalStep` non-null ends it. */
export interface Verdict {
  outcome: Outcome;
  goalStep: number | null;
  /** Hold goals: the first checkpoint of the current unbroken stretch below the threshold, or null. */
  settledAt: number | null;
  /** Index of the last evaluated step. */
  lastEvaluated: number;
}

export function goalWatch(level: Level, land: Landscape): GoalWatch {
  const { goal } = level;
  const span = Math.max(land.domain.x[1] - land.domain.x[0], land.domain.y[1] - land.domain.y[0]);
  return {
    level,
    goalSplit: goal.kind === 'loss' ? goal.split : null,
    hold: goal.kind === 'loss' && goal.hold === true,
    // Read every step: kept flat here rather than looked up through the level.
    cx: goal.kind === 'region' ? goal.center[0] : 0,
    cy: goal.kind === 'region' ? goal.center[1] : 0,
    r2: goal.kind === 'region' ? goal.radius * goal.radius : -1,
    escape: 1e6 * (span + Math.abs(level.start[0]) + Math.abs(level.start[1])),
  };
}

/** Whether the point p is inside a region goal. */
export function inRegion(w: GoalWatch, p: Float64Array): boolean {
  if (w.r2 < 0) return false;
  const dx = p[0] - w.cx;
  const dy = p[1] - w.cy;
  return dx * dx + dy * dy <= w.r2;
}

/** Whether the loss goal holds at evaluated step i. */
export function lossGoalMet(w: GoalWatch, tr: TraceArrays, i: number): boolean {
  const { goal } = w.level;
  return goal.kind === 'loss' && (goal.split === 'train' ? tr.trainLoss[i] : tr.testLoss[i]) < goal.below;
}

/** A non-finite batch loss or parameter, or a runaway parameter. */
export function blewUp(w: GoalWatch, loss: number, p: Float64Array): boolean {
  return !Number.isFinite(loss) || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) + Math.abs(p[1]) > w.escape;
}

/** The verdict at the start point (step 0, evaluated in full). */
export function startVerdict(w: GoalWatch, tr: TraceArrays, p: Float64Array): Verdict {
  const v: Verdict = { outcome: 'budget-exhausted', goalStep: null, settledAt: null, lastEvaluated: 0 };
  if (w.hold && lossGoalMet(w, tr, 0)) v.settledAt = 0;
  else if (inRegion(w, p) || lossGoalMet(w, tr, 0)) reach(v, 0);
  return v;
}

function reach(v: Verdict, t: number): void {
  v.outcome = 'reached-goal';
  v.goalStep = t;
}

/**
 * Judges checkpoint t (already evaluated); returns true when the run ends here. `reached`: the
 * point is in the goal region; `last`: the run's last step.
 */
export function judgeCheckpoint(w: GoalWatch, v: Verdict, tr: TraceArrays, t: number, reached: boolean, last: boolean): boolean {
  const split = w.goalSplit;
  // Region goals evaluate nothing at intermediate checkpoints: only count evaluated steps.
  if (last || split !== null) v.lastEvaluated = t;
  if (reached) {
    reach(v, t);
    return true;
  }
  const watchedBad = split !== null && !Number.isFinite(split === 'test' ? tr.testLoss[t] : tr.trainLoss[t]);
  const lastBad = last && (!Number.isFinite(tr.trainLoss[t]) || !Number.isFinite(tr.gradNorm[t]));
  if (watchedBad || lastBad) {
    v.outcome = 'diverged';
    return true;
  }
  if (w.hold) v.settledAt = lossGoalMet(w, tr, t) ? (v.settledAt ?? t) : null;
  else if (lossGoalMet(w, tr, t)) {
    reach(v, t);
    return true;
  }
  return false;
}

/** The end of a run that neither diverged nor reached its goal early: hold goals, then stalls. */
export function finalVerdict(w: GoalWatch, v: Verdict, tr: TraceArrays): void {
  if (w.hold && v.outcome === 'budget-exhausted' && v.settledAt !== null) reach(v, v.settledAt);
  if (v.outcome === 'budget-exhausted' && tr.gradNorm[v.lastEvaluated] < w.level.stallGradNorm) v.outcome = 'stalled';
}
