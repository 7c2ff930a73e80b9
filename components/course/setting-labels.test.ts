import { describe, expect, it } from 'vitest';
import { describeSetting, describeSettings } from './setting-labels';

describe('setting labels', () => {
  it('names settings with the registry’s words and symbols', () => {
    expect(describeSettings({ optimizer: 'rmsprop', lr: 0.05, rho: 0.9 })).toEqual(['optimizer RMSprop', 'learning rate 0.05', 'ρ 0.9']);
    expect(describeSetting('beta2', 0.999)).toBe('β₂ 0.999');
    expect(describeSetting('biasCorrection', false)).toBe('bias correction off');
    expect(describeSettings({ batchSize: 16, l1: 0.1 })).toEqual(['batch size 16', 'L1 λ₁ 0.1']);
  });
});
