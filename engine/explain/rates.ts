/**
 * Per-parameter learning rates read back from a trace: what the optimizer multiplied the
 * gradient by at a step. Adam's effLr includes the first moment's 1/(1−ρ1^t); here it is
 * reported as lr/(√r̂ + δ), the rate on the (corrected) gradient estimate.
 */
import type { RunContext } from './context';
import type { Vec2 } from '../vec';

/** The rate on parameter j (0 or 1) at step t ≥ 1, comparable across optimizers. */
export function rateAt(ctx: RunContext, j: 0 | 1, t: number): number {
  const { trace, settings } = ctx;
  if (t < 1) return NaN;
  if (settings.optimizer !== 'adam') return trace.effLr[2 * t + j];
  const r = trace.slots[trace.slotCount * t + 2 + j];
  const rHat = settings.biasCorrection ? r / (1 - Math.pow(settings.beta2, t)) : r;
  return settings.lr / (Math.sqrt(rHat) + settings.eps);
}

/** The rate along a unit direction at step t: Σ_j rate_j·axis_j² (a diagonal preconditioner). */
export function effectiveRateAlong(ctx: RunContext, axis: Vec2, t: number): number {
  const step = Math.max(1, t);
  return rateAt(ctx, 0, step) * axis[0] * axis[0] + rateAt(ctx, 1, step) * axis[1] * axis[1];
}
