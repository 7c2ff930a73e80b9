import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initState, step } from './pure';
import { DEFAULT_HYPER, OPTIMIZERS, OPTIMIZER_IDS } from './registry';
import type { OptState } from './types';
import type { Vec2 } from '../vec';
import { runSteps } from './test-helpers';

const gArb = fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }));

describe('pure step', () => {
  it('initState: t = 0 and slotCount zeros', () => {
    for (const id of OPTIMIZER_IDS) {
      const st = initState(OPTIMIZERS[id]);
      expect(st.t).toBe(0);
      expect(Array.from(st.slots)).toEqual(new Array(OPTIMIZERS[id].slotCount).fill(0));
    }
  });

  it('equals stepInto bit for bit, for every optimizer and both forms/corrections', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTIMIZER_IDS),
        fc.array(gArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('pytorch' as const, 'classic' as const),
        fc.boolean(),
        (id, gs, momentumForm, biasCorrection) => {
          const opt = OPTIMIZERS[id];
          const h = { ...DEFAULT_HYPER, lr: 0.05, beta2: 0.99, rho: 0.99, momentumForm, biasCorrection };
          const start: Vec2 = [0.3, -0.7];
          const ref = runSteps(opt, start, gs, h);
          let params = start;
          let state: OptState = initState(opt);
          gs.forEach((g, k) => {
            const r = step(opt, params, g, state, h);
            expect(r.params).toEqual(ref[k].p);
            expect(Array.from(r.state.slots)).toEqual(ref[k].s);
            expect(r.state.t).toBe(k + 1);
            expect(r.internals).toEqual(ref[k].internals);
            expect(r.internals.effectiveLr).toEqual(ref[k].eff);
            params = r.params;
            state = r.state;
          });
        },
      ),
      { seed: 7, numRuns: 120 },
    );
  });

  it('does not mutate its inputs', () => {
    for (const id of OPTIMIZER_IDS) {
      const opt = OPTIMIZERS[id];
      const params: Vec2 = Object.freeze([1, 2] as const);
      const grad: Vec2 = Object.freeze([0.5, -0.25] as const);
      const h = Object.freeze({ ...DEFAULT_HYPER, lr: 0.1 });
      let state = initState(opt);
      state = step(opt, params, grad, state, h).state; // non-zero slots
      const frozenState: OptState = Object.freeze({ t: state.t, slots: state.slots });
      const before = Array.from(frozenState.slots);
      const r = step(opt, params, grad, frozenState, h);
      expect(params).toEqual([1, 2]);
      expect(grad).toEqual([0.5, -0.25]);
      expect(Array.from(frozenState.slots)).toEqual(before);
      expect(frozenState.t).toBe(1);
      expect(r.state.slots).not.toBe(frozenState.slots);
      expect(r.params).not.toEqual(params);
    }
  });

  it('rejects a state of the wrong size', () => {
    expect(() => step(OPTIMIZERS.adam, [0, 0], [1, 1], initState(OPTIMIZERS.sgd), DEFAULT_HYPER)).toThrow();
  });
});
