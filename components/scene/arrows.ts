/**
 * How long to draw a gradient or velocity arrow. Magnitudes span many orders of magnitude over a
 * run, so the length grows with log10(|v| / ref) over {@link ARROW_DECADES} decades, between a
 * short visible minimum and a maximum, both fractions of the view. Pure, shared by both views.
 */
import type { SurfaceGrid } from './types';

/** Decades of magnitude mapped between the shortest and the longest arrow. */
export const ARROW_DECADES = 3;

/**
 * Arrow length for magnitude `mag` where `ref` draws the longest arrow: `maxLen` at mag ≥ ref,
 * `minLen` at mag ≤ ref·10^−ARROW_DECADES, log-linear in between; 0 for 0 or non-finite.
 */
export function arrowLength(mag: number, ref: number, minLen: number, maxLen: number): number {
  if (!(mag > 0) || !Number.isFinite(mag) || !(ref > 0)) return 0;
  const t = (Math.log10(mag / ref) + ARROW_DECADES) / ARROW_DECADES;
  return minLen + (maxLen - minLen) * (t < 0 ? 0 : t > 1 ? 1 : t);
}

/** Reference gradient magnitude of a surface: its loss range over its domain diagonal. */
export function gradRef(grid: SurfaceGrid): number {
  const diag = Math.hypot(grid.x[1] - grid.x[0], grid.y[1] - grid.y[0]);
  const range = grid.max - grid.min;
  return range > 0 && diag > 0 ? (4 * range) / diag : 1;
}

/** Reference step (velocity) magnitude: a tenth of the domain's longer side. */
export function velocityRef(grid: SurfaceGrid): number {
  return Math.max(grid.x[1] - grid.x[0], grid.y[1] - grid.y[0]) / 10 || 1;
}
