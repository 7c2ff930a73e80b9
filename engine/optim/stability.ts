/**
 * The largest stable learning rate of each optimizer on a quadratic with curvature λ > 0
 * (f(w) = λw²/2, gradient λw): the one place the explanations and the player take it from.
 *
 * Each method is a linear recurrence on (buf, w); its iteration matrix has characteristic
 * polynomial p(z) = z² − T·z + D. By the Jury criterion both roots lie inside the unit circle
 * iff |D| < 1, p(1) > 0 and p(−1) > 0. For every method here p(1) = ηλ > 0 and |D| < 1 below
 * the limit, so the limit is where a root reaches z = −1, p(−1) = 1 + T + D = 0.
 *
 *   SGD:        w' = (1 − ηλ)w                          root 1 − ηλ = −1  ⇒  η = 2/λ
 *   heavy ball: T = 1 + μ − ηλ,  D = μ                  p(−1) = 2(1 + μ) − ηλ
 *                                                                           ⇒  η = 2(1 + μ)/λ
 *   Nesterov:   buf' = μ·buf + λw,  w' = w − η(λw + μ·buf')
 *               T = (1 + μ)(1 − ηλ),  D = μ(1 − ηλ)     p(−1) = 2(1 + μ) − (1 + 2μ)ηλ
 *                                                                           ⇒  η = 2(1 + μ)/((1 + 2μ)λ)
 *
 * Both momentum forms the engine offers ('pytorch': buf ← μ·buf + g, w −= η·buf; 'classic':
 * v ← μ·v + η·g, w −= v) give the same trajectory at a constant η (v = η·buf), so they share the
 * limit. The engine's Nesterov is PyTorch's and ignores the form, so its limit is the same in
 * both. At μ = 0.9 Nesterov's limit is 1.9/λ against heavy ball's 3.8/λ: 2.8× smaller.
 *
 * AdaGrad, RMSprop and Adam have no fixed limit on η (they rescale the step); for them the
 * functions below give SGD's bound, to be compared with the effective rate, as the
 * explanations do.
 */
import type { Hyper, OptimizerId } from './types';

/** Momentum form (see momentum.ts); it does not change any limit at a constant rate. */
export type MomentumForm = Hyper['momentumForm'];

/** μ if the optimizer uses momentum μ as heavy ball or Nesterov, else 0. */
export function momentumOfOptimizer(optimizer: OptimizerId, mu: number): number {
  return optimizer === 'momentum' || optimizer === 'nesterov' ? mu : 0;
}

/**
 * Largest stable learning rate on curvature |λ| (Infinity when λ = 0): 2/λ (SGD, and the
 * adaptive optimizers' effective rate), 2(1+μ)/λ (heavy ball, either form),
 * 2(1+μ)/((1+2μ)λ) (Nesterov).
 */
export function stableRateLimit(optimizer: OptimizerId, mu: number, lambda: number, _form: MomentumForm = 'pytorch'): number {
  const l = Math.abs(lambda);
  if (l === 0) return Infinity;
  const m = momentumOfOptimizer(optimizer, mu);
  if (optimizer === 'nesterov') return (2 * (1 + m)) / ((1 + 2 * m) * l);
  return (2 * (1 + m)) / l;
}

/**
 * The rate above which the iteration overshoots the floor: where the trace T of its matrix
 * turns negative, so the dominant root points backwards (a step flips sign more often than
 * not). SGD 1/λ (1 − ηλ < 0); heavy ball (1 + μ)/λ; Nesterov 1/λ ((1 + μ)(1 − ηλ) < 0).
 */
export function overshootRate(optimizer: OptimizerId, mu: number, lambda: number): number {
  const l = Math.abs(lambda);
  if (l === 0) return Infinity;
  const m = momentumOfOptimizer(optimizer, mu);
  return optimizer === 'nesterov' ? 1 / l : (1 + m) / l;
}

/** The limit's formula in words, e.g. '2(1+μ)/λmax' (λ named `lambda`). */
export function stableRateFormula(optimizer: OptimizerId, mu: number, lambda = 'λmax'): string {
  const m = momentumOfOptimizer(optimizer, mu);
  if (m <= 0) return `2/${lambda}`;
  return optimizer === 'nesterov' ? `2(1+μ)/((1+2μ)${lambda})` : `2(1+μ)/${lambda}`;
}
