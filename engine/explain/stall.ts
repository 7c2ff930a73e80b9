/**
 * Rule: a stall — many steps with the full gradient norm under the level's stall threshold
 * while the loss is still above the goal. The Hessian at the middle of the longest stretch
 * says where: indefinite → a saddle; positive definite → a local minimum; otherwise a plateau.
 */
import { findStall } from '../diagnostics/trace';
import type { Finding } from './types';
import type { RunContext } from './context';
import { num, signed } from './format';
import { plateauRemedies, ridgeRemedies, saddleEscapes } from './advice';

/** The stall finding of a run, or null when it never stalled for long. */
export function stallFinding(ctx: RunContext): Finding | null {
  const { trace, level } = ctx;
  if (trace.outcome === 'diverged') return null;
  const tol = level.stallGradNorm;
  const stall = findStall(trace, tol, ctx.lossAbove);
  let from = stall.from;
  let to = stall.to;
  if (from === null || to === null) {
    if (trace.outcome !== 'stalled') return null;
    from = to = trace.lastEvaluated; // checkpoint traces: the final check found it
  } else if (to - from + 1 < minStallSteps(level.budget) && trace.outcome !== 'stalled') {
    return null;
  }
  const steps = to - from + 1;
  const mid = Math.round((from + to) / 2);
  const x = trace.x[mid];
  const y = trace.y[mid];
  const c = ctx.curvature(x, y);
  const [lo, hi] = c.eigen.values;
  const kind = classifyStall(lo, hi);
  const loss = Number.isNaN(stall.meanLoss) ? c.loss : stall.meanLoss;
  const numbers = { steps, from, to, gradTol: tol, loss, lambdaMin: lo, lambdaMax: hi, x, y };
  const during = steps > 1 ? `for ${steps} steps (steps ${from}–${to})` : `at step ${from}`;
  const goal = level.goal.kind === 'loss' ? ` (the goal is below ${num(level.goal.below)})` : '';
  const low = `the gradient norm stayed below ${num(tol)} while the train loss sat at ${num(loss)}${goal}`;
  const eig = `Hessian eigenvalues ${signed(lo)} and ${signed(hi)}`;
  const reached = trace.outcome === 'reached-goal';
  if (kind === 'saddle-stall') {
    return {
      kind,
      title: `stalled ${steps} steps at a saddle (Hessian eigenvalues ${signed(lo)} and ${signed(hi)})`,
      text:
        `${reached ? 'On the way, stalled' : 'Stalled'} ${during} at a saddle: ${low}. The ${eig} there have opposite signs — downhill one way, ` +
        `uphill the other — so the ground is level without being a minimum. ${saddleEscapes(level, ctx.settings, reached)}`,
      numbers,
    };
  }
  if (kind === 'local-minimum') {
    if (reached) return null; // resting in the goal's own basin is not a problem
    return {
      kind,
      title: 'came to rest in a local minimum',
      text:
        `Came to rest in a local minimum at (${num(x)}, ${num(y)}) ${during}: ${low}, and both ${eig} are ` +
        `positive — every direction leads uphill, but this basin is not the goal. ${ridgeRemedies(level, ctx.settings)}`,
      numbers,
    };
  }
  return {
    kind,
    title: `stalled ${steps} steps on a plateau`,
    text:
      `${reached ? 'On the way, stalled' : 'Stalled'} ${during} on a plateau: ${low}. With ${eig} the ground is nearly flat in at least one ` +
      `direction, so each step lr·‖g‖ barely moves the ball. ${plateauRemedies(level, ctx.settings)}`,
    numbers,
  };
}

/** Shortest stall worth reporting when the run did not end stalled: 5 % of the budget, at least 10 steps. */
export function minStallSteps(budget: number): number {
  return Math.max(10, Math.round(budget / 20));
}

/** Saddle (indefinite Hessian), local minimum (positive definite) or plateau (near-zero curvature). */
export function classifyStall(lo: number, hi: number): 'saddle-stall' | 'local-minimum' | 'plateau' {
  const tol = 1e-3 * Math.max(1, Math.abs(lo), Math.abs(hi));
  if (lo < -tol && hi > tol) return 'saddle-stall';
  if (lo > tol) return 'local-minimum';
  return 'plateau';
}
