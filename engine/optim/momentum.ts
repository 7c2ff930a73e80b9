/**
 * Heavy-ball momentum (Polyak), in the two forms found in the literature.
 *
 *   'pytorch' (torch.optim.SGD, momentum=μ, dampening 0):
 *       buf ← μ · buf + g
 *       w   ← w − lr · buf
 *
 *   'classic' (the syllabus's / article's form, α = μ, ε = lr):
 *       v ← α · v + ε · g
 *       w ← w − v
 *
 * With a constant lr the two are the same method: v = lr · buf at every step, so the
 * parameter trajectories coincide (up to rounding) while the stored states differ by the
 * factor lr. They part ways when lr changes mid-run: 'pytorch' applies the new lr to the
 * whole buffer at once, 'classic' only to new gradients. The slot holds buf or v according to
 * h.momentumForm; switching the form mid-run requires converting the slots (v = lr · buf).
 *
 * Slots: [s0, s1] = buf (pytorch) or v (classic) for (w1, w2).
 * Effective rate (Internals.effectiveLr): lr.
 */
import type { Optimizer } from './types';
import { pair } from './pair';

/** Momentum SGD; the form is chosen by `h.momentumForm`. Two slots (buf or v). */
export const momentum: Optimizer = {
  id: 'momentum',
  slotCount: 2,
  stepInto(p, g, s, _t, h, eff) {
    const lr = h.lr;
    const mu = h.momentum;
    if (h.momentumForm === 'classic') {
      for (let i = 0; i < p.length; i++) {
        const v = mu * s[i] + lr * g[i];
        s[i] = v;
        p[i] -= v;
        eff[i] = lr;
      }
    } else {
      for (let i = 0; i < p.length; i++) {
        const buf = mu * s[i] + g[i];
        s[i] = buf;
        p[i] -= lr * buf;
        eff[i] = lr;
      }
    }
  },
  internals(s, _t, _h, eff) {
    return { velocity: pair(s), effectiveLr: pair(eff) };
  },
};
