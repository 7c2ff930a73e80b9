import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { describeView, fmt } from './describe';

describe('fmt / describeView', () => {
  it('formats compactly', () => {
    expect(fmt(0)).toBe('0');
    expect(fmt(-2)).toBe('-2');
    expect(fmt(0.123456)).toBe('0.123');
    expect(fmt(1234.5)).toBe('1235');
    expect(fmt(2.5e9)).toBe('2.5e9');
    expect(fmt(Number.NaN)).toBe('NaN');
  });

  it('describes axes, range, start and goal', () => {
    const surface: SurfaceGrid = { nx: 2, ny: 2, x: [-1, 1], y: [0, 2], values: new Float32Array(4), min: 0, max: 9 };
    const text = describeView({ surface, axes: ['w₁', 'w₂'], start: [0.5, 1], goal: { kind: 'loss', split: 'test', below: 0.1 }, heightMode: 'log' }, '2-D');
    expect(text).toContain('Contour map of the loss (log scale) over w₁ from -1 to 1 and w₂ from 0 to 2');
    expect(text).toContain('starts at (0.5, 1)');
    expect(text).toContain('test loss below 0.1');
  });
});
