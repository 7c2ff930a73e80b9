import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../rng';
import { exampleLossDirectional, exampleLossGrad, mlpScratch } from './mlp';
import { initParams } from './train';
import type { MlpShape } from './shape';

describe('forward-mode directional derivatives', () => {
  it('equal the gradient projected on the two directions, for every activation and task', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 10 }),
        fc.constantFrom<'tanh' | 'relu'>('tanh', 'relu'),
        fc.constantFrom<'classify' | 'regress'>('classify', 'regress'),
        fc.integer({ min: 1, max: 1e6 }),
        (inputs, hidden, activation, task, seed) => {
          const shape: MlpShape = { inputs, hidden, outputs: task === 'classify' ? 3 : 1, activation, task };
          const rng = createRng(seed);
          const theta = initParams(shape, rng);
          const u = Float64Array.from(theta, () => rng.normal());
          const v = Float64Array.from(theta, () => rng.normal());
          const x = Float64Array.from({ length: inputs }, () => rng.normal());
          const target = task === 'classify' ? rng.int(3) : rng.normal();
          const s = mlpScratch(shape);
          const g = new Float64Array(theta.length);
          const lg = exampleLossGrad(shape, theta, x, 0, target, g, s);
          const out = new Float64Array(2);
          const ld = exampleLossDirectional(shape, theta, x, 0, target, u, v, out, s);
          expect(ld).toBe(lg);
          const dot = (d: Float64Array) => d.reduce((acc, dj, j) => acc + dj * g[j], 0);
          expect(out[0]).toBeCloseTo(dot(u), 10);
          expect(out[1]).toBeCloseTo(dot(v), 10);
        },
      ),
      { numRuns: 200 },
    );
  });
});
