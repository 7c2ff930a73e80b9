/**
 * Loss → height mapping and grid lookups shared by both views. A {@link HeightMap} sends a loss
 * to a unit height u ∈ [0, 1] (0 at the surface's minimum, 1 at its maximum) so any loss scale
 * looks the same on screen; 'log' mode uses h = log(v − min + δ), δ relative to the range
 * (tightened to the data's low-end scale), for landscapes whose range spans many decades. Pure functions, no DOM.
 */
import type { HeightMode, SurfaceGrid } from './types';

/**
 * δ in log mode, as a fraction of the surface's range (max − min): at most LOG_DELTA_REL.max
 * (about three decades of height), at least LOG_DELTA_REL.min (nine), and in between the data's own
 * low-end scale (see {@link logDelta}).
 */
export const LOG_DELTA_REL = { max: 1e-3, min: 1e-9 } as const;
/** Which quantile of (v − min) sets δ for a grid. */
export const LOG_DELTA_QUANTILE = 0.02;

/** A monotone loss ↔ unit-height mapping. */
export interface HeightMap {
  readonly mode: HeightMode;
  readonly min: number;
  readonly max: number;
  /** Loss → unit height (0 at min, 1 at max; not clamped; NaN stays NaN). */
  toUnit(v: number): number;
  /** Unit height → loss (the inverse of toUnit). */
  fromUnit(u: number): number;
}

/**
 * Builds the mapping for losses in [min, max]; a flat or empty range maps everything to 0.
 * `delta` (log mode) defaults to range × LOG_DELTA_REL.max and is clamped to the allowed band.
 */
export function heightMap(min: number, max: number, mode: HeightMode, delta?: number): HeightMap {
  const lo = Number.isFinite(min) ? min : 0;
  const range = Number.isFinite(max) && max > lo ? max - lo : 0;
  if (range === 0) {
    return { mode, min: lo, max: lo, toUnit: (v) => (Number.isNaN(v) ? v : 0), fromUnit: () => lo };
  }
  if (mode === 'linear') {
    return { mode, min: lo, max: lo + range, toUnit: (v) => (v - lo) / range, fromUnit: (u) => lo + u * range };
  }
  const d = clamp(delta ?? range * LOG_DELTA_REL.max, range * LOG_DELTA_REL.min, range * LOG_DELTA_REL.max);
  const logDelta = Math.log(d);
  const span = Math.log(range + d) - logDelta;
  return {
    mode,
    min: lo,
    max: lo + range,
    // Losses below the minimum (another surface drawn in this one's frame) clamp to u = 0.
    toUnit: (v) => (Number.isNaN(v) ? v : (Math.log(Math.max(v - lo, 0) + d) - logDelta) / span),
    fromUnit: (u) => lo + Math.exp(u * span + logDelta) - d,
  };
}

/**
 * δ for a grid in log mode: the LOG_DELTA_QUANTILE quantile of (v − min) over (a sample of) its
 * finite values, so the low region keeps its shape whether the range spans one decade or ten.
 * heightMap clamps it to the band LOG_DELTA_REL allows.
 */
export function logDelta(grid: SurfaceGrid, maxSamples = 4096): number {
  const { values, min } = grid;
  const stride = Math.max(1, Math.floor(values.length / maxSamples));
  const sample: number[] = [];
  for (let k = 0; k < values.length; k += stride) if (!Number.isNaN(values[k])) sample.push(values[k] - min);
  if (sample.length === 0) return 0;
  sample.sort((a, b) => a - b);
  return sample[Math.min(sample.length - 1, Math.floor(sample.length * LOG_DELTA_QUANTILE))];
}

/** The mapping for a grid's own finite range (log mode: δ from {@link logDelta}). */
export function gridHeightMap(grid: SurfaceGrid, mode: HeightMode): HeightMap {
  return heightMap(grid.min, grid.max, mode, mode === 'log' ? logDelta(grid) : undefined);
}

/** Parameter x of grid column i. */
export function gridX(grid: SurfaceGrid, i: number): number {
  return grid.x[0] + (i * (grid.x[1] - grid.x[0])) / (grid.nx - 1);
}

/** Parameter y of grid row j. */
export function gridY(grid: SurfaceGrid, j: number): number {
  return grid.y[0] + (j * (grid.y[1] - grid.y[0])) / (grid.ny - 1);
}

/**
 * The loss at parameter point (x, y), interpolated bilinearly from the grid. Points outside the
 * domain are clamped to its edge. NaN corners are ignored (weights renormalized over the finite
 * ones); NaN only when all four corners are NaN.
 */
export function bilinear(grid: SurfaceGrid, x: number, y: number): number {
  const { nx, ny, values } = grid;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Number.NaN;
  const fi = clamp(((x - grid.x[0]) / (grid.x[1] - grid.x[0])) * (nx - 1), 0, nx - 1);
  const fj = clamp(((y - grid.y[0]) / (grid.y[1] - grid.y[0])) * (ny - 1), 0, ny - 1);
  const i = Math.min(Math.floor(fi), nx - 2);
  const j = Math.min(Math.floor(fj), ny - 2);
  const tx = fi - i;
  const ty = fj - j;
  const k = j * nx + i;
  return weighted(values[k], values[k + 1], values[k + nx], values[k + nx + 1], tx, ty);
}

function weighted(v00: number, v10: number, v01: number, v11: number, tx: number, ty: number): number {
  let sum = 0;
  let wsum = 0;
  const w00 = (1 - tx) * (1 - ty);
  const w10 = tx * (1 - ty);
  const w01 = (1 - tx) * ty;
  const w11 = tx * ty;
  if (!Number.isNaN(v00)) { sum += w00 * v00; wsum += w00; }
  if (!Number.isNaN(v10)) { sum += w10 * v10; wsum += w10; }
  if (!Number.isNaN(v01)) { sum += w01 * v01; wsum += w01; }
  if (!Number.isNaN(v11)) { sum += w11 * v11; wsum += w11; }
  if (wsum > 1e-12) return sum / wsum;
  // The point sits exactly on NaN corners' side: fall back to any finite corner.
  if (!Number.isNaN(v00)) return v00;
  if (!Number.isNaN(v10)) return v10;
  if (!Number.isNaN(v01)) return v01;
  return v11;
}

/** Clamps v into [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
