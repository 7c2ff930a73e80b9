/**
 * Keskar et al. (2016, arXiv 1609.04836) ε-sharpness, their metric (4) with A = I:
 *   φ(x, ε) = (max_{y ∈ C_ε} f(x + y) − f(x)) / (1 + f(x)) × 100,
 *   C_ε = { y : |y_j| ≤ ε·(|x_j| + 1) }.
 * The maximum over the box is found by a bounded search: a dense grid over the box (edges and
 * corners included), then a few rounds of local refinement around the best grid point.
 */
import type { Landscape, NormStats } from '../landscape/types';
import { meanLoss, type Split } from '../landscape/objective';

/** Grid resolution per axis of the first search pass. */
const GRID = 21;
/** Refinement rounds (each halves the search cell around the best point). */
const REFINE = 8;

/** ε-sharpness of the loss on `split` at (x, y). */
export function keskarSharpness(
  land: Landscape,
  x: number,
  y: number,
  eps: number,
  opts: { split?: Split; norm?: NormStats | null } = {},
): number {
  const ex = opts.split === 'test' ? land.test : land.train;
  const norm = opts.norm === undefined ? land.baseNorm : opts.norm;
  const f = (a: number, b: number) => meanLoss(land, a, b, { ex, norm });
  const f0 = f(x, y);
  const hx = eps * (Math.abs(x) + 1);
  const hy = eps * (Math.abs(y) + 1);
  let best = -Infinity;
  let bx = 0;
  let by = 0;
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const dx = -hx + (2 * hx * i) / (GRID - 1);
      const dy = -hy + (2 * hy * j) / (GRID - 1);
      const v = f(x + dx, y + dy);
      if (v > best) {
        best = v;
        bx = dx;
        by = dy;
      }
    }
  }
  let cx = hx / (GRID - 1);
  let cy = hy / (GRID - 1);
  for (let r = 0; r < REFINE; r++) {
    const ox = bx;
    const oy = by;
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        const dx = Math.min(hx, Math.max(-hx, ox + i * cx));
        const dy = Math.min(hy, Math.max(-hy, oy + j * cy));
        const v = f(x + dx, y + dy);
        if (v > best) {
          best = v;
          bx = dx;
          by = dy;
        }
      }
    }
    cx /= 2;
    cy /= 2;
  }
  return ((best - f0) / (1 + f0)) * 100;
}
