/**
 * Helpers for the optimizer tests (not used by the engine itself).
 */
import { expect } from 'vitest';
import type { Vec2 } from '../vec';
import type { Hyper, Internals, Optimizer } from './types';

/** Snapshot of the optimizer after one step. */
export interface Snap {
  readonly p: Vec2;
  readonly s: readonly number[];
  readonly eff: Vec2;
  readonly internals: Internals;
}

/** Runs `opt` with `stepInto` from `start` through the given gradient sequence. */
export function runSteps(opt: Optimizer, start: Vec2, grads: readonly Vec2[], h: Hyper): Snap[] {
  const p = Float64Array.of(start[0], start[1]);
  const s = new Float64Array(opt.slotCount);
  const g = new Float64Array(2);
  const eff = new Float64Array(2);
  const out: Snap[] = [];
  grads.forEach((gr, k) => {
    g[0] = gr[0];
    g[1] = gr[1];
    opt.stepInto(p, g, s, k + 1, h, eff);
    out.push({ p: [p[0], p[1]], s: Array.from(s), eff: [eff[0], eff[1]], internals: opt.internals(s, k + 1, h, eff) });
  });
  return out;
}

/** Element-wise |a − e| ≤ tol·max(1, |e|). */
export function expectClose(actual: readonly number[] | undefined, expected: readonly number[], tol = 1e-12): void {
  expect(actual).toBeDefined();
  const a = actual as readonly number[];
  expect(a.length).toBe(expected.length);
  for (let i = 0; i < a.length; i++) {
    const scale = Math.max(1, Math.abs(expected[i]));
    if (!(Math.abs(a[i] - expected[i]) <= tol * scale)) {
      throw new Error(`index ${i}: got ${a[i]}, expected ${expected[i]} (tol ${tol})`);
    }
  }
}
