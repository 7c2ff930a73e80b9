/**
 * Per-example variation by sampled shifts: ℓ_i(w) = f(w − δ_i), δ_i ~ N(0, diag(sx², sy²)).
 * Every example is the same terrain moved a little, so each mini-batch "sees" its own landscape
 * and the full loss is their average. Train and test shifts are independent draws of the same
 * distribution, which makes the train/test gap real (larger where the terrain is sharp).
 *
 * `antithetic` draws the train shifts in ± pairs (with odd N the last example is unshifted), so
 * their odd moments vanish exactly: the averaged landscape keeps the base terrain's symmetry
 * lines (a saddle's stable line stays put) while every individual batch still breaks the symmetry.
 */
import type { Field2 } from './field';
import type { Box, Examples, Landmark, Landscape } from './types';
import { createRng, type Rng } from '../rng';

/** How the examples vary around the base terrain. */
export interface Variation {
  /** Number of training examples N (1 gives a deterministic, noise-free landscape). */
  readonly n: number;
  /** Number of held-out test examples. */
  readonly nTest: number;
  /** Standard deviation of the shift along w1 and w2. */
  readonly spread: readonly [number, number];
  /** Draw train shifts in ± pairs (see file note). */
  readonly antithetic: boolean;
  /** Seed of the dataset (fixed per level; run seeds only drive batches). */
  readonly seed: number;
}

/** Default variation: 64 examples, 256 test examples, small shifts. */
export const DEFAULT_VARIATION: Variation = { n: 64, nTest: 256, spread: [0.05, 0.05], antithetic: false, seed: 1 };

function drawShifts(n: number, v: Variation, rng: Rng, antithetic: boolean): Examples {
  const data = new Float64Array(n * 2);
  for (let r = 0; r < n; r++) {
    if (antithetic && r % 2 === 1) {
      data[2 * r] = -data[2 * r - 2];
      data[2 * r + 1] = -data[2 * r - 1];
    } else if (antithetic && r === n - 1) {
      // Odd n: the last example has no partner; an unshifted copy keeps the shifts summing to 0.
      data[2 * r] = 0;
      data[2 * r + 1] = 0;
    } else {
      data[2 * r] = rng.normal() * v.spread[0];
      data[2 * r + 1] = rng.normal() * v.spread[1];
    }
  }
  return { n, width: 2, data };
}

/** Builds a landscape whose examples are shifted copies of `field`. */
export function shiftedLandscape(opts: {
  family: string;
  field: Field2;
  variation: Variation;
  domain: Box;
  landmarks?: readonly Landmark[];
  axes?: readonly [string, string];
}): Landscape {
  const { field, variation } = opts;
  const rng = createRng(variation.seed);
  const train = drawShifts(variation.n, variation, rng, variation.antithetic);
  const test = drawShifts(variation.nTest, variation, rng, false);
  return {
    family: opts.family,
    train,
    test,
    domain: opts.domain,
    axes: opts.axes ?? ['w₁', 'w₂'],
    term(ex, row, x, y, out, order) {
      const d = ex.data;
      return field.eval(x - d[2 * row], y - d[2 * row + 1], out, order);
    },
    baseNorm: null,
    batchNorm: null,
    landmarks: opts.landmarks ?? [],
  };
}
