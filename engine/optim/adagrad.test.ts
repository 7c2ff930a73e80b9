import { describe, expect, it } from 'vitest';
import { adagrad } from './adagrad';
import { rmsprop } from './rmsprop';
import { DEFAULT_HYPER } from './registry';
import type { Vec2 } from '../vec';
import { expectClose, runSteps } from './test-helpers';

describe('adagrad', () => {
  it('first three steps by hand (G += g²; w −= lr/(√G + δ)·g)', () => {
    const d = 1e-8;
    const h = { ...DEFAULT_HYPER, lr: 0.1, eps: d };
    const snaps = runSteps(adagrad, [1, -2], [[3, -1], [4, 0], [0, 2]], h);
    // G: [9, 1] → [25, 1] → [25, 5]
    const w1 = [1 - (0.1 / (3 + d)) * 3, -2 - (0.1 / (1 + d)) * -1]; // ≈ [0.9, -1.9]
    const w2 = [w1[0] - (0.1 / (5 + d)) * 4, w1[1] - (0.1 / (1 + d)) * 0]; // ≈ [0.82, -1.9]
    const w3 = [w2[0] - (0.1 / (5 + d)) * 0, w2[1] - (0.1 / (Math.sqrt(5) + d)) * 2]; // ≈ [0.82, -1.98944]
    expectClose(snaps[0].p, w1);
    expectClose(snaps[1].p, w2);
    expectClose(snaps[2].p, w3);
    expect(snaps[2].p[0]).toBeCloseTo(0.82, 7);
    expect(snaps[2].p[1]).toBeCloseTo(-1.9894427191, 7);
    expectClose(snaps[0].internals.accum, [9, 1]);
    expectClose(snaps[1].internals.accum, [25, 1]);
    expectClose(snaps[2].internals.accum, [25, 5]);
    expectClose(snaps[0].internals.effectiveLr, [0.1 / (3 + d), 0.1 / (1 + d)]);
    expectClose(snaps[2].internals.effectiveLr, [0.1 / (5 + d), 0.1 / (Math.sqrt(5) + d)]);
  });

  it('a parameter with large gradients gets a SMALLER effective rate', () => {
    const grads: Vec2[] = Array.from({ length: 20 }, () => [10, 0.1] as const);
    const snaps = runSteps(adagrad, [0, 0], grads, { ...DEFAULT_HYPER, lr: 0.1 });
    for (const s of snaps) expect(s.eff[0]).toBeLessThan(s.eff[1]);
    expect(snaps[19].eff[0] / snaps[19].eff[1]).toBeCloseTo(0.01, 6);
  });

  it('under a constant gradient the rate decays like 1/√t; RMSprop\'s settles', () => {
    const c = 2;
    const grads: Vec2[] = Array.from({ length: 400 }, () => [c, -c] as const);
    const ada = runSteps(adagrad, [0, 0], grads, { ...DEFAULT_HYPER, lr: 0.1 });
    // eff_t = lr/(|c|√t + δ): eff_100/eff_25 = 5/10
    expect(ada[99].eff[0] / ada[24].eff[0]).toBeCloseTo(0.5, 8);
    expect(ada[399].eff[1] / ada[99].eff[1]).toBeCloseTo(0.5, 8);
    expectClose([ada[99].eff[0]], [0.1 / (2 * Math.sqrt(100) + 1e-8)]);

    const beta = 0.9;
    const rms = runSteps(rmsprop, [0, 0], grads, { ...DEFAULT_HYPER, lr: 0.1, rho: beta });
    const ratio = rms[99].eff[0] / rms[24].eff[0];
    // r_t = (1 − β^t)c², so eff_100/eff_25 = √((1 − β^25)/(1 − β^100)) ≈ 0.963
    expect(ratio).toBeCloseTo(Math.sqrt((1 - beta ** 25) / (1 - beta ** 100)), 8);
    expect(Math.abs(ratio - 1)).toBeLessThan(0.05);
    const late = rms[399].eff[0] / rms[99].eff[0];
    expect(late).toBeCloseTo(Math.sqrt((1 - beta ** 100) / (1 - beta ** 400)), 10);
    expect(Math.abs(late - 1)).toBeLessThan(1e-4);
    // RMSprop's rate settles at lr/|c|, AdaGrad's keeps falling: 20× smaller by t = 400
    expect(rms[399].eff[0]).toBeCloseTo(0.1 / c, 8);
    expect(ada[399].eff[0]).toBeCloseTo(0.1 / c / 20, 8);
  });
});
