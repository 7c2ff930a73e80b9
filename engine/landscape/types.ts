/**
 * A landscape is always a sum over examples: L(w) = (1/N) Σ ℓ_i(w) + R_λ(w).
 * Each family supplies the per-example term ℓ_i and two sets of examples drawn from the same
 * distribution: `train` (what the optimizer sees) and `test` (held out), so mini-batch noise,
 * shuffling effects and the generalization gap all come from the sampling itself.
 */
import type { Order } from './field';
import type { Vec2 } from '../vec';
import type { MlpShape } from '../nn/shape';

/** A table of examples, row-major: row r occupies data[r*width … r*width+width-1]. */
export interface Examples {
  readonly n: number;
  readonly width: number;
  readonly data: Float64Array;
}

/** An axis-aligned rectangle of parameter space. */
export interface Box {
  readonly x: Vec2;
  readonly y: Vec2;
}

/**
 * Feature normalization for data families, a five-entry buffer (the one description of it):
 *   [0] mean of feature 1, [1] mean of feature 2,
 *   [2] 1/std of feature 1, [3] 1/std of feature 2,
 *   [4] output offset added to the prediction (BatchNorm's β folded in: the training mean of
 *       the target; a property of the model, so batch statistics leave it alone).
 * A row's features enter the model as zᵢ = (featureᵢ − [i]) · [2+i]. Raw features use
 * IDENTITY_NORM. BatchNorm swaps in the mini-batch's statistics (entries 0–3) during training
 * and running averages at evaluation.
 */
export type NormStats = Float64Array;

/** The identity normalization [0, 0, 1, 1, 0]: raw features, no offset. Shared: never write into it (copy with Float64Array.from). */
export const IDENTITY_NORM: NormStats = Float64Array.of(0, 0, 1, 1, 0);

/** BatchNorm support, for the families whose examples carry two input features. */
export interface BatchNormSupport {
  /** Writes the mean and 1/√(var+ε) of the two features over rows idx[0..count) into out[0..3] (entry 4 left as it is). */
  batchStats(ex: Examples, idx: Int32Array | null, count: number, out: NormStats): void;
  /** BatchNorm's ε inside the square root. */
  readonly eps: number;
}

/** A named point of interest (a basin centre, a saddle) used by diagnostics and explanations. */
export interface Landmark {
  readonly name: string;
  readonly at: Vec2;
  /** Basin radius for "ended in this basin" classification; 0 for a point landmark. */
  readonly radius: number;
}

/**
 * The plane of a real network's slice (the `network` family): the ball at (x, y) stands for the
 * weights θ = θ₀ + x·d₁ + y·d₂ of a network of this shape. Regularization acts on θ, and the GPU
 * evaluates the network itself, so both read it.
 */
export interface NetworkPlane {
  readonly shape: MlpShape;
  readonly theta0: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
}

/** A concrete landscape instance: a family with fixed parameters and sampled examples. */
export interface Landscape {
  /** Registered family id, e.g. "ravine". */
  readonly family: string;
  readonly train: Examples;
  readonly test: Examples;
  /** The domain drawn by default. */
  readonly domain: Box;
  /** Labels of the two parameters, e.g. ["w₁ (age)", "w₂ (salary)"]. */
  readonly axes: readonly [string, string];
  /**
   * Loss of example `row` of `ex` at w = (x, y); derivatives into `out` as in Field2.
   * `norm` is the feature normalization in force (data families only; null elsewhere).
   */
  term(ex: Examples, row: number, x: number, y: number, out: Float64Array, order: Order, norm: NormStats | null): number;
  /** The fixed normalization used when BatchNorm is off (raw or z-scored), data families only. */
  readonly baseNorm: NormStats | null;
  /** Present when the family can run with BatchNorm. */
  readonly batchNorm: BatchNormSupport | null;
  /** Points of interest (basins, saddles). */
  readonly landmarks: readonly Landmark[];
  /** Present on a real network's slice: the plane through its weights. */
  readonly plane?: NetworkPlane;
}
