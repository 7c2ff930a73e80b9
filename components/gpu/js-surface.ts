/**
 * The float64 engine evaluated on a grid in plain JS: the fallback when no TF.js backend starts,
 * and the baseline the GPU path is benchmarked and tested against.
 */
import { meanLoss, penaltyOn, type Box, type Landscape } from '@/engine';
import type { SurfaceGrid } from '@/components/scene/types';

/** Evaluates mean loss (+ penalty) of a split, or of a subset of train rows, on an res×res grid. */
export function jsSurface(
  land: Landscape,
  opts: { split: 'train' | 'test'; rows?: Int32Array | null; l1: number; l2: number; res: number; domain?: Box },
): SurfaceGrid {
  const dom = opts.domain ?? land.domain;
  const n = opts.res;
  const values = new Float32Array(n * n);
  const ex = opts.split === 'test' ? land.test : land.train;
  const rows = opts.split === 'train' ? (opts.rows ?? null) : null;
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    const y = dom.y[0] + ((dom.y[1] - dom.y[0]) * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const x = dom.x[0] + ((dom.x[1] - dom.x[0]) * i) / (n - 1);
      const v = meanLoss(land, x, y, { ex, rows, norm: land.baseNorm }) + penaltyOn(land, x, y, opts.l1, opts.l2);
      const f = Number.isFinite(v) ? v : NaN;
      values[j * n + i] = f;
      if (f < min) min = f;
      if (f > max) max = f;
    }
  }
  return { nx: n, ny: n, x: dom.x, y: dom.y, values, min: Number.isFinite(min) ? min : 0, max: Number.isFinite(max) ? max : 1 };
}
