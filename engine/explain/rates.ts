/**
 * Per-parameter learning rates read back from a trace: the effective rate of
 * engine/diagnostics/effective-rate.ts (the one definition the player's chart also shows).
 */
import type { RunContext } from './context';
import type { Vec2 } from '../vec';
import { effectiveRateAt } from '../diagnostics/effective-rate';

/** The effective rate on parameter j (0 or 1) at step t ≥ 1. */
export function rateAt(ctx: RunContext, j: 0 | 1, t: number): number {
  return effectiveRateAt(ctx.trace, j, t);
}

/** The rate along a unit direction at step t: Σ_j rate_j·axis_j² (a diagonal preconditioner). */
export function effectiveRateAlong(ctx: RunContext, axis: Vec2, t: number): number {
  const step = Math.max(1, t);
  return rateAt(ctx, 0, step) * axis[0] * axis[0] + rateAt(ctx, 1, step) * axis[1] * axis[1];
}
