import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { arrowLength, ARROW_DECADES, gradRef, velocityRef } from './arrows';

describe('arrowLength', () => {
  it('is log-linear between the minimum and the maximum', () => {
    expect(arrowLength(1, 1, 2, 10)).toBe(10);
    expect(arrowLength(100, 1, 2, 10)).toBe(10);
    expect(arrowLength(10 ** -ARROW_DECADES, 1, 2, 10)).toBeCloseTo(2, 12);
    expect(arrowLength(1e-9, 1, 2, 10)).toBe(2);
    expect(arrowLength(10 ** (-ARROW_DECADES / 2), 1, 2, 10)).toBeCloseTo(6, 12);
  });

  it('hides zero, NaN and infinite magnitudes', () => {
    expect(arrowLength(0, 1, 2, 10)).toBe(0);
    expect(arrowLength(Number.NaN, 1, 2, 10)).toBe(0);
    expect(arrowLength(Infinity, 1, 2, 10)).toBe(0);
  });

  it('derives references from the surface', () => {
    const g: SurfaceGrid = { nx: 2, ny: 2, x: [0, 3], y: [0, 4], values: new Float32Array(4), min: 0, max: 5 };
    expect(gradRef(g)).toBeCloseTo(4, 12);
    expect(velocityRef(g)).toBeCloseTo(0.4, 12);
    expect(gradRef({ ...g, max: 0 })).toBe(1);
  });
});
