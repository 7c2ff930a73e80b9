import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { frame3d, WORLD } from './frame3d';

const grid: SurfaceGrid = {
  nx: 3, ny: 2, x: [-4, 4], y: [0, 2], values: Float32Array.from([0, 1, 2, 3, 4, 1e9]), min: 0, max: 1e9,
};

describe('frame3d', () => {
  it('centres the domain, keeps its aspect and round-trips coordinates', () => {
    const f = frame3d(grid, 'linear');
    expect(f.scale).toBeCloseTo(WORLD.size / 8, 12);
    expect(f.halfX).toBeCloseTo(WORLD.size / 2, 12);
    expect(f.halfZ).toBeCloseTo(WORLD.size / 8, 12);
    expect(f.worldX(0)).toBeCloseTo(0, 12);
    expect(f.worldZ(2)).toBeLessThan(0); // y grows toward −z
    expect(f.paramX(f.worldX(1.7))).toBeCloseTo(1.7, 12);
    expect(f.paramY(f.worldZ(0.3))).toBeCloseTo(0.3, 12);
  });

  it('maps the loss range onto the fixed height, clamping far outliers', () => {
    const f = frame3d(grid, 'linear');
    expect(f.lossY(0)).toBe(0);
    expect(f.lossY(1e9)).toBeCloseTo(WORLD.height, 9);
    expect(f.lossY(1e12)).toBeCloseTo(1.5 * WORLD.height, 9);
    expect(f.lossY(Number.NaN)).toBe(WORLD.height);
    const g = frame3d(grid, 'log');
    expect(g.lossY(4)).toBeGreaterThan(f.lossY(4));
  });

  it('keeps a runaway ball near the domain', () => {
    const f = frame3d(grid, 'linear');
    expect(f.clampX(1e30)).toBeCloseTo(4 * (1 + WORLD.overshoot), 9);
    expect(f.clampY(-1e30)).toBeCloseTo(1 - (1 + WORLD.overshoot), 9);
  });
});
