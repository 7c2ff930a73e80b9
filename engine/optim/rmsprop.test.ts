import { describe, expect, it } from 'vitest';
import { rmsprop } from './rmsprop';
import { DEFAULT_HYPER } from './registry';
import { expectClose, runSteps } from './test-helpers';

describe('rmsprop', () => {
  it('first three steps by hand (r = β·r + (1−β)·g²; w −= lr/(√r + δ)·g), β = rho', () => {
    const d = 1e-8;
    const h = { ...DEFAULT_HYPER, lr: 0.01, rho: 0.9, eps: d };
    const snaps = runSteps(rmsprop, [1, -2], [[2, -1], [-2, 0], [1, 3]], h);
    const r1 = [0.1 * 4, 0.1 * 1]; // [0.4, 0.1]
    const r2 = [0.9 * 0.4 + 0.1 * 4, 0.9 * 0.1 + 0.1 * 0]; // [0.76, 0.09]
    const r3 = [0.9 * 0.76 + 0.1 * 1, 0.9 * 0.09 + 0.1 * 9]; // [0.784, 0.981]
    const w1 = [1 - (0.01 / (Math.sqrt(0.4) + d)) * 2, -2 - (0.01 / (Math.sqrt(0.1) + d)) * -1];
    const w2 = [w1[0] - (0.01 / (Math.sqrt(0.76) + d)) * -2, w1[1] - (0.01 / (Math.sqrt(0.09) + d)) * 0];
    const w3 = [w2[0] - (0.01 / (Math.sqrt(0.784) + d)) * 1, w2[1] - (0.01 / (Math.sqrt(0.981) + d)) * 3];
    expectClose(snaps[0].internals.accum, r1);
    expectClose(snaps[1].internals.accum, r2);
    expectClose(snaps[2].internals.accum, r3);
    expectClose(snaps[0].p, w1);
    expectClose(snaps[1].p, w2);
    expectClose(snaps[2].p, w3);
    // ≈ [1 − 0.031623 + 0.022942 − 0.011294, −2 + 0.031623 − 0.030290]
    expect(snaps[2].p[0]).toBeCloseTo(0.980025, 5);
    expect(snaps[2].p[1]).toBeCloseTo(-1.998667, 5);
    expectClose(snaps[1].internals.effectiveLr, [0.01 / (Math.sqrt(0.76) + d), 0.01 / (Math.sqrt(0.09) + d)]);
  });
});
