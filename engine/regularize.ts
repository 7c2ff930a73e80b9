/**
 * L2 and L1 regularization of the two parameters.
 *
 *   L2:  R₂(w) = (λ2/2) · Σ w_j²,   ∇R₂ = λ2 · w
 *        Classic coupled L2: λ2·w is added to the data gradient BEFORE the optimizer update
 *        (so for Adam it is rescaled by the adaptive rate, unlike AdamW's decoupled decay).
 *        It shrinks weights smoothly but never sets one exactly to 0.
 *
 *   L1:  R₁(w) = λ1 · Σ |w_j|
 *        |w| has no gradient at 0. Plain subgradient descent (adding λ1·sign(w) to g) steps by
 *        ±lr·λ1 across zero forever: the weight oscillates around 0 and almost never lands on
 *        it. Instead we take a proximal step AFTER the optimizer update, a soft threshold with
 *        the per-parameter rate eff_j that the update used:
 *            w_j ← sign(w_j) · max(|w_j| − eff_j · λ1, 0)
 *        Anything within eff_j·λ1 of zero is set to exactly 0, and a weight whose data
 *        gradient at 0 satisfies |g_j| ≤ λ1 stays there. With AdaGrad, RMSprop and Adam eff is
 *        per parameter, so the threshold is too.
 *
 * Order of one regularized step (see `regularizedStepInto`):
 *   1. g ← g + λ2·w            (addL2Grad)
 *   2. optimizer.stepInto      (writes eff)
 *   3. w ← prox(w, eff·λ1·k)   (proxL1; k = proxScale, see below)
 *
 * Momentum and Nesterov: their effective rate is lr, but at steady state the buffer holds
 * g/(1−μ), so each step moves lr/(1−μ)·g. A prox with threshold lr·λ1 then converges to the
 * L1 solution for λ1·(1−μ) (10× weaker at μ = 0.9: measured in regularize.test.ts; the
 * irrelevant weight never reaches 0). `proxScale` returns 1/(1−μ) for these two so the fixed
 * points are exactly those of the regularized loss; it is 1 for SGD, AdaGrad, RMSprop and Adam
 * (Adam's eff already multiplies a moment whose weights sum to 1).
 */
import type { Vec2 } from './vec';
import type { Hyper, Optimizer } from './optim/types';
import type { Landscape } from './landscape/types';
import { planePenalty } from './landscape/network/plane-penalty';

/** The penalty λ1·(|w1|+|w2|) + (λ2/2)·(w1²+w2²). */
export function penalty(w1: number, w2: number, l1: number, l2: number): number {
  return l1 * (Math.abs(w1) + Math.abs(w2)) + 0.5 * l2 * (w1 * w1 + w2 * w2);
}

/**
 * The penalty of a landscape at w: on (w1, w2) for every family, on the network's weights θ for
 * a real network's slice (./landscape/network/plane-penalty.ts).
 */
export function penaltyOn(land: Landscape, w1: number, w2: number, l1: number, l2: number): number {
  return land.plane ? planePenalty(land.plane).value(w1, w2, l1, l2) : penalty(w1, w2, l1, l2);
}

/**
 * Adds to g the part of the penalty's gradient that goes through the optimizer: λ2·w on the
 * plane's own coordinates (L1 is a proximal step after the update, see the file note); on a
 * network's slice, the whole penalty of θ, L1 as a plain subgradient (no prox there).
 */
export function addPenaltyGrad(land: Landscape, w: Float64Array | readonly number[], g: Float64Array, l1: number, l2: number): void {
  if (land.plane) planePenalty(land.plane).addGrad(w[0], w[1], l1, l2, g);
  else if (l2 !== 0) {
    g[0] += l2 * w[0];
    g[1] += l2 * w[1];
  }
}

/** Whether L1 is applied as a proximal step (every family but a network's slice, whose L1 is a subgradient). */
export function l1IsProximal(land: Landscape): boolean {
  return !land.plane;
}

/** The penalty's Hessian [xx, xy, yy] in the landscape's coordinates (L2 only; L1 has none off zero). */
export function penaltyHessian(land: Landscape, l2: number): readonly [number, number, number] {
  return land.plane ? planePenalty(land.plane).hessian(l2) : [l2, 0, l2];
}

/** Data loss plus the penalty at w: L(w) + λ1·Σ|w| + (λ2/2)·Σw². Pure. */
export function regularizedLoss(dataLoss: number, w: Vec2, l1: number, l2: number): number {
  return dataLoss + penalty(w[0], w[1], l1, l2);
}

/** Adds the L2 gradient in place: g_j += λ2·w_j. */
export function addL2Grad(w: Float64Array, g: Float64Array, l2: number): void {
  if (l2 === 0) return;
  for (let j = 0; j < w.length; j++) g[j] += l2 * w[j];
}

/**
 * L1 proximal step (soft threshold) in place: p_j ← sign(p_j)·max(|p_j| − eff_j·λ1, 0).
 * Weights inside the threshold become exactly +0.
 */
export function proxL1(p: Float64Array, eff: Float64Array, l1: number): void {
  if (l1 === 0) return;
  for (let j = 0; j < p.length; j++) {
    const x = p[j];
    const a = Math.abs(x) - eff[j] * l1;
    p[j] = a > 0 ? (x > 0 ? a : -a) : 0;
  }
}

/**
 * Factor k applied to the L1 threshold eff·λ1 so the prox converges to the minimizer of the
 * regularized loss: 1/(1−μ) for momentum and Nesterov (their buffer sums gradients), 1 otherwise.
 */
export function proxScale(opt: Optimizer, h: Hyper): number {
  return opt.id === 'momentum' || opt.id === 'nesterov' ? 1 / (1 - h.momentum) : 1;
}

/**
 * One regularized update in place, without allocating: adds λ2·w to g (g is modified),
 * runs `opt.stepInto`, then applies the L1 prox with threshold eff·λ1·proxScale.
 */
export function regularizedStepInto(
  opt: Optimizer,
  p: Float64Array,
  g: Float64Array,
  s: Float64Array,
  t: number,
  h: Hyper,
  eff: Float64Array,
  l1: number,
  l2: number,
): void {
  addL2Grad(p, g, l2);
  opt.stepInto(p, g, s, t, h, eff);
  if (l1 !== 0) proxL1(p, eff, l1 * proxScale(opt, h));
}
