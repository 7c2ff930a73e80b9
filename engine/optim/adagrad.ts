/**
 * AdaGrad (Duchi, Hazan & Singer 2011): one learning rate per parameter.
 *
 *   G ← G + g ⊙ g
 *   w ← w − lr / (√G + δ) ⊙ g          (δ = h.eps)
 *
 * G only grows, so the effective rate lr/(√G + δ) only shrinks: a parameter that has seen
 * large gradients gets a SMALLER rate, and under a constant gradient c the rate decays like
 * lr/(|c|·√t), so learning stalls late in a run.
 *
 * Slots: [s0, s1] = G for (w1, w2).
 * Effective rate (Internals.effectiveLr): lr/(√G + δ), per parameter.
 */
import type { Optimizer } from './types';
import { pair } from './pair';

/** AdaGrad. Two slots (accumulated squared gradient G). */
export const adagrad: Optimizer = {
  id: 'adagrad',
  slotCount: 2,
  stepInto(p, g, s, _t, h, eff) {
    const lr = h.lr;
    const delta = h.eps;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i];
      const G = s[i] + gi * gi;
      s[i] = G;
      const e = lr / (Math.sqrt(G) + delta);
      eff[i] = e;
      p[i] -= e * gi;
    }
  },
  internals(s, _t, _h, eff) {
    return { accum: pair(s), effectiveLr: pair(eff) };
  },
};
