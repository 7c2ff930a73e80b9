/**
 * Rule: oscillation across a valley — consecutive steps along the steepest Hessian axis keep
 * flipping sign because each step overshoots the valley floor. Measured with the oscillation
 * index along the steep eigenvector at the final point; the overshoot is confirmed by the
 * step size: above the overshoot rate ((1+μ)/λmax for SGD and heavy ball, 1/λmax for Nesterov;
 * below it, on a quadratic, the ball approaches the floor from one side and any flips are just
 * noise). The stable limit is engine/optim/stability.ts's (2/λmax, 2(1+μ)/λmax, 2(1+μ)/((1+2μ)λmax)).
 * Only the travelling part of the run counts: a ball at rest in a minimum may jitter, but
 * that is not a zig-zag that costs progress.
 */
import { oscillationIndex } from '../diagnostics/trace';
import type { Finding } from './types';
import type { RunContext } from './context';
import { isPlainRate, limitFormula, momentumOf, overshootLimit, rateLimit, settledFrom, steepAxis } from './context';
import { num, pct, times } from './format';
import { effectiveRateAlong } from './rates';

/** Oscillation index at or above which the ball is said to zig-zag. */
export const OSCILLATION_MIN = 0.5;

/** Fewest travelling steps for an oscillation index to mean anything. */
export const MIN_STEPS = 20;

/** Steps along the axis shorter than this fraction of the RMS step are ignored (a settled ball's jitter). */
export const MIN_STEP_FRACTION = 0.01;

/** Root-mean-square length of the steps' components along `axis`, steps 1…end. */
export function rmsStep(ctx: RunContext, axis: readonly [number, number], end: number): number {
  const { x, y } = ctx.trace;
  let s = 0;
  for (let t = 1; t <= end; t++) s += ((x[t] - x[t - 1]) * axis[0] + (y[t] - y[t - 1]) * axis[1]) ** 2;
  return end > 0 ? Math.sqrt(s / end) : 0;
}

/** The oscillation finding of a run, or null. */
export function oscillationFinding(ctx: RunContext): Finding | null {
  const { trace, settings } = ctx;
  // Only while the ball travels: up to the goal, or up to where it came to rest.
  const end = trace.goalStep ?? settledFrom(trace, ctx.level.stallGradNorm) ?? trace.steps;
  if (!ctx.final || end < MIN_STEPS) return null;
  const { axis, lambda } = steepAxis(ctx.final);
  const lambdaMax = Math.abs(lambda);
  if (!(lambdaMax > 0)) return null;
  const index = oscillationIndex(trace, axis, 1, end, MIN_STEP_FRACTION * rmsStep(ctx, axis, end));
  const mu = momentumOf(settings);
  const rate = effectiveRateAlong(ctx, axis, Math.min(end, ctx.last));
  const overshootAt = overshootLimit(settings, lambdaMax);
  if (index < OSCILLATION_MIN || rate <= overshootAt) return null;
  const limit = rateLimit(settings, lambdaMax);
  const ratio = rate / limit;
  const kappa = ctx.final.condition;
  const where = kappa >= 5 ? 'the ravine' : 'the basin';
  const formula = limitFormula(settings);
  const bound = settings.optimizer === 'nesterov' || mu <= 0 ? '1' : num(1 + mu);
  const rateName = isPlainRate(settings) ? `The learning rate ${num(settings.lr)}` : `The effective rate ${num(rate)}`;
  const verdict =
    ratio >= 1
      ? 'at or above it, the ball cannot settle and rattles between the walls'
      : `every step still overshoots the floor (lr·λmax = ${num(rate * lambdaMax)} > ${bound}), so the zig-zag eats the progress along it`;
  const fix = settings.optimizer === 'sgd' ? ' Momentum averages the opposite kicks away and keeps the consistent ones.' : '';
  return {
    kind: 'oscillation',
    title: `oscillating across ${where}`,
    text:
      `Oscillated across ${where}: ${pct(index)} of steps flipped sign along the steep axis (curvature ` +
      `λmax = ${num(lambdaMax)}${kappa >= 5 ? `, ${num(kappa)}× the flattest direction` : ''}). ${rateName} is ` +
      `${times(ratio)} the stable limit ${formula} = ${num(limit)}: ${verdict}.${fix}`,
    numbers: {
      index,
      lambdaMax,
      kappa,
      lr: settings.lr,
      ...(isPlainRate(settings) ? {} : { rate }),
      limit,
      ratio,
      ...(mu > 0 ? { momentum: mu } : {}),
    },
  };
}
