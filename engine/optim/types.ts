/**
 * Shared optimizer contract. Every optimizer is a set of pure formulas over two parameters.
 * The hot loop calls `stepInto` on preallocated arrays (no allocation per step); the pure
 * `step` wrapper copies and calls the same code, so there is one implementation of the math.
 */
import type { Vec2 } from '../vec';

/** Names of the optimizers the game offers. */
export type OptimizerId = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/**
 * Hyper-parameters. Not every optimizer reads every field.
 * - lr: learning rate α (the syllabus's ε in the classic momentum form).
 * - momentum: μ / α of momentum and Nesterov (default 0.9).
 * - momentumForm: 'pytorch' keeps buf = μ·buf + g, w −= lr·buf;
 *   'classic' keeps v = μ·v + lr·g, w −= v (the syllabus's form). Same trajectory, different state.
 * - beta1 (β₁, the book's ρ1) and beta2 (β₂, ρ2): Adam's moment decay rates (PyTorch's `betas`).
 * - rho: RMSprop's decay ρ of its squared-gradient average (PyTorch's `alpha`); separate from β₂.
 * - eps: δ added to √r (AdaGrad, RMSprop, Adam).
 * - biasCorrection: Adam's v̂ = v/(1−ρ1^t), r̂ = r/(1−ρ2^t) on or off.
 * Names, symbols and ranges shown to people live in ../settings-registry.ts.
 */
export interface Hyper {
  readonly lr: number;
  readonly momentum: number;
  readonly momentumForm: 'pytorch' | 'classic';
  readonly beta1: number;
  readonly beta2: number;
  readonly rho: number;
  readonly eps: number;
  readonly biasCorrection: boolean;
}

/** Optimizer state: the step counter t (number of steps taken) and a fixed-size slot array. */
export interface OptState {
  readonly t: number;
  readonly slots: Float64Array;
}

/** What the player and the explanations display about an optimizer after a step. */
export interface Internals {
  /** Momentum buffer / velocity (momentum, Nesterov: the state in its own form; Adam: first moment m). */
  readonly velocity?: Vec2;
  /** Accumulated squared gradient (AdaGrad: Σg²; RMSprop and Adam: the EMA r). */
  readonly accum?: Vec2;
  /** Adam's bias-corrected moments (equal to the raw ones when correction is off). */
  readonly mHat?: Vec2;
  readonly rHat?: Vec2;
  /**
   * Effective per-parameter learning rate: the factor the optimizer applies to its direction
   * (gradient, or first moment for Adam) this step. SGD/momentum/Nesterov: lr.
   * AdaGrad: lr/(√G+δ). RMSprop: lr/(√r+δ). Adam: lr/(√r̂+δ) (times 1/(1−ρ1^t) when corrected).
   * This is the course's one definition of the effective rate (../diagnostics/effective-rate.ts).
   */
  readonly effectiveLr: Vec2;
}

/** One optimizer: formulas over preallocated arrays plus display helpers. */
export interface Optimizer {
  readonly id: OptimizerId;
  /** Number of Float64 slots in its state. */
  readonly slotCount: number;
  /**
   * One update, in place: reads gradient g, updates params p and slots s.
   * `t` is the 1-based index of this step (1 for the first update).
   * `eff` receives the effective per-parameter rate (see Internals.effectiveLr).
   */
  stepInto(p: Float64Array, g: Float64Array, s: Float64Array, t: number, h: Hyper, eff: Float64Array): void;
  /** Reads the display internals out of a state (after `t` steps). */
  internals(s: Float64Array, t: number, h: Hyper, eff: Float64Array): Internals;
}
