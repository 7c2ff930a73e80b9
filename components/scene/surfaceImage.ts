/**
 * The 2-D map's surface image: one RGBA pixel per grid node (viridis of the unit height, NaN
 * transparent), rows flipped so parameter y grows upward. Pure, no DOM: the caller wraps the
 * bytes in an ImageData.
 */
import type { SurfaceGrid } from './types';
import { colormapBytes } from './colormap';
import type { HeightMap } from './heights';

/** Writes the image of `grid` (nx × ny, row 0 = top = largest y) into `out` (or a new array). */
export function surfaceRGBA(grid: SurfaceGrid, hm: HeightMap, out?: Uint8ClampedArray): Uint8ClampedArray {
  const { nx, ny, values } = grid;
  const rgba = out && out.length === nx * ny * 4 ? out : new Uint8ClampedArray(nx * ny * 4);
  for (let j = 0; j < ny; j++) {
    const row = ny - 1 - j;
    for (let i = 0; i < nx; i++) {
      const o = (row * nx + i) * 4;
      if (colormapBytes(hm.toUnit(values[j * nx + i]), rgba, o)) rgba[o + 3] = 255;
      else rgba[o] = rgba[o + 1] = rgba[o + 2] = rgba[o + 3] = 0;
    }
  }
  return rgba;
}
