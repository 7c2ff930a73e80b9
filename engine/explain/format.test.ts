import { describe, expect, it } from 'vitest';
import { num, pct, shortAxis, signed, times } from './format';

describe('explanation number formatting', () => {
  it('num: significant digits, exponents, true minus, no NaN', () => {
    expect(num(0.05)).toBe('0.05');
    expect(num(1.25, 3)).toBe('1.25');
    expect(num(49.96)).toBe('50');
    expect(num(229)).toBe('229');
    expect(num(-2)).toBe('−2');
    expect(num(0.0004)).toBe('4e-4');
    expect(num(2.79e9, 2)).toBe('2.8e9');
    expect(num(0)).toBe('0');
    expect(num(NaN)).toBe('n/a');
    expect(num(-Infinity)).toBe('−∞');
  });
  it('signed keeps the sign and trailing zeros', () => {
    expect(signed(2)).toBe('+2.0');
    expect(signed(-1.995)).toBe('−2.0');
    expect(signed(-0.0002)).toBe('−2e-4');
  });
  it('pct, times and shortAxis', () => {
    expect(pct(0.613)).toBe('61 %');
    expect(pct(0.005)).toBe('0.5 %');
    expect(pct(0.00116)).toBe('0.12 %');
    expect(pct(1)).toBe('100 %');
    expect(times(1.25)).toBe('1.25×');
    expect(shortAxis('w₁ (dense feature)')).toBe('w₁');
    expect(shortAxis('w₂')).toBe('w₂');
  });
});
