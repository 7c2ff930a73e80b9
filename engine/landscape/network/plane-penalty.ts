/**
 * Regularization of a real network's slice acts on its weights θ = θ₀ + x·d₁ + y·d₂, not on
 * the plane's coordinates (x, y) (issue 15):
 *
 *   L2:  (λ₂/2)‖θ‖²   gradient λ₂·(d₁·θ, d₂·θ),   Hessian λ₂·[d₁·d₁, d₁·d₂, d₂·d₂]
 *   L1:  λ₁‖θ‖₁        subgradient λ₁·(d₁·sign θ, d₂·sign θ), no curvature
 *
 * L1 on θ is not separable in (x, y), so it goes through the gradient as a plain subgradient:
 * there is no proximal step and no weight becomes exactly zero (the player says so). L2 costs
 * O(1) per point from six dot products taken once; L1 one pass over θ.
 */
import type { NetworkPlane } from '../types';

/** The penalty of one plane, its gradient and its (L2) curvature in plane coordinates. */
export interface PlanePenalty {
  value(x: number, y: number, l1: number, l2: number): number;
  /** Adds the penalty's (sub)gradient in (x, y) to out[0..1]. */
  addGrad(x: number, y: number, l1: number, l2: number, out: Float64Array): void;
  /** The L2 part's Hessian [xx, xy, yy] (L1 has none away from θ_j = 0). */
  hessian(l2: number): readonly [number, number, number];
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * b[j];
  return s;
};

const made = new WeakMap<NetworkPlane, PlanePenalty>();

/** The penalty of a plane (one per plane object). */
export function planePenalty(plane: NetworkPlane): PlanePenalty {
  const found = made.get(plane);
  if (found) return found;
  const { theta0: t0, d1, d2 } = plane;
  const [tt, t1, t2, s11, s12, s22] = [dot(t0, t0), dot(t0, d1), dot(t0, d2), dot(d1, d1), dot(d1, d2), dot(d2, d2)];
  // Σ|θ_j| and Σ sign(θ_j)·d_j at a point: one pass over θ.
  const l1Parts = (x: number, y: number): [number, number, number] => {
    let abs = 0;
    let g1 = 0;
    let g2 = 0;
    for (let j = 0; j < t0.length; j++) {
      const th = t0[j] + x * d1[j] + y * d2[j];
      const sg = Math.sign(th);
      abs += Math.abs(th);
      g1 += sg * d1[j];
      g2 += sg * d2[j];
    }
    return [abs, g1, g2];
  };
  const penalty: PlanePenalty = {
    value(x, y, l1, l2) {
      // ‖θ‖² expanded; clamped at 0 against rounding far from θ₀.
      const sq = Math.max(0, tt + 2 * x * t1 + 2 * y * t2 + x * x * s11 + 2 * x * y * s12 + y * y * s22);
      return 0.5 * l2 * sq + (l1 === 0 ? 0 : l1 * l1Parts(x, y)[0]);
    },
    addGrad(x, y, l1, l2, out) {
      if (l2 !== 0) {
        out[0] += l2 * (t1 + x * s11 + y * s12);
        out[1] += l2 * (t2 + x * s12 + y * s22);
      }
      if (l1 !== 0) {
        const [, g1, g2] = l1Parts(x, y);
        out[0] += l1 * g1;
        out[1] += l1 * g2;
      }
    },
    hessian: (l2) => [l2 * s11, l2 * s12, l2 * s22],
  };
  made.set(plane, penalty);
  return penalty;
}
