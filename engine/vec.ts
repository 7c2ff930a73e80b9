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
  if (b === 0) vHi = a >= c ? [1, 0] : [0, 1];
  else {
    const vx = hi - c;
    const n = Math.hypot(vx, b);
    vHi = [vx / n, b / n];
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
