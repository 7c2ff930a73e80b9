import { describe, it } from 'vitest';
import fc from 'fast-check';
import { HYPER_RANGES, OPTIMIZERS, OPTIMIZER_IDS } from './registry';
import type { Hyper } from './types';

const finite = (lim: number) => fc.double({ min: -lim, max: lim, noNaN: true, noDefaultInfinity: true });
const inRange = (k: keyof typeof HYPER_RANGES) =>
  fc.double({ min: HYPER_RANGES[k].min, max: HYPER_RANGES[k].max, noNaN: true, noDefaultInfinity: true });

const hyperArb: fc.Arbitrary<Hyper> = fc.record({
  lr: inRange('lr'),
  momentum: inRange('momentum'),
  momentumForm: fc.constantFrom('pytorch' as const, 'classic' as const),
  beta1: inRange('beta1'),
  beta2: inRange('beta2'),
  rho: inRange('rho'),
  eps: inRange('eps'),
  biasCorrection: fc.boolean(),
});

describe('properties', () => {
  it('no optimizer produces NaN or ±Infinity from finite inputs with hyper-parameters in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTIMIZER_IDS),
        hyperArb,
        fc.tuple(finite(1e3), finite(1e3)),
        fc.array(fc.tuple(finite(1e3), finite(1e3)), { minLength: 1, maxLength: 30 }),
        (id, h, start, gs) => {
          const opt = OPTIMIZERS[id];
          const p = Float64Array.of(start[0], start[1]);
          const s = new Float64Array(opt.slotCount);
          const g = new Float64Array(2);
          const eff = new Float64Array(2);
          gs.forEach((gr, k) => {
            g[0] = gr[0];
            g[1] = gr[1];
            opt.stepInto(p, g, s, k + 1, h, eff);
            const all = [...p, ...s, ...eff];
            if (!all.every(Number.isFinite)) throw new Error(`${id} step ${k + 1}: ${all.join(', ')}`);
            const i = opt.internals(s, k + 1, h, eff);
            for (const v of [i.velocity, i.accum, i.mHat, i.rHat, i.effectiveLr]) {
              if (v && !v.every(Number.isFinite)) throw new Error(`${id} internals step ${k + 1}`);
            }
          });
        },
      ),
      { seed: 1234, numRuns: 600 },
    );
  });
});
