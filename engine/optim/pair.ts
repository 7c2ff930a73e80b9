/**
 * Small helper shared by the optimizers' `internals`: reads two consecutive entries of a
 * Float64Array as a fresh Vec2 (display code only; never called from `stepInto`).
 */
import type { Vec2 } from '../vec';

/** The pair (a[offset], a[offset + 1]) as a new Vec2. */
export function pair(a: Float64Array, offset = 0): Vec2 {
  return [a[offset], a[offset + 1]];
}
