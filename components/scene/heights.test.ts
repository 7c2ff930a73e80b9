import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { gridFixture } from './grid-fixture';
import { bilinear, gridHeightMap, gridX, gridY, heightMap, logDelta, LOG_DELTA_REL } from './heights';

const grid = (nx: number, ny: number, f: (x: number, y: number) => number, x: [number, number] = [-1, 1], y: [number, number] = [-2, 2]): SurfaceGrid =>
  gridFixture(f, x, y, nx, ny);

describe('heightMap', () => {
  it('linear: min → 0, max → 1, and inverts', () => {
    const hm = heightMap(-5, 15, 'linear');
    expect(hm.toUnit(-5)).toBe(0);
    expect(hm.toUnit(15)).toBe(1);
    expect(hm.toUnit(5)).toBeCloseTo(0.5, 12);
    expect(hm.fromUnit(hm.toUnit(3.7))).toBeCloseTo(3.7, 10);
  });

  it('log: min → 0, max → 1, monotone, inverts, expands the bottom of a huge range', () => {
    const hm = heightMap(0, 1e8, 'log');
    expect(hm.toUnit(0)).toBeCloseTo(0, 12);
    expect(hm.toUnit(1e8)).toBeCloseTo(1, 12);
    expect(hm.toUnit(1e5)).toBeGreaterThan(0.09); // linear would give 1e-3
    let prev = -1;
    for (const v of [0, 1, 10, 1e3, 1e5, 1e7, 1e8]) {
      expect(hm.toUnit(v)).toBeGreaterThan(prev);
      prev = hm.toUnit(v);
    }
    for (const v of [0, 3, 1e5, 9.9e7]) expect(hm.fromUnit(hm.toUnit(v))).toBeCloseTo(v, 3);
  });

  it('log δ is relative to the range, so the mapping is scale-invariant', () => {
    const a = heightMap(2, 12, 'log');
    const b = heightMap(2e6, 12e6, 'log');
    expect(a.toUnit(4)).toBeCloseTo(b.toUnit(4e6), 6);
    expect(a.toUnit(2 + 10 * LOG_DELTA_REL.max)).toBeCloseTo(Math.log(2) / Math.log(1 + 1 / LOG_DELTA_REL.max), 6);
  });

  it('log clamps losses below the minimum; NaN stays NaN; a flat range maps to 0', () => {
    const hm = heightMap(1, 2, 'log');
    expect(hm.toUnit(-10)).toBe(0);
    expect(hm.toUnit(Number.NaN)).toBeNaN();
    const flat = heightMap(3, 3, 'linear');
    expect(flat.toUnit(3)).toBe(0);
    expect(flat.toUnit(Number.NaN)).toBeNaN();
    expect(flat.fromUnit(0.7)).toBe(3);
  });
});

describe('logDelta', () => {
  it('follows the low end of the data, within the allowed band', () => {
    const bowl = grid(65, 65, (x, y) => x * x + y * y / 4);
    const d = logDelta(bowl);
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(bowl.max - bowl.min);
    // exp of a bowl: a huge range whose interesting part is a tiny fraction of it.
    const huge = grid(65, 65, (x, y) => Math.exp(6 * (x * x + y * y / 4)));
    const range = huge.max - huge.min;
    expect(logDelta(huge) / range).toBeLessThan(LOG_DELTA_REL.max);
    const hm = gridHeightMap(huge, 'log');
    // A loss e^3 times the minimum sits well off the floor (a fixed δ = 1e-3·range gives ≈ 0).
    expect(hm.toUnit(huge.min * Math.exp(3))).toBeGreaterThan(0.15);
    expect(heightMap(huge.min, huge.max, 'log').toUnit(huge.min * Math.exp(3))).toBeLessThan(0.02);
    expect(logDelta(grid(2, 2, () => Number.NaN))).toBe(0);
  });
});

describe('bilinear', () => {
  it('reproduces a bilinear function exactly, and the grid at its nodes', () => {
    const g = grid(9, 17, (x, y) => 2 * x - 3 * y + 0.5 * x * y + 1);
    for (const [x, y] of [[0.13, -1.7], [-0.99, 1.2], [0.5, 0.5], [1, 2], [-1, -2]]) {
      expect(bilinear(g, x, y)).toBeCloseTo(2 * x - 3 * y + 0.5 * x * y + 1, 5);
    }
    expect(bilinear(g, gridX(g, 3), gridY(g, 5))).toBeCloseTo(g.values[5 * 9 + 3], 6);
  });

  it('clamps outside the domain and rejects non-finite input', () => {
    const g = grid(5, 5, (x, y) => x + y);
    expect(bilinear(g, 10, 0)).toBeCloseTo(bilinear(g, 1, 0), 6);
    expect(bilinear(g, Number.NaN, 0)).toBeNaN();
  });

  it('ignores NaN corners and is NaN only where all four are', () => {
    const g = grid(3, 3, (x) => (x > 0.5 ? Number.NaN : 1), [0, 1], [0, 1]);
    expect(bilinear(g, 0.7, 0.5)).toBe(1);
    const all = grid(2, 2, () => Number.NaN, [0, 1], [0, 1]);
    expect(bilinear(all, 0.5, 0.5)).toBeNaN();
  });
});
