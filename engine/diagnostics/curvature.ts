/** Local geometry at a point: loss, gradient, Hessian, its eigenvalues and condition number. */
import type { Landscape, NormStats } from '../landscape/types';
import { meanLoss, type Split } from '../landscape/objective';
import { conditionNumber, eigenSym2, type Eigen2, type Sym2, type Vec2 } from '../vec';
import { addPenaltyGrad, l1IsProximal, penaltyHessian, penaltyOn } from '../regularize';

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
 * One component of the smallest subgradient of a smooth part with derivative `g` plus λ1·|w|:
 * g + λ1·sign(w) away from 0; at w = 0 the subdifferential is [g − λ1, g + λ1], whose point
 * nearest 0 is g shrunk toward 0 by λ1. So an L1 optimum that sits exactly at 0 (|g| ≤ λ1)
 * has gradient 0 there, as a stationary point should.
 */
export function l1Subgradient(g: number, w: number, l1: number): number {
  if (w !== 0 || l1 === 0) return g + l1 * Math.sign(w);
  return g > l1 ? g - l1 : g < -l1 ? g + l1 : 0;
}

/**
 * Curvature of split `split` at w = (x, y), including L2 (λ2 on the Hessian's diagonal) and the
 * smallest L1 subgradient (see l1Subgradient) in the gradient; on a network's slice, the
 * penalty of its weights θ (../regularize.ts penaltyOn). `norm` defaults to the
 * landscape's evaluation normalization.
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
  const data = meanLoss(land, x, y, { ex, order: 2, norm: opts.norm === undefined ? land.baseNorm : opts.norm, out });
  const loss = data + penaltyOn(land, x, y, l1, l2);
  let grad: Vec2;
  if (l1IsProximal(land)) grad = [l1Subgradient(out[0] + l2 * x, x, l1), l1Subgradient(out[1] + l2 * y, y, l1)];
  else {
    addPenaltyGrad(land, [x, y], out, l1, l2);
    grad = [out[0], out[1]];
  }
  const [pxx, pxy, pyy] = penaltyHessian(land, l2);
  const hessian: Sym2 = [out[2] + pxx, out[3] + pxy, out[4] + pyy];
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
