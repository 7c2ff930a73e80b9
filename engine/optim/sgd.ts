/**
 * Plain (stochastic) gradient descent.
 *
 *   w ← w − lr · g
 *
 * No state. The effective per-parameter rate is lr for every parameter.
 */
import type { Optimizer } from './types';
import { pair } from './pair';

/** SGD: w −= lr·g. Zero slots. */
export const sgd: Optimizer = {
  id: 'sgd',
  slotCount: 0,
  stepInto(p, g, _s, _t, h, eff) {
    const lr = h.lr;
    for (let i = 0; i < p.length; i++) {
      p[i] -= lr * g[i];
      eff[i] = lr;
    }
  },
  internals(_s, _t, _h, eff) {
    return { effectiveLr: pair(eff) };
  },
};
