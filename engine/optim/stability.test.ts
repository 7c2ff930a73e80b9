import { describe, expect, it } from 'vitest';
import { getOptimizer, DEFAULT_HYPER } from './registry';
import type { Hyper, OptimizerId } from './types';
import { overshootRate, stableRateFormula, stableRateLimit } from './stability';

/** |w| after `steps` steps of the engine's own optimizer on f(w) = λw²/2 (both weights, w = 1 at the start). */
function finalDistance(id: OptimizerId, h: Hyper, lambda: number, steps = 4000): number {
  const opt = getOptimizer(id);
  const p = Float64Array.of(1, -0.5);
  const s = new Float64Array(opt.slotCount);
  const g = new Float64Array(2);
  const eff = new Float64Array(2);
  for (let t = 1; t <= steps; t++) {
    g[0] = lambda * p[0];
    g[1] = lambda * p[1];
    opt.stepInto(p, g, s, t, h, eff);
    if (!Number.isFinite(p[0]) || Math.abs(p[0]) > 1e12) return Infinity;
  }
  return Math.hypot(p[0], p[1]);
}

const CASES: [OptimizerId, number][] = [
  ['sgd', 0],
  ['momentum', 0.5],
  ['momentum', 0.9],
  ['momentum', 0.99],
  ['nesterov', 0],
  ['nesterov', 0.5],
  ['nesterov', 0.9],
  ['nesterov', 0.99],
];

describe('stableRateLimit', () => {
  it('has the closed forms: 2/λ, 2(1+μ)/λ, 2(1+μ)/((1+2μ)λ)', () => {
    expect(stableRateLimit('sgd', 0.9, 4)).toBe(0.5);
    expect(stableRateLimit('momentum', 0.9, 4)).toBeCloseTo(0.95, 12);
    expect(stableRateLimit('nesterov', 0.9, 4)).toBeCloseTo(3.8 / (2.8 * 4), 12);
    // 2.8× smaller than heavy ball's at μ = 0.9.
    expect(stableRateLimit('momentum', 0.9, 1) / stableRateLimit('nesterov', 0.9, 1)).toBeCloseTo(2.8, 12);
    expect(stableRateLimit('adam', 0.9, -4)).toBe(0.5);
    expect(stableRateLimit('sgd', 0, 0)).toBe(Infinity);
    expect(stableRateFormula('nesterov', 0.9)).toBe('2(1+μ)/((1+2μ)λmax)');
    expect(stableRateFormula('momentum', 0)).toBe('2/λmax');
  });

  for (const form of ['pytorch', 'classic'] as const) {
    for (const [id, mu] of CASES) {
      for (const lambda of [0.5, 4, 100]) {
        it(`${id} μ=${mu} (${form}) λ=${lambda}: converges at 0.98× the limit, diverges at 1.02×`, () => {
          const limit = stableRateLimit(id, mu, lambda, form);
          const h: Hyper = { ...DEFAULT_HYPER, momentum: mu, momentumForm: form };
          expect(finalDistance(id, { ...h, lr: 0.98 * limit }, lambda)).toBeLessThan(1e-6);
          expect(finalDistance(id, { ...h, lr: 1.02 * limit }, lambda)).toBeGreaterThan(1e6);
        });
      }
    }
  }

  it("heavy ball's limit is wrong for Nesterov: at μ = 0.9 half of it already diverges", () => {
    const h: Hyper = { ...DEFAULT_HYPER, momentum: 0.9, lr: 0.5 * stableRateLimit('momentum', 0.9, 1) };
    expect(finalDistance('nesterov', h, 1)).toBe(Infinity);
    expect(finalDistance('momentum', h, 1)).toBeLessThan(1e-6);
  });

  it('the overshoot rate lies below the limit', () => {
    for (const [id, mu] of CASES) expect(overshootRate(id, mu, 3)).toBeLessThan(stableRateLimit(id, mu, 3));
  });

  it('below the overshoot rate fewer than half the steps flip sign, above it more than half', () => {
    const flips = (id: OptimizerId, mu: number, lr: number): number => {
      const opt = getOptimizer(id);
      const h: Hyper = { ...DEFAULT_HYPER, momentum: mu, lr };
      const p = Float64Array.of(1, 1);
      const s = new Float64Array(opt.slotCount);
      const eff = new Float64Array(2);
      let prev = 0;
      let n = 0;
      for (let t = 1; t <= 200; t++) {
        const before = p[0];
        opt.stepInto(p, Float64Array.of(2 * p[0], 2 * p[1]), s, t, h, eff);
        const d = p[0] - before;
        if (t > 1 && d * prev < 0) n++;
        prev = d;
      }
      return n / 199;
    };
    for (const [id, mu] of CASES) {
      const at = overshootRate(id, mu, 2);
      expect(flips(id, mu, 0.9 * at), `${id} μ=${mu} below`).toBeLessThan(0.5);
      expect(flips(id, mu, 1.1 * at), `${id} μ=${mu} above`).toBeGreaterThan(0.5);
    }
  });
});
