import { describe, expect, it } from 'vitest';
import { decimate, linearTicks, logTicks, makeScale, runsPathData } from './scale';

describe('chart scales', () => {
  it('linear and log scales map the domain ends to the range ends', () => {
    const s = makeScale(0, 10, 100, 0);
    expect(s(0)).toBe(100);
    expect(s(10)).toBe(0);
    expect(s(5)).toBe(50);
    const l = makeScale(1e-4, 1, 0, 40, true);
    expect(l(1e-2)).toBeCloseTo(20, 12);
  });

  it('ticks are round numbers inside the range', () => {
    expect(linearTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]);
    expect(linearTicks(-0.5, 0.3, 4)).toEqual([-0.4, -0.2, 0, 0.2]);
    expect(logTicks(3e-4, 20)).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
    expect(logTicks(1e-12, 1e6).length).toBeLessThanOrEqual(7);
  });

  it('decimate keeps extremes in order and splits at gaps', () => {
    const s = Float64Array.from({ length: 1000 }, (_, t) => (t === 500 ? 99 : t % 2));
    const runs = decimate(s, 999, 50);
    expect(runs).toHaveLength(1);
    expect(runs[0].length).toBeLessThanOrEqual(100);
    expect(runs[0].some(([, v]) => v === 99)).toBe(true);
    const steps = runs[0].map(([t]) => t);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const gap = decimate(Float64Array.of(1, 2, NaN, 4, 5), 4, 100);
    expect(gap).toEqual([[[0, 1], [1, 2]], [[3, 4], [4, 5]]]);
    expect(runsPathData(gap, (x) => x, (y) => y)).toBe('M0 1L1 2M3 4L4 5');
  });
});
