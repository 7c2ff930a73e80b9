import { describe, expect, it } from 'vitest';
import { nesterov } from './nesterov';
import { DEFAULT_HYPER } from './registry';
import { expectClose, runSteps } from './test-helpers';

describe('nesterov', () => {
  it('first three steps by hand (buf = μ·buf + g; w −= lr·(g + μ·buf))', () => {
    const h = { ...DEFAULT_HYPER, lr: 0.1, momentum: 0.9 };
    const snaps = runSteps(nesterov, [1, -2], [[2, -1], [0.5, 3], [-4, 0]], h);
    // buf: [2, -1] → [2.3, 2.1] → [-1.93, 1.89]
    const w1 = [1 - 0.1 * (2 + 0.9 * 2), -2 - 0.1 * (-1 + 0.9 * -1)]; // [0.62, -1.81]
    const w2 = [0.62 - 0.1 * (0.5 + 0.9 * 2.3), -1.81 - 0.1 * (3 + 0.9 * 2.1)]; // [0.363, -2.299]
    const w3 = [0.363 - 0.1 * (-4 + 0.9 * -1.93), -2.299 - 0.1 * (0 + 0.9 * 1.89)]; // [0.9367, -2.4691]
    expectClose(snaps[0].p, w1);
    expectClose(snaps[1].p, w2);
    expectClose(snaps[2].p, w3);
    expect(snaps[2].p[0]).toBeCloseTo(0.9367, 12);
    expect(snaps[2].p[1]).toBeCloseTo(-2.4691, 12);
    expectClose(snaps[0].internals.velocity, [2, -1]);
    expectClose(snaps[1].internals.velocity, [0.9 * 2 + 0.5, 0.9 * -1 + 3]);
    expectClose(snaps[2].internals.velocity, [0.9 * 2.3 - 4, 0.9 * 2.1]);
    expectClose(snaps[1].internals.effectiveLr, [0.1, 0.1]);
  });
});
