/**
 * Data families: landscapes whose examples are rows of a real (synthetic) dataset rather than
 * shifted copies of a terrain. Each row is [feature1, feature2, target]; the two parameters are
 * the weights of a linear model on the (optionally normalized) features.
 */
import type { Order } from './field';
import { IDENTITY_NORM, type BatchNormSupport, type Examples, type NormStats } from './types';
import { sigmoid, softplus } from './fields';
import type { Rng } from '../rng';

/** Row width of every data family: two features and a target. */
export const ROW = 3;

/** A fresh copy of IDENTITY_NORM (no normalization; layout: see NormStats). */
export function identityNorm(): NormStats {
  return Float64Array.from(IDENTITY_NORM);
}

function table(n: number, fill: (r: number, row: Float64Array) => void): Examples {
  const data = new Float64Array(n * ROW);
  const row = new Float64Array(ROW);
  for (let r = 0; r < n; r++) {
    fill(r, row);
    data.set(row, r * ROW);
  }
  return { n, width: ROW, data };
}

/**
 * People with an age (18–65 years) and a salary (correlated with age, around 60 000) and a
 * target linear in both: t = 0.1·age + 5e-5·salary + noise. On raw features the loss surface
 * is stretched by the salary's scale (Hessian eigenvalues ~1e3 vs ~4e9).
 */
export function ageSalaryRows(n: number, rng: Rng): Examples {
  return table(n, (_r, row) => {
    const age = 18 + 47 * rng.next();
    const salary = Math.max(1000, 20_000 + 1_200 * (age - 18) + 15_000 * rng.normal());
    row[0] = age;
    row[1] = salary;
    row[2] = 0.1 * age + 5e-5 * salary + 0.5 * rng.normal();
  });
}

/**
 * A sparse feature: x1 is dense (≈ 1 ± 0.3 in every row), x2 is 1 in a fraction `rare` of the
 * rows and 0 elsewhere; t = 1·x1 + 2·x2 + noise. The rare weight's gradient is usually zero.
 */
export function sparseRows(n: number, rare: number, rng: Rng): Examples {
  return table(n, (_r, row) => {
    row[0] = 1 + 0.3 * rng.normal();
    row[1] = rng.next() < rare ? 1 : 0;
    row[2] = row[0] + 2 * row[1] + 0.1 * rng.normal();
  });
}

/**
 * Two classes stored in class order: the first half "cats" (label 1, feature2 ≈ +1), the second
 * half "dogs" (label 0, feature2 ≈ −1, heavily overlapping); feature1 acts like a bias input,
 * ≈ 1 for cats and ≈ 0.4 for dogs, so the two pulls differ in size and direction.
 * Trained in stored order without shuffling, the weights swing toward cats, then dogs.
 */
export function catsDogsRows(n: number, ordered: boolean, rng: Rng): Examples {
  const half = Math.floor(n / 2);
  return table(n, (r, row) => {
    const cat = ordered ? r < half : rng.next() < 0.5;
    row[0] = (cat ? 1 : 0.4) + 0.2 * rng.normal();
    row[1] = (cat ? 1 : -1) + 1.2 * rng.normal();
    row[2] = cat ? 1 : 0;
  });
}

/** Mean of column `col` and 1/√(var + eps) (biased variance) over rows idx[0..count) or all rows. */
function columnStats(ex: Examples, idx: Int32Array | null, count: number, col: number, eps: number): [number, number] {
  const n = idx ? count : ex.n;
  let mean = 0;
  for (let k = 0; k < n; k++) mean += ex.data[(idx ? idx[k] : k) * ex.width + col];
  mean /= n;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = ex.data[(idx ? idx[k] : k) * ex.width + col] - mean;
    v += d * d;
  }
  v /= n;
  // A constant column (e.g. a one-row training set, z-scored with eps = 0) would give 1/0 and then
  // 0·∞ = NaN features; it is centred and left unscaled instead.
  const d = v + eps;
  return [mean, d > 0 ? 1 / Math.sqrt(d) : 1];
}

/** z-score statistics of both features over a whole table, with the target mean as output offset. */
export function populationNorm(ex: Examples, eps = 0): NormStats {
  const [m1, s1] = columnStats(ex, null, 0, 0, eps);
  const [m2, s2] = columnStats(ex, null, 0, 1, eps);
  let t = 0;
  for (let r = 0; r < ex.n; r++) t += ex.data[r * ex.width + 2];
  return Float64Array.of(m1, m2, s1, s2, t / ex.n);
}

/** BatchNorm on the two input features (γ is the weight itself, β folded into the fixed output offset). */
export function featureBatchNorm(eps: number): BatchNormSupport {
  return {
    eps,
    batchStats(ex, idx, count, out) {
      const [m1, s1] = columnStats(ex, idx, count, 0, eps);
      const [m2, s2] = columnStats(ex, idx, count, 1, eps);
      out[0] = m1;
      out[1] = m2;
      out[2] = s1;
      out[3] = s2;
      // out[4] (output offset) is a property of the model, not of the batch: left as it is.
    },
  };
}

/** Squared error ½(w·z + offset − t)² of one row, z the normalized features. */
export function squaredErrorTerm(ex: Examples, r: number, x: number, y: number, out: Float64Array, order: Order, norm: NormStats): number {
  const o = r * ex.width;
  const z1 = (ex.data[o] - norm[0]) * norm[2];
  const z2 = (ex.data[o + 1] - norm[1]) * norm[3];
  const e = x * z1 + y * z2 + norm[4] - ex.data[o + 2];
  if (order >= 1) {
    out[0] = e * z1;
    out[1] = e * z2;
  }
  if (order === 2) {
    out[2] = z1 * z1;
    out[3] = z1 * z2;
    out[4] = z2 * z2;
  }
  return 0.5 * e * e;
}

/** Binary cross-entropy of a logistic model p = σ(w·f), label in {0, 1}. */
export function logisticTerm(ex: Examples, r: number, x: number, y: number, out: Float64Array, order: Order): number {
  const o = r * ex.width;
  const f1 = ex.data[o];
  const f2 = ex.data[o + 1];
  const label = ex.data[o + 2];
  const z = x * f1 + y * f2;
  if (order >= 1) {
    const p = sigmoid(z);
    out[0] = (p - label) * f1;
    out[1] = (p - label) * f2;
    if (order === 2) {
      const c = p * (1 - p);
      out[2] = c * f1 * f1;
      out[3] = c * f1 * f2;
      out[4] = c * f2 * f2;
    }
  }
  return softplus(z) - label * z;
}
