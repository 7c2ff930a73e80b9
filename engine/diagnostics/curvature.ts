/** Local geometry at a point: loss, gradient, Hessian, its eigenvalues and condition number. */
import type { Landscape, NormStats } from '../landscape/types';
import { meanLoss, type Split } from '../landscape/objective';
import { conditionNumber, eigenSym2, type Eigen2, type Sym2, type Vec2 } from '../vec';

/** The geometry of the (regularized) loss at one point. */
export interface Curvature {
  readonly loss: number;
  readonly grad: Vec2;
  readonly gradNorm: number;
  readonly hessian: Sym2;
  readonly eigen: Eigen2;
  /** |λ|max/|λ|min of the Hessian. */
  readonly condition: number;
  /** Both eigenvalues of opposite sign beyond `tol`: a saddle. */
  readonly isSaddle: boolean;
}

/**
 * Curvature of split `split` at w = (x, y), including L2 (λ2 on the Hessian's diagonal) and the
 * L1 subgradient in the gradient. `norm` defaults to the landscape's evaluation normalization.
 */
export function curvatureAt(
  land: Landscape,
  x: number,
  y: number,
  opts: { split?: Split; l1?: number; l2?: number; norm?: NormStats | null; tol?: number } = {},
): Curvature {
  const out = new Float64Array(5);
  const ex = opts.split === 'test' ? land.test : land.train;
  const l1 = opts.l1 ?? 0;
  const l2 = opts.l2 ?? 0;
  const data = meanLoss(land, ex, null, 0, x, y, out, 2, opts.norm === undefined ? land.baseNorm : opts.norm);
  const loss = data + l1 * (Math.abs(x) + Math.abs(y)) + 0.5 * l2 * (x * x + y * y);
  const grad: Vec2 = [out[0] + l2 * x + l1 * Math.sign(x), out[1] + l2 * y + l1 * Math.sign(y)];
  const hessian: Sym2 = [out[2] + l2, out[3], out[4] + l2];
  const eigen = eigenSym2(hessian);
  const tol = opts.tol ?? 1e-9;
  return {
    loss,
    grad,
    gradNorm: Math.hypot(grad[0], grad[1]),
    hessian,
    eigen,
    condition: conditionNumber(hessian),
    isSaddle: eigen.values[0] < -tol && eigen.values[1] > tol,
  };
}

/** Largest learning rate at which full-batch GD is stable on the local quadratic: 2/λmax. */
export function stableLrLimit(c: Curvature): number {
  const lmax = Math.max(Math.abs(c.eigen.values[0]), Math.abs(c.eigen.values[1]));
  return lmax === 0 ? Infinity : 2 / lmax;
}
