/**
 * A sparse wireframe of a surface (every `stride`-th row and column, draped over the heights),
 * written as line-segment pairs. Used for the mini-batch surface layer, where a full-resolution
 * wireframe would turn into moiré. Pure typed-array code, no three.js.
 */
import type { SurfaceGrid } from './types';
import type { Frame3D } from './frame3d';
import { gridX, gridY } from './heights';

/** Row/column stride that keeps about `lines` lines across the longer side. */
export function wireStride(grid: SurfaceGrid, lines = 32): number {
  return Math.max(1, Math.round((Math.max(grid.nx, grid.ny) - 1) / lines));
}

/**
 * Returns segment endpoints (x, y, z, x, y, z per segment) of the wireframe, `lift` world units
 * above the surface; segments touching a NaN node are left out.
 */
export function gridLinePositions(grid: SurfaceGrid, frame: Frame3D, stride: number, lift: number): Float32Array {
  const { nx, ny, values } = grid;
  const out: number[] = [];
  const node = (i: number, j: number) => {
    out.push(frame.worldX(gridX(grid, i)), frame.lossY(values[j * nx + i]) + lift, frame.worldZ(gridY(grid, j)));
  };
  const ok = (i: number, j: number) => !Number.isNaN(values[j * nx + i]);
  const rows = (j: number) => j % stride === 0 || j === ny - 1;
  const cols = (i: number) => i % stride === 0 || i === nx - 1;
  for (let j = 0; j < ny; j++) {
    if (!rows(j)) continue;
    for (let i = 0; i < nx - 1; i++) if (ok(i, j) && ok(i + 1, j)) { node(i, j); node(i + 1, j); }
  }
  for (let i = 0; i < nx; i++) {
    if (!cols(i)) continue;
    for (let j = 0; j < ny - 1; j++) if (ok(i, j) && ok(i, j + 1)) { node(i, j); node(i, j + 1); }
  }
  return Float32Array.from(out);
}
