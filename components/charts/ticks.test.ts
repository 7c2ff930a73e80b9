import { describe, expect, it } from 'vitest';
import { formatPowerOfTen, formatTick, linearAxisTicks, logAxisTicks, niceDomain, niceStep, niceTicks, stepDecimals } from './ticks';

describe('nice ticks', () => {
  it('steps are 1, 2 or 5 × 10ᵏ', () => {
    expect(niceStep(2, 4)).toBe(0.5);
    expect(niceStep(1000, 5)).toBe(200);
    expect(niceStep(2.4e-5, 5)).toBeCloseTo(5e-6, 20);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('a 0…2 axis is ticked 0, 0.5, 1, 1.5, 2, without float noise', () => {
    expect(niceTicks(0, 2, 4)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-0.5, 0.3, 4)).toEqual([-0.4, -0.2, 0, 0.2]);
    expect(linearAxisTicks(0, 2, 4).map((t) => t.label)).toEqual(['0', '0.5', '1', '1.5', '2']);
  });

  it('domains round out to whole steps', () => {
    expect(niceDomain(0.013, 1.87, 4)).toEqual([0, 2]);
    expect(niceDomain(-6.51e-18, 1.9, 4)).toEqual([0, 2]); // float noise below 0 does not add a tick
    const [a, b] = niceDomain(3, 3, 4);
    expect(a).toBeLessThan(3);
    expect(b).toBeGreaterThan(3);
  });
});

describe('formatTick', () => {
  it('prints float noise next to the step as 0', () => {
    expect(formatTick(-6.51e-18, 0.5)).toBe('0');
    expect(formatTick(1e-17, 0.2)).toBe('0');
    expect(formatTick(0, 1)).toBe('0');
  });

  it('uses the decimals the step needs and no more', () => {
    expect(formatTick(1.5, 0.5)).toBe('1.5');
    expect(formatTick(1, 0.5)).toBe('1');
    expect(formatTick(0.25, 0.25)).toBe('0.25');
    expect(formatTick(1.00015, 5e-5)).toBe('1.00015');
    expect(formatTick(400, 200)).toBe('400');
    expect(stepDecimals(0.05)).toBe(2);
  });

  it('writes tiny and huge values as m×10ᵏ with a typographic minus', () => {
    expect(formatTick(1.5e-5, 5e-6)).toBe('1.5×10⁻⁵');
    expect(formatTick(1e-5, 5e-6)).toBe('10⁻⁵');
    expect(formatTick(-2e-4, 1e-4)).toBe('−2×10⁻⁴');
    expect(formatTick(120000, 20000)).toBe('1.2×10⁵');
    expect(formatTick(-0.5, 0.5)).toBe('−0.5');
  });

  it('powers of ten have superscript exponents', () => {
    expect(formatPowerOfTen(-3)).toBe('10⁻³');
    expect(formatPowerOfTen(0)).toBe('10⁰');
    expect(formatPowerOfTen(12)).toBe('10¹²');
  });
});

describe('log axis ticks', () => {
  it('1e-3…1e2 is ticked at every power of ten, labelled 10ᵏ', () => {
    const ticks = logAxisTicks(1e-3, 1e2);
    expect(ticks.map((t) => t.label)).toEqual(['10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹', '10²']);
    expect(ticks.map((t) => t.value)).toEqual([1e-3, 1e-2, 1e-1, 1, 10, 100]);
  });

  it('many decades take every k-th power (at most 6 ticks)', () => {
    const ticks = logAxisTicks(1e-12, 1e2);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0].label).toBe('10⁻¹²');
  });

  it('less than a decade falls back to 1, 2, 5 × 10ᵏ, then to linear ticks', () => {
    expect(logAxisTicks(0.15, 0.6).map((t) => t.label)).toEqual(['0.2', '0.5']);
    const narrow = logAxisTicks(0.31, 0.39);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
    for (const t of narrow) expect(t.value).toBeGreaterThanOrEqual(0.31);
  });
});
