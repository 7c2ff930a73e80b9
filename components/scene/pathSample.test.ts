import { describe, expect, it } from 'vitest';
import type { PathView } from './types';
import { lastFiniteIndex, samplePath, scratchPoint } from './pathSample';

const path = (xs: number[], ys: number[]): PathView => ({ x: Float64Array.from(xs), y: Float64Array.from(ys), steps: xs.length - 1 });

describe('samplePath', () => {
  it('interpolates between steps and clamps to the ends', () => {
    const p = path([0, 1, 3], [0, -2, -2]);
    const out = scratchPoint();
    expect(samplePath(p, 0.5, out)).toBe(true);
    expect(out).toEqual({ x: 0.5, y: -1 });
    samplePath(p, 1.25, out);
    expect(out).toEqual({ x: 1.5, y: -2 });
    samplePath(p, -4, out);
    expect(out).toEqual({ x: 0, y: 0 });
    samplePath(p, 99, out);
    expect(out).toEqual({ x: 3, y: -2 });
  });

  it('holds the last finite position after a divergence', () => {
    const p = path([0, 1, Number.NaN, Infinity], [0, 1, 5, 5]);
    const out = scratchPoint();
    samplePath(p, 1.5, out);
    expect(out).toEqual({ x: 1, y: 1 });
    samplePath(p, 3, out);
    expect(out).toEqual({ x: 1, y: 1 });
    expect(lastFiniteIndex(p, 3)).toBe(1);
  });

  it('reports an empty or all-NaN path', () => {
    const out = { x: 7, y: 7 };
    expect(samplePath(path([], []), 0, out)).toBe(false);
    expect(samplePath(path([Number.NaN], [0]), 0, out)).toBe(false);
    expect(out).toEqual({ x: 7, y: 7 });
  });
});
