/**
 * Fills a surface mesh's buffers from a grid, in place: positions (world, via a {@link Frame3D}),
 * linear-light viridis vertex colours, and a triangle index that leaves out every quad with a NaN
 * corner. Pure typed-array code, no three.js, so it is unit-tested in Node.
 */
import type { SurfaceGrid } from './types';
import { colormapLinear } from './colormap';
import type { Frame3D } from './frame3d';
import { gridX, gridY } from './heights';

/** Typed arrays backing one surface mesh (allocated once per grid size). */
export interface SurfaceBuffers {
  readonly nx: number;
  readonly ny: number;
  /** x, y, z per vertex. */
  readonly positions: Float32Array;
  /** r, g, b (linear light) per vertex. */
  readonly colors: Float32Array;
  /** Two triangles per finite quad; only the first `count` entries are used. */
  readonly index: Uint32Array;
}

/** Allocates the buffers for an nx × ny grid. */
export function allocSurface(nx: number, ny: number): SurfaceBuffers {
  return {
    nx,
    ny,
    positions: new Float32Array(nx * ny * 3),
    colors: new Float32Array(nx * ny * 3),
    index: new Uint32Array(Math.max(0, (nx - 1) * (ny - 1) * 6)),
  };
}

/** Grey for NaN vertices (never drawn by a triangle, but keeps interpolation sane). */
const NAN_GREY = 0.3;

/**
 * Writes `grid` into `buf` (sizes must match) using `frame` for coordinates and heights; colours
 * follow the frame's height map. Returns the number of index entries in use.
 */
export function writeSurface(grid: SurfaceGrid, frame: Frame3D, buf: SurfaceBuffers): number {
  const { nx, ny, values } = grid;
  if (nx !== buf.nx || ny !== buf.ny) throw new Error(`surface buffers are ${buf.nx}×${buf.ny}, grid is ${nx}×${ny}`);
  const { positions: pos, colors: col, index } = buf;
  for (let j = 0; j < ny; j++) {
    const wz = frame.worldZ(gridY(grid, j));
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const v = values[k];
      pos[k * 3] = frame.worldX(gridX(grid, i));
      pos[k * 3 + 2] = wz;
      if (Number.isNaN(v)) {
        pos[k * 3 + 1] = 0;
        col[k * 3] = col[k * 3 + 1] = col[k * 3 + 2] = NAN_GREY;
      } else {
        pos[k * 3 + 1] = frame.lossY(v);
        colormapLinear(frame.hm.toUnit(v), col, k * 3);
      }
    }
  }
  let n = 0;
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const a = j * nx + i;
      const b = a + 1;
      const c = a + nx;
      const d = c + 1;
      if (Number.isNaN(values[a]) || Number.isNaN(values[b]) || Number.isNaN(values[c]) || Number.isNaN(values[d])) continue;
      // Counter-clockwise seen from +y (x → right, parameter y → −z), so normals point up.
      index[n++] = a; index[n++] = b; index[n++] = c;
      index[n++] = b; index[n++] = d; index[n++] = c;
    }
  }
  return n;
}
