/**
 * Reading a trajectory at a fractional step, shared by both views' frame loops. Allocation-free:
 * results go into a caller-owned scratch point.
 */
import type { PathView } from './types';

/** A mutable 2-D point used as an output scratch. */
export interface MutablePoint {
  x: number;
  y: number;
}

/** Creates a scratch point (allocate once, reuse every frame). */
export function scratchPoint(): MutablePoint {
  return { x: 0, y: 0 };
}

/**
 * The last index ≤ `upto` whose position is finite (a diverged run can end in NaN/∞), or -1.
 */
export function lastFiniteIndex(path: PathView, upto: number): number {
  for (let i = Math.min(upto, path.steps, path.x.length - 1); i >= 0; i--) {
    if (Number.isFinite(path.x[i]) && Number.isFinite(path.y[i])) return i;
  }
  return -1;
}

/**
 * Writes the position at fractional step `step` (clamped to [0, steps], linearly interpolated
 * between neighbouring steps) into `out`. Non-finite positions fall back to the last finite one.
 * Returns false (out untouched) when the path has no finite position up to there.
 */
export function samplePath(path: PathView, step: number, out: MutablePoint): boolean {
  const last = Math.min(path.steps, path.x.length - 1);
  if (last < 0) return false;
  const s = step > 0 ? (step < last ? step : last) : 0;
  const i = Math.floor(s);
  const f = s - i;
  const x0 = path.x[i];
  const y0 = path.y[i];
  if (Number.isFinite(x0) && Number.isFinite(y0)) {
    if (f > 0 && i < last) {
      const x1 = path.x[i + 1];
      const y1 = path.y[i + 1];
      if (Number.isFinite(x1) && Number.isFinite(y1)) {
        out.x = x0 + (x1 - x0) * f;
        out.y = y0 + (y1 - y0) * f;
        return true;
      }
    }
    out.x = x0;
    out.y = y0;
    return true;
  }
  const k = lastFiniteIndex(path, i);
  if (k < 0) return false;
  out.x = path.x[k];
  out.y = path.y[k];
  return true;
}
