import { describe, expect, it } from 'vitest';
import { heightMap } from './heights';
import { axisTicks, formatValue, lossTicks } from './ticks';

// niceStep / niceTicks / formatTick are the charts' (components/charts/ticks.test.ts); here,
// what the scene builds on them.
describe('axis ticks', () => {
  it('round values inside the range with their labels and unit positions', () => {
    expect(formatValue(-0.5)).toBe('−0.5');
    expect(axisTicks(-3, 3, 4).map((t) => t.label)).toEqual(['−2', '0', '2']);
    expect(axisTicks(-3, 3, 4).map((t) => t.unit)).toEqual([1 / 6, 0.5, 5 / 6]);
    expect(axisTicks(0, 1, 5).map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });
});

describe('loss ticks', () => {
  it('linear: nice values at their unit heights', () => {
    const ticks = lossTicks(heightMap(0, 112.5, 'linear'), 5);
    expect(ticks.map((t) => t.value)).toEqual([0, 50, 100]);
    expect(ticks[1].unit).toBeCloseTo(50 / 112.5, 12);
    expect(ticks[1].label).toBe('50');
  });

  it('log: the minimum and min + 10ᵏ, the largest decade always labelled', () => {
    const hm = heightMap(0, 1e4, 'log', 1e-3);
    const ticks = lossTicks(hm, 4);
    expect(ticks[0]).toMatchObject({ value: 0, unit: 0 });
    const values = ticks.slice(1).map((t) => t.value);
    expect(values.at(-1)).toBe(1e4);
    expect(values.length).toBeLessThanOrEqual(5);
    for (let k = 1; k < ticks.length; k++) expect(ticks[k].unit).toBeGreaterThan(ticks[k - 1].unit);
    for (const t of ticks) expect(t.unit).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('log: round values a decade apart above a negative minimum', () => {
    const ticks = lossTicks(heightMap(-0.9955, 9.78, 'log', 1e-4), 4);
    expect(ticks[0].label).toBe('−0.996');
    const rest = ticks.slice(1).map((t) => t.label);
    expect(rest).toContain('1');
    for (const l of rest) expect(l.replace('−', '').length).toBeLessThanOrEqual(5);
    for (let k = 1; k < ticks.length; k++) expect(ticks[k].value).toBeGreaterThan(ticks[k - 1].value);
  });

  it('a flat surface has a single tick', () => {
    expect(lossTicks(heightMap(3, 3, 'linear'))).toHaveLength(1);
  });
});
