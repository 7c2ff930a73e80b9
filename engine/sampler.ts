/**
 * Mini-batch sampling with a seeded PRNG. Batches are index lists into the training set, so the
 * batch gradient is a real mean of per-example gradients: its noise is sampling noise.
 *
 * Modes:
 * - 'epoch'       reshuffle at the start of every epoch, then take consecutive slices (PyTorch's
 *                 shuffle=True). The last batch of an epoch is smaller when B does not divide N.
 * - 'once'        shuffle once before training, then reuse that order every epoch.
 * - 'none'        data order, every epoch (ordered data stays ordered).
 * - 'replacement' every example of every batch drawn uniformly with replacement; an "epoch" is
 *                 ⌈N/B⌉ batches.
 * B = N with 'epoch', 'once' or 'none' is full-batch gradient descent.
 */
import { shuffleInPlace, type Rng } from './rng';

/** How batches are drawn. */
export type ShuffleMode = 'epoch' | 'once' | 'none' | 'replacement';

/** Shuffle modes in display order. */
export const SHUFFLE_MODES: readonly ShuffleMode[] = ['epoch', 'once', 'none', 'replacement'];

/** Draws successive mini-batches of row indices. */
export class BatchSampler {
  private readonly order: Int32Array;
  private pos = 0;
  private epochIndex = 0;
  private batchInEpoch = 0;
  /** Number of batches per epoch, ⌈N/B⌉. */
  readonly batchesPerEpoch: number;

  constructor(
    readonly n: number,
    readonly batchSize: number,
    readonly mode: ShuffleMode,
    private readonly rng: Rng,
  ) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`dataset size must be a positive integer, got ${n}`);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > n) {
      throw new RangeError(`batch size must be an integer from 1 to ${n}, got ${batchSize}`);
    }
    this.order = new Int32Array(n);
    for (let i = 0; i < n; i++) this.order[i] = i;
    if (mode === 'epoch' || mode === 'once') shuffleInPlace(this.order, rng);
    this.batchesPerEpoch = Math.ceil(n / batchSize);
  }

  /** The epoch the next batch belongs to (0-based). */
  get epoch(): number {
    return this.epochIndex;
  }

  /** Writes the next batch's indices into `out` (length ≥ batchSize) and returns its size. */
  next(out: Int32Array): number {
    if (this.mode === 'replacement') {
      for (let k = 0; k < this.batchSize; k++) out[k] = this.rng.int(this.n);
      this.advanceEpochCounter();
      return this.batchSize;
    }
    const count = Math.min(this.batchSize, this.n - this.pos);
    for (let k = 0; k < count; k++) out[k] = this.order[this.pos + k];
    this.pos += count;
    if (this.pos >= this.n) {
      this.pos = 0;
      // One row has one order (and shuffling it draws nothing from the generator).
      if (this.mode === 'epoch' && this.n > 1) shuffleInPlace(this.order, this.rng);
    }
    this.advanceEpochCounter();
    return count;
  }

  private advanceEpochCounter(): void {
    this.batchInEpoch++;
    if (this.batchInEpoch >= this.batchesPerEpoch) {
      this.batchInEpoch = 0;
      this.epochIndex++;
    }
  }
}
