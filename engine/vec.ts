/**
 * Tiny 2-D linear algebra. Parameters live in R², so a gradient is a Vec2 and a Hessian is a
 * symmetric 2×2 matrix stored as its three distinct entries.
 */

/** A point or direction in parameter space (w1, w2). */
export type Vec2 = readonly [number, number];

/** Symmetric 2×2 matrix [[xx, xy], [xy, yy]] stored as [xx, xy, yy]. */
export type Sym2 = readonly [number, number, number];

/** Eigen-decomposition of a symmetric 2×2 matrix: values ascending, unit vectors to match. */
export interface Eigen2 {
  readonly values: Vec2;
  readonly vectors: readonly [Vec2, Vec2];
}

/** Euclidean norm of (x, y). */
export function norm2(x: number, y: number): number {
  return Math.hypot(x, y);
}

/** Eigenvalues (ascending) and unit eigenvectors of a symmetric 2×2 matrix, in closed form. */
export function eigenSym2(h: Sym2): Eigen2 {
  const [a, b, c] = h;
  const mean = (a + c) / 2;
  const rad = Math.hypot((a - c) / 2, b);
  const lo = mean - rad;
  const hi = mean + rad;
  let vHi: Vec2;
  // Scaled to max entry 1 so tiny (subnormal) or huge entries keep their direction.
  const s = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  const bs = b / s;
  const d = (a / s - c / s) / 2;
  if (b === 0) vHi = a >= c ? [1, 0] : [0, 1];
  else if (bs === 0) vHi = d >= 0 ? [1, 0] : [0, 1];
  else {
    // From (H − hi·I)v = 0: v ∝ (d + r, b) ∝ (b, r − d), r = hypot(d, b). Take the form without
    // cancellation, oriented with a non-negative first component.
    const r = Math.hypot(d, bs);
    const vx = d >= 0 ? d + r : Math.abs(bs);
    const vy = d >= 0 ? bs : Math.sign(bs) * (r - d);
    const n = Math.hypot(vx, vy);
    vHi = [vx / n, vy / n];
  }
  const vLo: Vec2 = [-vHi[1], vHi[0]];
  return { values: [lo, hi], vectors: [vLo, vHi] };
}

/** |λ|max / |λ|min of a symmetric 2×2 matrix; Infinity when singular. */
export function conditionNumber(h: Sym2): number {
  const { values } = eigenSym2(h);
  const a = Math.abs(values[0]);
  const b = Math.abs(values[1]);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return lo === 0 ? Infinity : hi / lo;
}

/** True when both coordinates are finite numbers. */
export function isFiniteVec(x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y);
}
