import { describe, expect, it } from 'vitest';
import { stepAxisTicks, yAxisFor } from './axes';
import { downsample, pathData } from './downsample';
import { summarizeSeries } from './summary';
import { layoutLegend } from './legend';

describe('y axis', () => {
  it('a linear axis ends on labelled ticks and ignores steps after upTo', () => {
    const v = Float64Array.of(NaN, 1.87, 0.6, -6.51e-18, 50);
    const y = yAxisFor([v], 3, { log: false });
    expect([y.min, y.max]).toEqual([0, 2]);
    expect(y.ticks.map((t) => t.label)).toEqual(['0', '0.5', '1', '1.5', '2']);
    const negative = yAxisFor([Float64Array.of(-0.3, 1.9)], 1, { log: false });
    expect(negative.ticks.map((t) => t.label)).toEqual(['−1', '0', '1', '2']);
  });

  it('a log axis spanning decades runs between whole powers of ten', () => {
    const y = yAxisFor([Float64Array.of(NaN, 0.002, 30, 0)], 3, { log: true });
    expect(y.min).toBeCloseTo(1e-3, 15);
    expect(y.max).toBeCloseTo(100, 10);
    expect(y.ticks.map((t) => t.label)).toEqual(['10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹', '10²']);
  });

  it('guides are included and a blow-up is capped near the first value', () => {
    expect(yAxisFor([Float64Array.of(1, 2)], 1, { log: false, include: [-3] }).min).toBeLessThanOrEqual(-3);
    const blowUp = Float64Array.of(1, 0.5, 1e30);
    expect(yAxisFor([blowUp], 2, { log: false, clipBlowUp: true }).max).toBeLessThan(10);
    expect(yAxisFor([blowUp], 2, { log: true, clipBlowUp: true }).max).toBeLessThanOrEqual(1e9);
  });

  it('no values at all still gives an axis', () => {
    expect(yAxisFor([Float64Array.of(NaN)], 0, { log: false }).ticks.length).toBeGreaterThan(1);
    expect(yAxisFor([Float64Array.of(NaN)], 0, { log: true }).ticks.length).toBeGreaterThan(1);
  });

  it('step ticks are integers', () => {
    expect(stepAxisTicks(500).map((t) => t.label)).toEqual(['0', '100', '200', '300', '400', '500']);
    expect(stepAxisTicks(3).every((t) => Number.isInteger(t.value))).toBe(true);
  });
});

describe('downsample', () => {
  it('keeps at most ~400 points, the spikes, the ends and step order', () => {
    const s = Float64Array.from({ length: 5001 }, (_, t) => (t === 2500 ? 99 : t % 2));
    const pts = downsample(s, 5000);
    expect(pts.length).toBeLessThanOrEqual(400);
    expect(pts.some(([, v]) => v === 99)).toBe(true);
    expect(pts[0][0]).toBe(0);
    expect(pts[pts.length - 1][0]).toBe(5000);
    const steps = pts.map(([t]) => t);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('skips NaN entries and joins across them; stops at upTo', () => {
    const pts = downsample(Float64Array.of(NaN, 2, NaN, 4, 5, 6), 4);
    expect(pts).toEqual([[1, 2], [3, 4], [4, 5]]);
    expect(pathData(pts, (x) => x, (y) => y)).toBe('M1 2L3 4L4 5');
    expect(downsample(Float64Array.of(1, -1, 2), 2, (v) => v > 0)).toEqual([[0, 1], [2, 2]]);
    expect(downsample(Float64Array.of(NaN, NaN), 1)).toEqual([]);
  });
});

describe('summary and legend', () => {
  it('the summary names each series with its first and last values', () => {
    const s = summarizeSeries([{ label: 'train', values: Float64Array.of(NaN, 1.5, 0.25, 9) }, { label: 'test', values: Float64Array.of(NaN) }], 2);
    expect(s).toBe('train: 1.5 at step 1 to 0.25 at step 2; test: no values yet.');
  });

  it('legend items wrap onto rows that fit', () => {
    const rows = layoutLegend([{ label: 'a'.repeat(30) }, { label: 'b'.repeat(30) }, { label: 'c' }], 300);
    expect(rows.length).toBe(2);
    expect(rows[0][0].x).toBe(8);
  });
});
