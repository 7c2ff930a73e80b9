import { describe, expect, it } from 'vitest';
import { sgd } from './sgd';
import { DEFAULT_HYPER } from './registry';
import { expectClose, runSteps } from './test-helpers';

describe('sgd', () => {
  it('first three steps match w −= lr·g by hand', () => {
    const h = { ...DEFAULT_HYPER, lr: 0.1 };
    const snaps = runSteps(sgd, [1, -2], [[2, -1], [0.5, 3], [-4, 0]], h);
    const w1 = [1 - 0.1 * 2, -2 - 0.1 * -1]; // [0.8, -1.9]
    const w2 = [1 - 0.1 * 2 - 0.1 * 0.5, -2 - 0.1 * -1 - 0.1 * 3]; // [0.75, -2.2]
    const w3 = [1 - 0.1 * 2 - 0.1 * 0.5 - 0.1 * -4, -2 - 0.1 * -1 - 0.1 * 3 - 0.1 * 0]; // [1.15, -2.2]
    expectClose(snaps[0].p, w1);
    expectClose(snaps[1].p, w2);
    expectClose(snaps[2].p, w3);
    expect(snaps[2].p[0]).toBeCloseTo(1.15, 14);
    expect(snaps[2].p[1]).toBeCloseTo(-2.2, 14);
    for (const s of snaps) expectClose(s.internals.effectiveLr, [0.1, 0.1]);
    expect(snaps[0].s).toEqual([]);
  });
});
