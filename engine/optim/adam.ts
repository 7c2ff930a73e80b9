/**
 * Adam (Kingma & Ba 2014): momentum on the gradient plus RMSprop's per-parameter scale.
 *
 *   v ← ρ1 · v + (1 − ρ1) · g           (first moment, ρ1 = h.beta1)
 *   r ← ρ2 · r + (1 − ρ2) · g²          (second moment, ρ2 = h.beta2)
 *   biasCorrection on:  v̂ = v / (1 − ρ1^t),  r̂ = r / (1 − ρ2^t)
 *   biasCorrection off: v̂ = v,               r̂ = r
 *   w ← w − lr · v̂ / (δ + √r̂)           (δ = h.eps, outside the square root)
 *
 * Written as a multiplier on the raw first moment, w ← w − eff ⊙ v with
 *   eff = lr / ((1 − ρ1^t) · (√r̂ + δ))   (corrected)
 *   eff = lr / (√r + δ)                  (uncorrected)
 * which is what Internals.effectiveLr reports and what the L1 prox uses.
 *
 * Without correction, for ρ1 = 0.9, ρ2 = 0.999 the early steps are too LARGE, by
 * (1 − ρ1^t)/√(1 − ρ2^t) under a constant gradient: ≈ 3.16× at t = 1, ≈ 6.5× at t = 10,
 * ≈ 1.26× at t = 1000 (see the syllabus's Corrections).
 *
 * Slots: [s0, s1] = v (first moment), [s2, s3] = r (second moment).
 */
import type { Optimizer } from './types';
import { pair } from './pair';
import { createPowCache } from './pow-cache';

const pow1 = createPowCache();
const pow2 = createPowCache();

/** Adam, with optional bias correction. Four slots: v (0..1) and r (2..3). */
export const adam: Optimizer = {
  id: 'adam',
  slotCount: 4,
  stepInto(p, g, s, t, h, eff) {
    const lr = h.lr;
    const rho1 = h.beta1;
    const rho2 = h.beta2;
    const delta = h.eps;
    const n = p.length;
    const corr = h.biasCorrection;
    const c1 = corr ? 1 - pow1(rho1, t) : 1;
    const c2 = corr ? 1 - pow2(rho2, t) : 1;
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      const v = rho1 * s[i] + (1 - rho1) * gi;
      const r = rho2 * s[n + i] + (1 - rho2) * gi * gi;
      s[i] = v;
      s[n + i] = r;
      const e = lr / (c1 * (Math.sqrt(r / c2) + delta));
      eff[i] = e;
      p[i] -= e * v;
    }
  },
  internals(s, t, h, eff) {
    // After 0 steps the moments are 0 and the correction 0/0 is undefined: show the raw zeros.
    const corr = h.biasCorrection && t > 0;
    const c1 = corr ? 1 - Math.pow(h.beta1, t) : 1;
    const c2 = corr ? 1 - Math.pow(h.beta2, t) : 1;
    return {
      velocity: pair(s, 0),
      accum: pair(s, 2),
      mHat: [s[0] / c1, s[1] / c1],
      rHat: [s[2] / c2, s[3] / c2],
      effectiveLr: pair(eff),
    };
  },
};
