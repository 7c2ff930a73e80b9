/**
 * The slice's per-row loss with its first layer factored out. The first layer is linear in the
 * slice's coordinates, so for each row its pre-activations are A(a, b) = P₀ + a·P₁ + b·P₂ with
 * Pₘ[r, h] = Σᵢ mW1[h, i]·x[r, i] + mb1[h] computed once per table (m = θ₀, d₁, d₂) — and P₁, P₂
 * are also the first layer's tangents along d₁ and d₂. A training step then costs two
 * multiply-adds per hidden unit in the first layer instead of `inputs` (plus none for its
 * tangents); the output layer's weights at the current point are formed once per point.
 * The same factoring as the GPU path (components/gpu/network-tf.ts); tested against engine/nn.
 */
import { activationSlope, firstLayerUnit, outputLoss, type MlpScratch } from '../../nn/mlp';
import type { MlpShape } from '../../nn/shape';
import type { Examples } from '../types';

/** P₀, P₁, P₂ of every row of one table (rows × hidden, row-major). */
export interface FactoredRows {
  readonly p0: Float64Array;
  readonly p1: Float64Array;
  readonly p2: Float64Array;
}

/**
 * Pₘ for one parameter vector m over `n` rows of `data` (row r's features at r·width): the first
 * layer's sums, rows × hidden. Shared with the GPU path (components/gpu/network-tf.ts).
 */
export function firstLayerRows(shape: MlpShape, m: Float64Array, data: ArrayLike<number>, width: number, n: number): Float64Array {
  const { inputs, hidden } = shape;
  const out = new Float64Array(n * hidden);
  for (let r = 0; r < n; r++) for (let h = 0; h < hidden; h++) out[r * hidden + h] = firstLayerUnit(inputs, hidden, m, h, data, r * width);
  return out;
}

/** The factored first layer of a table for the plane (θ₀, d₁, d₂). */
export function factorRows(shape: MlpShape, theta0: Float64Array, d1: Float64Array, d2: Float64Array, ex: Examples): FactoredRows {
  const rows = (m: Float64Array) => firstLayerRows(shape, m, ex.data, ex.width, ex.n);
  return { p0: rows(theta0), p1: rows(d1), p2: rows(d2) };
}

/** The output layer at the current point θ(a, b): W2 (outputs × hidden) and b2, plus its tangents along d₁ and d₂. */
export interface OutputLayer {
  readonly w2: Float64Array;
  readonly b2: Float64Array;
  readonly dw2a: Float64Array;
  readonly db2a: Float64Array;
  readonly dw2b: Float64Array;
  readonly db2b: Float64Array;
}

/** The output layer's slices of θ, d₁ and d₂ (views: θ's is refreshed as the point moves). */
export function outputLayer(shape: MlpShape, theta: Float64Array, d1: Float64Array, d2: Float64Array): OutputLayer {
  const { inputs, hidden, outputs } = shape;
  const w2 = hidden * inputs + hidden;
  const b2 = w2 + outputs * hidden;
  const end = b2 + outputs;
  return {
    w2: theta.subarray(w2, b2),
    b2: theta.subarray(b2, end),
    dw2a: d1.subarray(w2, b2),
    db2a: d1.subarray(b2, end),
    dw2b: d2.subarray(w2, b2),
    db2b: d2.subarray(b2, end),
  };
}

/**
 * Loss of row `row` at (a, b); with `grad`, writes ∂ℓ/∂a, ∂ℓ/∂b into out[0], out[1] (forward
 * mode: the tangents of the hidden layer are σ′·P₁ and σ′·P₂).
 */
export function factoredRowLoss(shape: MlpShape, rows: FactoredRows, layer: OutputLayer, row: number, a: number, b: number, target: number, grad: boolean, out: Float64Array, s: MlpScratch): number {
  const { hidden, outputs } = shape;
  const relu = shape.activation === 'relu';
  const base = row * hidden;
  for (let h = 0; h < hidden; h++) {
    const pre = rows.p0[base + h] + a * rows.p1[base + h] + b * rows.p2[base + h];
    s.pre[h] = pre;
    s.act[h] = relu ? (pre > 0 ? pre : 0) : Math.tanh(pre);
  }
  for (let k = 0; k < outputs; k++) {
    let o = layer.b2[k];
    for (let h = 0; h < hidden; h++) o += layer.w2[k * hidden + h] * s.act[h];
    s.out[k] = o;
  }
  const loss = outputLoss(shape, target, s);
  if (!grad) return loss;
  let ga = 0;
  let gb = 0;
  for (let h = 0; h < hidden; h++) {
    const sl = activationSlope(relu, s.pre[h], s.act[h]);
    s.rAct[h] = sl * rows.p1[base + h];
    s.rPre[h] = sl * rows.p2[base + h]; // reused as the tangent along d₂
  }
  for (let k = 0; k < outputs; k++) {
    let oa = layer.db2a[k];
    let ob = layer.db2b[k];
    for (let h = 0; h < hidden; h++) {
      const w = layer.w2[k * hidden + h];
      oa += layer.dw2a[k * hidden + h] * s.act[h] + w * s.rAct[h];
      ob += layer.dw2b[k * hidden + h] * s.act[h] + w * s.rPre[h];
    }
    ga += s.dOut[k] * oa;
    gb += s.dOut[k] * ob;
  }
  out[0] = ga;
  out[1] = gb;
  return loss;
}
