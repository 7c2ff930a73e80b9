import { describe, expect, it } from 'vitest';
import type { SurfaceGrid } from './types';
import { frame3d, WORLD } from './frame3d';
import { ribbonIndex, writeRibbon } from './ribbon';
import { allocSurface, writeSurface } from './surfaceGeometry';

const grid: SurfaceGrid = {
  nx: 3, ny: 3, x: [-1, 1], y: [-1, 1],
  values: Float32Array.from([0, 1, 2, 1, 2, 3, 2, 3, Number.NaN]), min: 0, max: 3,
};

describe('writeSurface', () => {
  it('writes heights in the fixed range and skips quads touching NaN', () => {
    const buf = allocSurface(3, 3);
    const f = frame3d(grid, 'linear');
    const count = writeSurface(grid, f, buf);
    expect(count).toBe(3 * 6); // 4 quads, the one at the NaN corner left out
    expect(buf.positions[1]).toBe(0);
    expect(buf.positions[7 * 3 + 1]).toBeCloseTo(WORLD.height, 6);
    for (let k = 0; k < count; k++) expect(buf.index[k]).not.toBe(8);
    expect(() => writeSurface(grid, f, allocSurface(4, 3))).toThrow();
  });

  it('winds triangles so their normals point up (+y)', () => {
    const buf = allocSurface(3, 3);
    writeSurface(grid, frame3d(grid, 'linear'), buf);
    const p = (v: number) => [buf.positions[v * 3], buf.positions[v * 3 + 1], buf.positions[v * 3 + 2]];
    const [a, b, c] = [p(buf.index[0]), p(buf.index[1]), p(buf.index[2])];
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    expect(u[2] * v[0] - u[0] * v[2]).toBeGreaterThan(0); // y component of u × v
  });
});

describe('ribbon', () => {
  it('drapes a ribbon of the given width over the surface', () => {
    const flat: SurfaceGrid = { ...grid, values: new Float32Array(9).fill(1), min: 0, max: 2 };
    const f = frame3d(flat, 'linear');
    const pos = new Float32Array(3 * 6);
    writeRibbon(f, [-0.5, 0, 0.5], [0, 0, 0], 3, 0.1, 0.01, pos);
    for (let k = 0; k < 3; k++) {
      const dz = pos[k * 6 + 2] - pos[k * 6 + 5];
      expect(Math.abs(dz)).toBeCloseTo(0.2, 6); // perpendicular to travel along x
      expect(pos[k * 6 + 1]).toBeCloseTo(WORLD.height / 2 + 0.01, 5);
    }
    expect(ribbonIndex(3)).toEqual(Uint32Array.from([0, 1, 2, 1, 3, 2, 2, 3, 4, 3, 5, 4]));
  });
});

describe('gridLinePositions', () => {
  it('draws every stride-th row and column, skipping segments at NaN nodes', async () => {
    const { gridLinePositions, wireStride } = await import('./gridLines');
    const g: SurfaceGrid = { nx: 5, ny: 5, x: [0, 1], y: [0, 1], values: new Float32Array(25).fill(1), min: 0, max: 2 };
    const f = frame3d(g, 'linear');
    expect(wireStride(g, 2)).toBe(2);
    // rows 0, 2, 4 and columns 0, 2, 4, each with 4 segments of 6 floats
    expect(gridLinePositions(g, f, 2, 0).length).toBe(6 * 4 * 6);
    const holed = { ...g, values: Float32Array.from(g.values) };
    holed.values[0] = Number.NaN; // kills one row segment and one column segment
    expect(gridLinePositions(holed, f, 2, 0).length).toBe((6 * 4 - 2) * 6);
  });
});
