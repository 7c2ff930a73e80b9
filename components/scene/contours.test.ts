import { describe, expect, it } from 'vitest';
import { contourLevels, contourSet, marchingSquares } from './contours';
import { heightMap } from './heights';

/** Samples f on [-2, 2]² with n × n nodes; returns values and the grid→parameter map. */
function sample(n: number, f: (x: number, y: number) => number) {
  const values = new Float32Array(n * n);
  const at = (i: number) => -2 + (4 * i) / (n - 1);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = f(at(i), at(j));
  return { values, at };
}

const key = (i: number, j: number) => `${i.toFixed(5)},${j.toFixed(5)}`;

describe('marchingSquares', () => {
  it("puts a circle's contour points at the right radius, as closed loops", () => {
    const n = 81;
    const { values, at } = sample(n, (x, y) => x * x + y * y);
    for (const r of [0.53, 1.03, 1.71]) {
      const seg: number[] = [];
      const count = marchingSquares(values, n, n, r * r, seg);
      expect(count).toBeGreaterThan(20);
      expect(seg.length).toBe(count * 4);
      const ends = new Map<string, number>();
      for (let s = 0; s < seg.length; s += 2) {
        const radius = Math.hypot(at(seg[s]), at(seg[s + 1]));
        expect(Math.abs(radius - r)).toBeLessThan(0.01);
        const k = key(seg[s], seg[s + 1]);
        ends.set(k, (ends.get(k) ?? 0) + 1);
      }
      // A closed loop: every endpoint is shared by exactly two segments.
      for (const c of ends.values()) expect(c).toBe(2);
    }
  });

  it('finds nothing for a level outside the range, and skips NaN cells', () => {
    const n = 21;
    const { values } = sample(n, (x, y) => x * x + y * y);
    expect(marchingSquares(values, n, n, 100, [])).toBe(0);
    expect(marchingSquares(values, n, n, -1, [])).toBe(0);
    const holed = Float32Array.from(values);
    for (let j = 0; j < n; j++) for (let i = 0; i < n / 2; i++) holed[j * n + i] = Number.NaN;
    const seg: number[] = [];
    const half = marchingSquares(holed, n, n, 1, seg);
    const full = marchingSquares(values, n, n, 1, []);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(full);
    for (let s = 0; s < seg.length; s += 2) expect(seg[s]).toBeGreaterThanOrEqual(10);
  });

  it("resolves a saddle's cells into the two crossing lines of x·y = 0 neighbourhoods", () => {
    const n = 41;
    const { values, at } = sample(n, (x, y) => x * y);
    const seg: number[] = [];
    marchingSquares(values, n, n, 0.5, seg);
    for (let s = 0; s < seg.length; s += 2) expect(at(seg[s]) * at(seg[s + 1])).toBeCloseTo(0.5, 1);
  });
});

describe('contourLevels / contourSet', () => {
  it('spaces levels evenly in unit height, strictly inside the range', () => {
    const lin = contourLevels(heightMap(0, 12, 'linear'), 12);
    expect(lin).toHaveLength(12);
    expect(lin[0]).toBeCloseTo(0.5, 12);
    expect(lin[11]).toBeCloseTo(11.5, 12);
    const log = contourLevels(heightMap(0, 1e6, 'log'), 12);
    expect(log[0]).toBeLessThan(1e6 / 24); // crowded near the minimum
    for (let k = 1; k < log.length; k++) expect(log[k]).toBeGreaterThan(log[k - 1]);
    expect(contourLevels(heightMap(1, 1, 'linear'), 12)).toEqual([]);
  });

  it('tags each segment with its level', () => {
    const n = 41;
    const { values, at } = sample(n, (x, y) => x * x + y * y);
    const set = contourSet(values, n, n, [0.25, 1, 2.25]);
    expect(set.count).toBe(set.level.length);
    expect(set.coords.length).toBe(set.count * 4);
    for (let s = 0; s < set.count; s++) {
      const r = Math.sqrt(set.levels[set.level[s]]);
      expect(Math.hypot(at(set.coords[s * 4]), at(set.coords[s * 4 + 1]))).toBeCloseTo(r, 1);
    }
  });
});
