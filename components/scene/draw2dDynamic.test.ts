import { describe, expect, it } from 'vitest';
import { tracePath } from './draw2dDynamic';
import type { Plot2D } from './plot2d';

// Domain [0, 10]² on a 100 × 100 px plot at (0, 0): 10 px per unit, y up.
const plot: Plot2D = { left: 0, top: 0, width: 100, height: 100, x: [0, 10], y: [0, 10], k: 10 };

function record(xs: number[], ys: number[]) {
  const ops: [string, number, number][] = [];
  const ctx = {
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => ops.push(['M', x, y]),
    lineTo: (x: number, y: number) => ops.push(['L', x, y]),
  } as unknown as CanvasRenderingContext2D;
  tracePath(ctx, plot, { x: Float64Array.from(xs), y: Float64Array.from(ys), steps: xs.length - 1 }, xs.length - 1, null);
  return ops;
}

describe('the 2-D path stroke', () => {
  it('draws a path inside the plot point by point', () => {
    const ops = record([1, 2, 3], [1, 2, 1]);
    expect(ops.map((o) => o[0]).join('')).toBe('MLL');
    expect(ops[0][1]).toBeCloseTo(10);
    expect(ops[2][1]).toBeCloseTo(30);
  });

  it('clips a diverging segment at the margin, keeping its direction', () => {
    const ops = record([5, 5 + 1e9], [5, 5]);
    expect(ops).toHaveLength(2);
    const [, x, y] = ops[1];
    expect(x).toBeCloseTo(164); // the plot's right edge (100) plus the 64 px margin
    expect(y).toBeCloseTo(ops[0][2]);
  });

  it('leaves out segments entirely outside, and restarts the pen when the path comes back', () => {
    const ops = record([5, 1e6, 2e6, 5], [5, 1e6, -1e6, 6]);
    // in → far (clipped), far → far (outside: dropped), far → in (moveTo at the margin, then line).
    expect(ops.map((o) => o[0]).join('')).toBe('MLML');
    for (const [, x, y] of ops) {
      expect(Math.abs(x)).toBeLessThanOrEqual(164 + 1e-9);
      expect(Math.abs(y)).toBeLessThanOrEqual(164 + 1e-9);
    }
  });

  it('lifts the pen at a non-finite point', () => {
    expect(record([1, Number.NaN, 2, 3], [1, 1, 2, 3]).map((o) => o[0]).join('')).toBe('ML');
  });
});
