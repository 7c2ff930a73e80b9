import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPER, HYPER_RANGES, OPTIMIZERS, OPTIMIZER_IDS, clampHyper, getOptimizer } from './registry';
import type { NumericHyperKey } from './registry';

describe('registry', () => {
  it('every id maps to the optimizer with that id', () => {
    expect(Object.keys(OPTIMIZERS).sort()).toEqual([...OPTIMIZER_IDS].sort());
    for (const id of OPTIMIZER_IDS) {
      expect(getOptimizer(id).id).toBe(id);
    }
    expect(OPTIMIZERS.sgd.slotCount).toBe(0);
    expect(OPTIMIZERS.adam.slotCount).toBe(4);
  });

  it('defaults are as specified and inside the ranges', () => {
    expect(DEFAULT_HYPER).toEqual({
      lr: 0.01,
      momentum: 0.9,
      momentumForm: 'pytorch',
      beta1: 0.9,
      beta2: 0.999,
      rho: 0.99,
      eps: 1e-8,
      biasCorrection: true,
    });
    for (const k of Object.keys(HYPER_RANGES) as NumericHyperKey[]) {
      expect(DEFAULT_HYPER[k]).toBeGreaterThanOrEqual(HYPER_RANGES[k].min);
      expect(DEFAULT_HYPER[k]).toBeLessThanOrEqual(HYPER_RANGES[k].max);
    }
  });

  it('clampHyper clamps into range and replaces non-finite values by defaults', () => {
    const h = clampHyper({ ...DEFAULT_HYPER, lr: 100, momentum: 1, beta2: -1, rho: 2, eps: Number.NaN, beta1: 0.5 });
    expect(h.lr).toBe(10);
    expect(h.momentum).toBe(0.999);
    expect(h.beta2).toBe(0);
    expect(h.rho).toBe(0.99999);
    expect(h.eps).toBe(1e-8);
    expect(h.beta1).toBe(0.5);
    expect(h.momentumForm).toBe('pytorch');
  });
});
