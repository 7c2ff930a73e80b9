/**
 * The objective: the mean of per-example terms over a set of rows (a mini-batch, or a whole
 * split), with exact gradient and Hessian. Regularization is added by the caller (simulate),
 * because L1 is applied as a proximal step rather than through the gradient.
 */
import type { Order } from './field';
import type { Examples, Landscape, NormStats } from './types';

const scratch = new Float64Array(5);
const unused = new Float64Array(5);

/** What to average over, and what to compute: see meanLoss. */
export interface LossQuery {
  /** The table of examples: `land.train` or `land.test`. */
  readonly ex: Examples;
  /** Average over rows rows[0..count) of `ex` (a mini-batch); omitted or null: every row. */
  readonly rows?: Int32Array | null;
  /** How many entries of `rows` to use (default: all of them). */
  readonly count?: number;
  /** 0: loss only (default); 1: and the gradient; 2: and the Hessian. */
  readonly order?: Order;
  /** Feature normalization in force (see NormStats); null for terrain families. Required, so no caller forgets a data family's baseNorm. */
  readonly norm: NormStats | null;
  /** Receives the mean gradient in out[0..1] (order ≥ 1) and Hessian [xx, xy, yy] in out[2..4] (order 2). */
  readonly out?: Float64Array;
}

/**
 * Mean loss over the query's rows at w = (x, y), with derivatives into `q.out` as `q.order` asks.
 * Allocation-free: safe in the inner loop (hot callers keep one query object and update it).
 */
export function meanLoss(land: Landscape, x: number, y: number, q: LossQuery): number {
  const { ex, norm } = q;
  const idx = q.rows ?? null;
  const order = q.order ?? 0;
  const out = q.out ?? unused;
  const n = idx ? (q.count ?? idx.length) : ex.n;
  let v = 0;
  let gx = 0;
  let gy = 0;
  let hxx = 0;
  let hxy = 0;
  let hyy = 0;
  for (let k = 0; k < n; k++) {
    v += land.term(ex, idx ? idx[k] : k, x, y, scratch, order, norm);
    if (order >= 1) {
      gx += scratch[0];
      gy += scratch[1];
      if (order === 2) {
        hxx += scratch[2];
        hxy += scratch[3];
        hyy += scratch[4];
      }
    }
  }
  const inv = 1 / n;
  if (order >= 1) {
    out[0] = gx * inv;
    out[1] = gy * inv;
    if (order === 2) {
      out[2] = hxx * inv;
      out[3] = hxy * inv;
      out[4] = hyy * inv;
    }
  }
  return v * inv;
}

/** Which examples: the training set or the held-out test set. */
export type Split = 'train' | 'test';

/** Loss, gradient and Hessian of a split at a point, as plain numbers (for diagnostics and UI). */
export interface PointEval {
  readonly loss: number;
  readonly grad: readonly [number, number];
  readonly hessian: readonly [number, number, number];
}

/** Evaluates a whole split at w with the landscape's evaluation normalization (allocates; not for hot loops). */
export function evalSplit(land: Landscape, split: Split, x: number, y: number, norm: NormStats | null = land.baseNorm): PointEval {
  const out = new Float64Array(5);
  const loss = meanLoss(land, x, y, { ex: split === 'train' ? land.train : land.test, order: 2, norm, out });
  return { loss, grad: [out[0], out[1]], hessian: [out[2], out[3], out[4]] };
}
