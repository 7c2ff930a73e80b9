/** Test fixture: a SurfaceGrid sampled from a function (non-finite values stored as NaN, min/max over finite ones). */
import type { SurfaceGrid } from './types';

export function gridFixture(f: (x: number, y: number) => number, x: [number, number], y: [number, number], nx: number, ny: number): SurfaceGrid {
  const values = new Float32Array(nx * ny);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const v = f(x[0] + (i * (x[1] - x[0])) / (nx - 1), y[0] + (j * (y[1] - y[0])) / (ny - 1));
      values[j * nx + i] = Number.isFinite(v) ? v : Number.NaN;
      if (Number.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
  }
  return { nx, ny, x, y, values, min, max };
}
