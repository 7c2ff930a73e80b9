/**
 * The contract between a surface program (surface.ts) and the kernels that fill its grids with
 * a split's mean data loss — example-kernel.ts for the engine's built-in families, network-surface.ts
 * for a real network's slice: the grid (float64 coordinates, exactly as the plain-JS surface
 * computes them), the kernel's interface, and the chunk limits every kernel honours. The
 * penalty is not a kernel's business: surface.ts adds it, on the host, for every family alike.
 */
import type { Box, NormStats } from '@/engine';

/** Largest grid resolution accepted. */
export const MAX_RES = 2048;
/** Default and largest chunk size in elements (grid points × examples, × hidden units for a network). */
export const DEFAULT_MAX_ELEMENTS = 1 << 22;
export const MAX_ELEMENTS = 1 << 24;

/** An n×n grid over `dom`: point g = j·n + i is (xs[i], ys[j]). */
export interface GridPoints {
  readonly n: number;
  readonly dom: Box;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Fills grids with the mean data loss (no penalty) of a split or a mini-batch of its training rows. */
export interface SurfaceKernel {
  /** The normalization the engine's term uses, given a request's `norm` (null where none applies). */
  normFor(requested?: NormStats | null): NormStats | null;
  /**
   * Mean data loss at every grid point, float32, non-finite values as NaN. `rows` (already
   * checked, non-empty) index the training rows; null means every row of `split`.
   */
  dataLoss(grid: GridPoints, split: 'train' | 'test', rows: Int32Array | null, norm: NormStats | null, signal?: AbortSignal): Promise<Float32Array>;
  /** Frees every tensor the kernel holds. */
  dispose(): void;
}

/** Grid coordinate i of n over [a, b], exactly as the plain-JS surface computes it. */
function coord(a: number, b: number, i: number, n: number): number {
  return a + ((b - a) * i) / (n - 1);
}

/** The n×n grid over `dom` (a copy of the box: callers may keep it). */
export function gridPoints(n: number, dom: Box): GridPoints {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = coord(dom.x[0], dom.x[1], i, n);
    ys[i] = coord(dom.y[0], dom.y[1], i, n);
  }
  return { n, dom: { x: [dom.x[0], dom.x[1]], y: [dom.y[0], dom.y[1]] }, xs, ys };
}

/** Whether two boxes are the same. */
export function sameBox(a: Box, b: Box): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/** Whether two arrays (or two nulls) hold the same numbers. */
export function sameArray(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
