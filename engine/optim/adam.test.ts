import { describe, expect, it } from 'vitest';
import { adam } from './adam';
import { DEFAULT_HYPER } from './registry';
import type { Vec2 } from '../vec';
import { expectClose, runSteps } from './test-helpers';

const d = 1e-8;
const grads: Vec2[] = [[1, -3], [-1, -3], [2, -3]];

describe('adam', () => {
  it('first three steps by hand, bias correction on', () => {
    const h = { ...DEFAULT_HYPER, lr: 0.1, beta1: 0.9, beta2: 0.999, eps: d, biasCorrection: true };
    const snaps = runSteps(adam, [1, -2], grads, h);
    // w1 (x): v = 0.1, r = 0.001, v̂ = 0.1/0.1 = 1, r̂ = 0.001/0.001 = 1
    const v1 = 0.1 * 1;
    const r1 = 0.001 * 1;
    const w1x = 1 - (0.1 * (v1 / 0.1)) / (d + Math.sqrt(r1 / 0.001)); // ≈ 0.9
    // w2 (x): v = 0.9·0.1 + 0.1·(−1) = −0.01, r = 0.999·0.001 + 0.001·1 = 0.001999
    //         1 − 0.9² = 0.19, 1 − 0.999² = 0.001999
    const v2 = 0.9 * 0.1 + 0.1 * -1;
    const r2 = 0.999 * 0.001 + 0.001 * 1;
    const w2x = w1x - (0.1 * (v2 / 0.19)) / (d + Math.sqrt(r2 / 0.001999)); // ≈ 0.905263
    // w3 (x): v = 0.9·(−0.01) + 0.1·2 = 0.191, r = 0.999·0.001999 + 0.001·4 = 0.005997001
    //         1 − 0.9³ = 0.271, 1 − 0.999³ = 0.002997001
    const v3 = 0.9 * -0.01 + 0.1 * 2;
    const r3 = 0.999 * 0.001999 + 0.001 * 4;
    const w3x = w2x - (0.1 * (v3 / 0.271)) / (d + Math.sqrt(r3 / 0.002997001));
    // y: constant g = −3, so v̂ = −3 and r̂ = 9 every step: each step moves +0.1·3/(3 + δ) ≈ +0.1
    const w1y = -2 + (0.1 * 3) / (d + 3);
    const w2y = w1y + (0.1 * 3) / (d + 3);
    const w3y = w2y + (0.1 * 3) / (d + 3);
    expectClose(snaps[0].p, [w1x, w1y], 1e-10);
    expectClose(snaps[1].p, [w2x, w2y], 1e-10);
    expectClose(snaps[2].p, [w3x, w3y], 1e-10);
    expect(snaps[1].p[0]).toBeCloseTo(0.9 + 0.01 / 0.19 / 10, 7);
    expect(snaps[2].p[1]).toBeCloseTo(-1.7, 7);

    const i3 = snaps[2].internals;
    expectClose(i3.velocity, [v3, 0.9 * (0.9 * -0.3 - 0.3) - 0.3], 1e-10); // y: −0.3, −0.57, −0.813
    expectClose(i3.accum, [r3, 0.009 + 0.999 * 0.009 + 0.999 * 0.999 * 0.009], 1e-10);
    expectClose(i3.mHat, [v3 / 0.271, -3], 1e-10);
    expectClose(i3.rHat, [r3 / 0.002997001, 9], 1e-10);
    // effective rate = multiplier on the raw first moment: lr / ((1 − ρ1^t)(√r̂ + δ))
    expectClose(i3.effectiveLr, [0.1 / (0.271 * (Math.sqrt(r3 / 0.002997001) + d)), 0.1 / (0.271 * (3 + d))], 1e-10);
    expectClose(snaps[0].internals.effectiveLr, [0.1 / (0.1 * (1 + d)), 0.1 / (0.1 * (3 + d))], 1e-10);
  });

  it('first three steps by hand, bias correction off', () => {
    const h = { ...DEFAULT_HYPER, lr: 0.1, beta1: 0.9, beta2: 0.999, eps: d, biasCorrection: false };
    const snaps = runSteps(adam, [1, -2], grads, h);
    const w1 = [1 - (0.1 * 0.1) / (d + Math.sqrt(0.001)), -2 - (0.1 * -0.3) / (d + Math.sqrt(0.009))];
    const w2 = [w1[0] - (0.1 * -0.01) / (d + Math.sqrt(0.001999)), w1[1] - (0.1 * -0.57) / (d + Math.sqrt(0.017991))];
    const w3 = [
      w2[0] - (0.1 * 0.191) / (d + Math.sqrt(0.005997001)),
      w2[1] - (0.1 * -0.813) / (d + Math.sqrt(0.026973009)),
    ];
    expectClose(snaps[0].p, w1, 1e-10);
    expectClose(snaps[1].p, w2, 1e-10);
    expectClose(snaps[2].p, w3, 1e-10);
    // the very first uncorrected step is 0.1·0.1/√0.001 ≈ 0.316, vs ≈ 0.1 corrected
    expect(1 - snaps[0].p[0]).toBeCloseTo(0.316227766, 6);
    expectClose(snaps[2].internals.mHat, [0.191, -0.813], 1e-10);
    expectClose(snaps[2].internals.rHat, [0.005997001, 0.026973009], 1e-10);
    expectClose(snaps[0].internals.effectiveLr, [0.1 / (Math.sqrt(0.001) + d), 0.1 / (Math.sqrt(0.009) + d)], 1e-10);
  });

  it('without bias correction the early steps are too LARGE: ratio (1−ρ1^t)/√(1−ρ2^t)', () => {
    const T = 1000;
    const c = 0.7;
    const gs: Vec2[] = Array.from({ length: T }, () => [c, -c] as const);
    const base = { ...DEFAULT_HYPER, lr: 1e-3, beta1: 0.9, beta2: 0.999 };
    const on = runSteps(adam, [0, 0], gs, { ...base, biasCorrection: true });
    const off = runSteps(adam, [0, 0], gs, { ...base, biasCorrection: false });
    const stepAt = (snaps: { p: Vec2 }[], t: number, i: 0 | 1): number =>
      Math.abs(snaps[t - 1].p[i] - (t === 1 ? 0 : snaps[t - 2].p[i]));
    const closed = (t: number): number => (1 - 0.9 ** t) / Math.sqrt(1 - 0.999 ** t);
    for (const [t, approx] of [[1, 3.162], [10, 6.5], [1000, 1.26]] as const) {
      for (const i of [0, 1] as const) {
        const ratio = stepAt(off, t, i) / stepAt(on, t, i);
        expect(Math.abs(ratio / closed(t) - 1)).toBeLessThan(1e-6);
        expect(Math.abs(ratio - approx)).toBeLessThan(0.05);
      }
    }
    // the exact t = 1 value: (1 − 0.9)/√(1 − 0.999) = 0.1/√0.001 = √10
    expect(closed(1)).toBeCloseTo(Math.sqrt(10), 12);
    // corrected steps under a constant gradient are ≈ lr from the first step on
    expect(stepAt(on, 1, 0)).toBeCloseTo(1e-3, 10);
  });

  it('internals after 0 steps are zeros, not NaN', () => {
    const i0 = adam.internals(new Float64Array(4), 0, DEFAULT_HYPER, new Float64Array(2));
    expect(i0.mHat).toEqual([0, 0]);
    expect(i0.rHat).toEqual([0, 0]);
  });
});
