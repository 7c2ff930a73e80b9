import { describe, expect, it } from 'vitest';
import { axisNameIn } from './axis-names';

describe('axis names', () => {
  it('reads the known axes from the catalogue, word for word in English, and keeps any other name', () => {
    for (const name of ['a (direction 1)', 'b (direction 2)', 'w₁ (per year of age)', 'w₂ (per unit of salary)', 'w₁ (age, standardized)', 'w₂ (salary, standardized)', 'w₁ (dense feature)', 'w₂ (rare feature)', 'w₁ (bias-like feature)', 'w₂ (cat-vs-dog feature)']) {
      expect(axisNameIn(name)).toBe(name);
    }
    expect(axisNameIn('w₁')).toBe('w₁');
  });
});
