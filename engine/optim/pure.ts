/**
 * The pure optimizer API: copies its inputs into fresh arrays and runs the same `stepInto`
 * as the hot loop, so there is exactly one implementation of each update rule.
 * Inputs are never mutated; every call allocates (use `stepInto` in loops).
 */
import type { Vec2 } from '../vec';
import type { Hyper, Internals, OptState, Optimizer } from './types';

/** The state before any step: t = 0, all slots zero. */
export function initState(opt: Optimizer): OptState {
  return { t: 0, slots: new Float64Array(opt.slotCount) };
}

/** Result of one pure step. */
export interface StepResult {
  readonly params: Vec2;
  readonly state: OptState;
  readonly internals: Internals;
}

/**
 * One update from `params` with gradient `grad`: returns new params, the new state
 * (t + 1) and the internals after the step. Does not mutate `params`, `grad` or `state`.
 */
export function step(opt: Optimizer, params: Vec2, grad: Vec2, state: OptState, hyper: Hyper): StepResult {
  if (state.slots.length !== opt.slotCount) {
    throw new Error(`${opt.id}: state has ${state.slots.length} slots, expected ${opt.slotCount}`);
  }
  const p = Float64Array.of(params[0], params[1]);
  const g = Float64Array.of(grad[0], grad[1]);
  const s = state.slots.slice();
  const eff = new Float64Array(2);
  const t = state.t + 1;
  opt.stepInto(p, g, s, t, hyper, eff);
  return {
    params: [p[0], p[1]],
    state: { t, slots: s },
    internals: opt.internals(s, t, hyper, eff),
  };
}
