/**
 * RMSprop (Hinton, Coursera lecture 6e): AdaGrad with a forgetting accumulator.
 *
 *   r ← β · r + (1 − β) · g²            (β = h.rho, the setting ρ)
 *   w ← w − lr / (√r + δ) ⊙ g           (δ = h.eps)
 *
 * Expanding the recursion, r_t = (1 − β) Σ_k β^(t−k) g_k²: geometric weights, so old
 * gradients are forgotten and the effective rate settles instead of decaying to zero.
 * There is no bias correction (as in Hinton's and PyTorch's RMSprop): r starts at 0, so
 * during the first ~1/(1 − β) steps r ≈ (1 − β^t)·g² is small and the effective rate is larger
 * by 1/√(1 − β^t). With β = 0.999 that warm-up lasts about a thousand steps; β = 0.9 or 0.99
 * (the usual RMSprop values) settles quickly.
 *
 * Slots: [s0, s1] = r for (w1, w2).
 * Effective rate (Internals.effectiveLr): lr/(√r + δ), per parameter.
 */
import type { Optimizer } from './types';
import { pair } from './pair';

/** RMSprop. Two slots (EMA of squared gradient r). Decay β is h.rho (PyTorch's `alpha`). */
export const rmsprop: Optimizer = {
  id: 'rmsprop',
  slotCount: 2,
  stepInto(p, g, s, _t, h, eff) {
    const lr = h.lr;
    const beta = h.rho;
    const delta = h.eps;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i];
      const r = beta * s[i] + (1 - beta) * gi * gi;
      s[i] = r;
      const e = lr / (Math.sqrt(r) + delta);
      eff[i] = e;
      p[i] -= e * gi;
    }
  },
  internals(s, _t, _h, eff) {
    return { accum: pair(s), effectiveLr: pair(eff) };
  },
};
