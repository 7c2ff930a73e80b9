import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { momentum } from './momentum';
import { DEFAULT_HYPER } from './registry';
import type { Vec2 } from '../vec';
import { expectClose, runSteps } from './test-helpers';

const grads: Vec2[] = [[2, -1], [0.5, 3], [-4, 0]];

describe('momentum', () => {
  it("'pytorch' form: first three steps by hand (buf = μ·buf + g; w −= lr·buf)", () => {
    const h = { ...DEFAULT_HYPER, lr: 0.1, momentum: 0.9, momentumForm: 'pytorch' as const };
    const snaps = runSteps(momentum, [1, -2], grads, h);
    const b1 = [2, -1];
    const b2 = [0.9 * 2 + 0.5, 0.9 * -1 + 3]; // [2.3, 2.1]
    const b3 = [0.9 * 2.3 - 4, 0.9 * 2.1 + 0]; // [-1.93, 1.89]
    const w1 = [1 - 0.1 * 2, -2 - 0.1 * -1]; // [0.8, -1.9]
    const w2 = [0.8 - 0.1 * 2.3, -1.9 - 0.1 * 2.1]; // [0.57, -2.11]
    const w3 = [0.57 - 0.1 * -1.93, -2.11 - 0.1 * 1.89]; // [0.763, -2.299]
    expectClose(snaps[0].p, w1);
    expectClose(snaps[1].p, w2);
    expectClose(snaps[2].p, w3);
    expectClose(snaps[0].internals.velocity, b1);
    expectClose(snaps[1].internals.velocity, b2);
    expectClose(snaps[2].internals.velocity, b3);
    expect(snaps[2].p[0]).toBeCloseTo(0.763, 12);
    expect(snaps[2].p[1]).toBeCloseTo(-2.299, 12);
    expectClose(snaps[2].internals.effectiveLr, [0.1, 0.1]);
  });

  it("'classic' form: first three steps by hand (v = α·v + ε·g; w −= v)", () => {
    const h = { ...DEFAULT_HYPER, lr: 0.1, momentum: 0.9, momentumForm: 'classic' as const };
    const snaps = runSteps(momentum, [1, -2], grads, h);
    const v1 = [0.1 * 2, 0.1 * -1]; // [0.2, -0.1]
    const v2 = [0.9 * 0.2 + 0.1 * 0.5, 0.9 * -0.1 + 0.1 * 3]; // [0.23, 0.21]
    const v3 = [0.9 * 0.23 + 0.1 * -4, 0.9 * 0.21 + 0.1 * 0]; // [-0.193, 0.189]
    expectClose(snaps[0].internals.velocity, v1);
    expectClose(snaps[1].internals.velocity, v2);
    expectClose(snaps[2].internals.velocity, v3);
    expectClose(snaps[0].p, [1 - 0.2, -2 + 0.1]);
    expectClose(snaps[1].p, [1 - 0.2 - 0.23, -2 + 0.1 - 0.21]);
    expectClose(snaps[2].p, [1 - 0.2 - 0.23 + 0.193, -2 + 0.1 - 0.21 - 0.189]); // [0.763, -2.299]
  });

  it('classic (ε = lr) and pytorch forms give the same trajectory over 100 steps; states differ by lr', () => {
    const gArb = fc.tuple(
      fc.double({ min: -5, max: 5, noNaN: true }),
      fc.double({ min: -5, max: 5, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(gArb, { minLength: 100, maxLength: 100 }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (gs, lr, mu) => {
          const base = { ...DEFAULT_HYPER, lr, momentum: mu };
          const a = runSteps(momentum, [0.5, -1.5], gs, { ...base, momentumForm: 'pytorch' });
          const b = runSteps(momentum, [0.5, -1.5], gs, { ...base, momentumForm: 'classic' });
          for (let k = 0; k < 100; k++) {
            expectClose(b[k].p, a[k].p, 1e-10);
            // classic v = lr · pytorch buf
            expectClose(b[k].s, [lr * a[k].s[0], lr * a[k].s[1]], 1e-10);
          }
        },
      ),
      { seed: 20251125, numRuns: 60 },
    );
  });
});
