/**
 * A 2-D slice of a real network's loss (issue 15): θ(a, b) = θ₀ + a·d₁ + b·d₂, with the ball at
 * (a, b). Each example's term is the network's own loss on one real row, so mini-batches sample
 * real rows and the noise is the network's; the gradient is the exact projection
 * (d₁·∇θℓ, d₂·∇θℓ) of backprop's gradient, and the 2×2 Hessian [d₁ᵀHd₁, d₁ᵀHd₂, d₂ᵀHd₂] comes
 * from exact Hessian-vector products (../../nn). So optimizers, scoring, diagnostics and
 * explanations run on it unchanged: it is one more Landscape.
 *
 * Rows of `train` and `test` are [feature₁ … feature_k, target] (width k + 1); features enter
 * the network as stored (raw, or standardized by the caller with the training statistics), so
 * the slice's `norm` argument is unused and BatchNorm is not offered.
 */
import { exampleHvp, mlpScratch } from '../../nn/mlp';
import { factorRows, factoredRowLoss, outputLayer } from './factored';
import type { MlpShape } from '../../nn/shape';
import type { Order } from '../field';
import type { Box, Examples, Landmark, Landscape } from '../types';

/** What a slice is made of. */
export interface SliceParts {
  readonly shape: MlpShape;
  /** The centre θ₀ (a trained minimum, or an initialization). */
  readonly theta0: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  readonly train: Examples;
  readonly test: Examples;
  readonly domain: Box;
  readonly axes?: readonly [string, string];
  readonly landmarks?: readonly Landmark[];
}

/** Builds examples [features…, target] from a row-major feature matrix and targets. */
export function networkExamples(X: Float64Array, y: Float64Array, n: number, inputs: number): Examples {
  const width = inputs + 1;
  const data = new Float64Array(n * width);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < inputs; j++) data[r * width + j] = X[r * inputs + j];
    data[r * width + inputs] = y[r];
  }
  return { n, width, data };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * b[j];
  return s;
}

/** θ₀ + a·d₁ + b·d₂ into `out`. */
export function slicePoint(parts: Pick<SliceParts, 'theta0' | 'd1' | 'd2'>, a: number, b: number, out: Float64Array): Float64Array {
  const { theta0, d1, d2 } = parts;
  for (let j = 0; j < out.length; j++) out[j] = theta0[j] + a * d1[j] + b * d2[j];
  return out;
}

/** The slice as a Landscape (see file note). */
export function networkSlice(parts: SliceParts): Landscape {
  const { shape, d1, d2 } = parts;
  const p = parts.theta0.length;
  const theta = new Float64Array(p);
  const g = new Float64Array(p);
  const hv1 = new Float64Array(p);
  const hv2 = new Float64Array(p);
  const s = mlpScratch(shape);
  const k = shape.inputs;
  // The first layer factored once per table (./factored.ts; another table is factored on first use).
  const trainRows = factorRows(shape, parts.theta0, d1, d2, parts.train);
  const testRows = factorRows(shape, parts.theta0, d1, d2, parts.test);
  const layer = outputLayer(shape, theta, d1, d2);
  const others = new WeakMap<Examples, ReturnType<typeof factorRows>>();
  const otherRows = (ex: Examples) => {
    let found = others.get(ex);
    if (!found) others.set(ex, (found = factorRows(shape, parts.theta0, d1, d2, ex)));
    return found;
  };
  // θ is rebuilt only when the point moves (a mean over rows evaluates one point many times).
  let atA = NaN;
  let atB = NaN;
  const at = (a: number, b: number) => {
    if (a === atA && b === atB) return;
    slicePoint(parts, a, b, theta);
    atA = a;
    atB = b;
  };
  return {
    family: 'network',
    train: parts.train,
    test: parts.test,
    domain: parts.domain,
    axes: parts.axes ?? ['a (direction 1)', 'b (direction 2)'],
    baseNorm: null,
    batchNorm: null,
    landmarks: parts.landmarks ?? [],
    plane: { shape, theta0: parts.theta0, d1, d2 },
    term(ex: Examples, row: number, a: number, b: number, out: Float64Array, order: Order): number {
      at(a, b);
      const off = row * ex.width;
      const target = ex.data[off + k];
      const rows = ex === parts.train ? trainRows : ex === parts.test ? testRows : otherRows(ex);
      // Orders 0 and 1 (every training step and checkpoint): the factored forward pass, forward-mode tangents.
      if (order < 2) return factoredRowLoss(shape, rows, layer, row, a, b, target, order === 1, out, s);
      g.fill(0);
      hv1.fill(0);
      hv2.fill(0);
      const v = exampleHvp(shape, theta, ex.data, off, target, d1, hv1, g, s);
      exampleHvp(shape, theta, ex.data, off, target, d2, hv2, null, s);
      out[0] = dot(d1, g);
      out[1] = dot(d2, g);
      out[2] = dot(d1, hv1);
      out[3] = dot(d2, hv1);
      out[4] = dot(d2, hv2);
      return v;
    },
  };
}
