import { describe, expect, it } from 'vitest';
import { contourLines, quantileLevels, type Grid } from './contours';

/** f(i, j) = (i − c)² + (j − c)² on an n × n grid. */
const bowl = (n: number): Grid => {
  const c = (n - 1) / 2;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = (i - c) ** 2 + (j - c) ** 2;
  return { nx: n, ny: n, values };
};

describe('contourLines', () => {
  it('a circle on a bowl is one closed polyline at the right radius', () => {
    const lines = contourLines(bowl(33), 100);
    expect(lines).toHaveLength(1);
    const pts = lines[0];
    expect(pts[0]).toBe(pts[pts.length - 2]); // closed: first point repeated at the end
    expect(pts[1]).toBe(pts[pts.length - 1]);
    for (let k = 0; k < pts.length; k += 2) expect(Math.hypot(pts[k] - 16, pts[k + 1] - 16)).toBeCloseTo(10, 0);
  });

  it('a level crossing the border gives an open line; levels outside the range give none', () => {
    const g: Grid = { nx: 3, ny: 2, values: [0, 1, 2, 0, 1, 2] };
    const lines = contourLines(g, 1.5);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual([1.5, 0, 1.5, 1]);
    expect(contourLines(g, 5)).toEqual([]);
    expect(contourLines({ nx: 2, ny: 2, values: [NaN, 1, 1, 1] }, 0.5)).toEqual([]);
  });

  it('a saddle cell splits into two segments', () => {
    const lines = contourLines({ nx: 2, ny: 2, values: [1, 0, 0, 1] }, 0.5); // corners 00 and 11 high
    expect(lines).toHaveLength(2);
  });
});

describe('quantileLevels', () => {
  it('spreads levels over the values, strictly increasing, ignoring non-finite ones', () => {
    const v = Float64Array.from({ length: 100 }, (_, k) => k);
    expect(quantileLevels(v, 4)).toEqual([12, 37, 62, 87]);
    expect(quantileLevels([1, 1, 1, NaN, Infinity], 3)).toEqual([1]);
    expect(quantileLevels([], 3)).toEqual([]);
  });
});
