import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { gridArgmin, markerLabels, pathSamples, pointsOfInterest, resolveMinimum } from './landmarks';

const grid: SurfaceGrid = {
  nx: 3, ny: 2, x: [0, 2], y: [0, 1], values: Float32Array.from([5, Number.NaN, 3, 4, -1, 2]), min: -1, max: 5,
};

describe('landmarks', () => {
  it('finds the grid minimum, skipping NaN', () => {
    expect(gridArgmin(grid)).toEqual([1, 1]);
    expect(gridArgmin({ ...grid, values: Float32Array.from([NaN, NaN, NaN, NaN, NaN, NaN]) })).toBeNull();
  });

  it('uses the given minimum, the argmin when none is given, nothing for null or outside points', () => {
    expect(resolveMinimum(grid, [0.5, 0.5])).toEqual([0.5, 0.5]);
    expect(resolveMinimum(grid, undefined)).toEqual([1, 1]);
    expect(resolveMinimum(grid, null)).toBeNull();
    expect(resolveMinimum(grid, [9, 0])).toBeNull();
  });

  it('labels start, goal and minimum; the goal above, the minimum below', () => {
    const region = markerLabels([0, 0], { kind: 'region', center: [1, 1], radius: 0.2 }, [1, 1]);
    expect(region.map((l) => l.text)).toEqual(['start', 'goal', 'min']);
    expect(region[1].placement).toBe('above');
    expect(region[2].placement).toBe('below');
    const loss = markerLabels([0, 0], { kind: 'loss', split: 'train', below: 0.05 }, [1, 1]);
    expect(loss[1]).toMatchObject({ text: 'goal: loss < 0.05', at: [1, 1] });
    expect(markerLabels([0, 0], { kind: 'loss', split: 'test', below: 0.05 }, null).map((l) => l.id)).toEqual(['start']);
  });

  it('samples a path and gathers the points of interest', () => {
    const path = { x: Float64Array.from([0, 1, 2, NaN]), y: Float64Array.from([0, 0, 0, 0]), steps: 3 };
    expect(pathSamples(path, 16)).toEqual([[0, 0], [1, 0], [2, 0]]);
    expect(pathSamples(null)).toEqual([]);
    const pts = pointsOfInterest([0, 0], { kind: 'region', center: [2, 0], radius: 0.1 }, [2, 0], null);
    expect(pts[0]).toEqual([0, 0]);
    expect(pts).toContainEqual([1, 0]);
    expect(pts.at(-1)).toEqual([2, 0]);
  });
});
