/**
 * The train loss (plus the run's L1/L2 penalty) on a coarse grid over a box, for contour
 * maps. Uses the engine's meanLoss with the landscape's evaluation normalization.
 */
import { meanLoss, penaltyOn, type Box, type Landscape, type Settings } from '@/engine';
import type { Grid } from './contours';

/** Grid points per axis of a contour map. */
export const GRID_SIZE = 64;

/** Loss values on an n × n grid spanning `box` (corners included), row-major in y. */
export function lossGrid(land: Landscape, box: Box, settings: Pick<Settings, 'l1' | 'l2'>, n = GRID_SIZE): Grid {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = box.y[0] + ((box.y[1] - box.y[0]) * j) / (n - 1);
    for (let i = 0; i < n; i++) {
      const x = box.x[0] + ((box.x[1] - box.x[0]) * i) / (n - 1);
      const v = meanLoss(land, x, y, { ex: land.train, norm: land.baseNorm }) + penaltyOn(land, x, y, settings.l1, settings.l2);
      values[j * n + i] = Number.isFinite(v) ? v : NaN;
    }
  }
  return { nx: n, ny: n, values };
}

/**
 * The box a map shows: the landscape's domain grown to hold the start and the path, but never
 * beyond half a domain-width on each side (a diverging path leaves the picture instead).
 */
export function viewBox(land: Landscape, xs: ArrayLike<number>, ys: ArrayLike<number>, last: number): Box {
  const grow = (lo: number, hi: number, vals: ArrayLike<number>): [number, number] => {
    const pad = (hi - lo) / 2;
    let a = lo;
    let b = hi;
    for (let t = 0; t <= last; t++) {
      const v = vals[t];
      if (!Number.isFinite(v)) continue;
      a = Math.min(a, Math.max(lo - pad, v));
      b = Math.max(b, Math.min(hi + pad, v));
    }
    return [a, b];
  };
  return { x: grow(land.domain.x[0], land.domain.x[1], xs), y: grow(land.domain.y[0], land.domain.y[1], ys) };
}
