/**
 * Nesterov momentum in PyTorch's form (torch.optim.SGD, momentum=μ, nesterov=True):
 *
 *   buf ← μ · buf + g
 *   w   ← w − lr · (g + μ · buf)
 *
 * The update "looks ahead": it uses the gradient plus the momentum that the next step would
 * add, which damps oscillation compared with heavy-ball momentum.
 *
 * Slots: [s0, s1] = buf for (w1, w2).
 * Effective rate (Internals.effectiveLr): lr.
 */
import type { Optimizer } from './types';
import { pair } from './pair';

/** Nesterov momentum (PyTorch form). Two slots (buf). */
export const nesterov: Optimizer = {
  id: 'nesterov',
  slotCount: 2,
  stepInto(p, g, s, _t, h, eff) {
    const lr = h.lr;
    const mu = h.momentum;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i];
      const buf = mu * s[i] + gi;
      s[i] = buf;
      p[i] -= lr * (gi + mu * buf);
      eff[i] = lr;
    }
  },
  internals(s, _t, _h, eff) {
    return { velocity: pair(s), effectiveLr: pair(eff) };
  },
};
