/**
 * Per-example losses of every family as TF.js ops over a block of grid points × a set of examples,
 * reduced to the mean over examples. The same math as the engine's per-example terms:
 *
 *   terrain families   ℓ_i(w) = f(w − δ_i)            f from the family's terrain-language source
 *   regression/sparse  ℓ_i(w) = ½(w·z_i + c_i)²        z_i the normalized features, c_i = offset − t_i
 *   cats-dogs          ℓ_i(w) = softplus(w·f_i) − label_i·(w·f_i)
 *
 * Shapes: a block of G grid points is X, Y [G,1]; examples are rows [1,N] (one per feature,
 * shift or target), so every op broadcasts [G,1] against [1,N] to [G,N] — no loop over examples
 * in JS. Each function returns the mean over examples, [G]; call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Examples, NormStats } from '@/engine';
import type { TerrainTf } from './terrain-tf';

/** Mean over examples of f(X − δx, Y − δy): X, Y [G,1]; dx, dy [1,N] → [G]. */
export function meanShiftedTerrain(f: TerrainTf, X: tf.Tensor2D, Y: tf.Tensor2D, dx: tf.Tensor2D, dy: tf.Tensor2D): tf.Tensor1D {
  const xs = tf.sub(X, dx);
  const ys = tf.sub(Y, dy);
  const v = f(xs, ys);
  xs.dispose();
  ys.dispose();
  const m = tf.mean(v, 1) as tf.Tensor1D;
  v.dispose();
  return m;
}

/**
 * Mean over examples of ½(w·z + c)²: X, Y [G,1]; z1, z2, c [1,N] → [G].
 * w·z is the product of the grid [G,2] with the features [2,N], written as two broadcast
 * products rather than tf.matMul: with an inner dimension of 2, matMul measured up to 3× slower
 * (WebGPU on SwiftShader) and never faster (WebGL, WASM) than the broadcast form.
 */
export function meanSquaredError(X: tf.Tensor2D, Y: tf.Tensor2D, z1: tf.Tensor2D, z2: tf.Tensor2D, c: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const e = tf.add(tf.add(tf.mul(X, z1), tf.mul(Y, z2)), c);
    return tf.mul(tf.mean(tf.square(e), 1), 0.5) as tf.Tensor1D;
  });
}

/** Mean over examples of the logistic BCE softplus(z) − label·z, z = w·f: X, Y [G,1]; f1, f2, label [1,N] → [G]. */
export function meanLogistic(X: tf.Tensor2D, Y: tf.Tensor2D, f1: tf.Tensor2D, f2: tf.Tensor2D, label: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const z = tf.add(tf.mul(X, f1), tf.mul(Y, f2));
    return tf.mean(tf.sub(tf.softplus(z), tf.mul(label, z)), 1) as tf.Tensor1D;
  });
}

/** Host-side example rows (float64), each [1,N], uploaded as float32. */
export type ExampleRows = readonly Float64Array[];

/** Shifts δ_i of a terrain family: rows [δx], [δy]. */
export function shiftRows(ex: Examples): ExampleRows {
  const dx = new Float64Array(ex.n);
  const dy = new Float64Array(ex.n);
  for (let r = 0; r < ex.n; r++) {
    dx[r] = ex.data[r * ex.width];
    dy[r] = ex.data[r * ex.width + 1];
  }
  return [dx, dy];
}

/**
 * Normalized features z = (f − mean)·invStd and c = offset − t from rows [f1, f2, t] and
 * norm = [mean1, mean2, invStd1, invStd2, offset], as squaredErrorTerm (in float64): [z1], [z2], [c].
 */
export function squaredErrorRows(ex: Examples, norm: NormStats): ExampleRows {
  const z1 = new Float64Array(ex.n);
  const z2 = new Float64Array(ex.n);
  const c = new Float64Array(ex.n);
  for (let r = 0; r < ex.n; r++) {
    const o = r * ex.width;
    z1[r] = (ex.data[o] - norm[0]) * norm[2];
    z2[r] = (ex.data[o + 1] - norm[1]) * norm[3];
    c[r] = norm[4] - ex.data[o + 2];
  }
  return [z1, z2, c];
}

/** Raw features and labels of a logistic family's rows [f1, f2, label]: [f1], [f2], [label]. */
export function logisticRows(ex: Examples): ExampleRows {
  const f1 = new Float64Array(ex.n);
  const f2 = new Float64Array(ex.n);
  const label = new Float64Array(ex.n);
  for (let r = 0; r < ex.n; r++) {
    const o = r * ex.width;
    f1[r] = ex.data[o];
    f2[r] = ex.data[o + 1];
    label[r] = ex.data[o + 2];
  }
  return [f1, f2, label];
}
