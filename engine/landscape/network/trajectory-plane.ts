/**
 * "Train every weight, watch the projection" (issue 15, after Li et al. 2018, §7): the network
 * trains all of θ on mini-batches of real rows (SGD with momentum), its path is recorded, and the
 * plane of the path's two main directions — the top principal components of θ_t − θ_end — is
 * where the path and the loss are drawn. The plane is the path's own, so the picture is a
 * projection: `explained` says what share of the path's variance it keeps.
 */
import { createRng } from '../../rng';
import { BatchSampler } from '../../sampler';
import { exampleLossGrad, mlpScratch } from '../../nn/mlp';
import { fullLoss } from '../../nn/train';
import type { MlpShape } from '../../nn/shape';
import type { NetworkData } from './build';
import { symmetricEigen } from '../../symmetric-eigen';

/** How the whole network is trained. */
export interface FullTraining {
  readonly lr: number;
  /** Heavy-ball momentum μ (0: plain SGD); buf ← μ·buf + g, θ ← θ − lr·buf. */
  readonly momentum: number;
  readonly batchSize: number;
  readonly steps: number;
  readonly seed: number;
  /** Record θ every this many steps (and at the last step). */
  readonly every: number;
}

/** A recorded training path: `count` snapshots of θ (row-major, count × p) and their steps. */
export interface WeightPath {
  readonly p: number;
  readonly count: number;
  readonly thetas: Float64Array;
  readonly steps: Int32Array;
}

/** Trains every weight of the network from θ₀ (see file note); deterministic for a seed. */
export function trainEveryWeight(shape: MlpShape, data: NetworkData, theta0: Float64Array, o: FullTraining): WeightPath {
  const p = theta0.length;
  const theta = Float64Array.from(theta0);
  const buf = new Float64Array(p);
  const g = new Float64Array(p);
  const s = mlpScratch(shape);
  const sampler = new BatchSampler(data.nTrain, Math.min(o.batchSize, data.nTrain), 'epoch', createRng(o.seed));
  const batch = new Int32Array(sampler.batchSize);
  const kept: number[] = [0];
  const snaps: Float64Array[] = [Float64Array.from(theta)];
  for (let t = 1; t <= o.steps; t++) {
    const count = sampler.next(batch);
    g.fill(0);
    for (let k = 0; k < count; k++) {
      const r = batch[k];
      exampleLossGrad(shape, theta, data.trainX, r * data.inputs, data.trainY[r], g, s);
    }
    for (let j = 0; j < p; j++) {
      buf[j] = o.momentum * buf[j] + g[j] / count;
      theta[j] -= o.lr * buf[j];
    }
    if (t % o.every === 0 || t === o.steps) {
      kept.push(t);
      snaps.push(Float64Array.from(theta));
    }
  }
  const thetas = new Float64Array(snaps.length * p);
  snaps.forEach((v, i) => thetas.set(v, i * p));
  return { p, count: snaps.length, thetas, steps: Int32Array.from(kept) };
}

/** The plane of a path: its end, two orthonormal directions, each snapshot's coordinates, and the variance kept. */
export interface PathPlane {
  readonly centre: Float64Array;
  readonly e1: Float64Array;
  readonly e2: Float64Array;
  /** Share of the path's variance (about its end) along e1 and e2. */
  readonly explained: readonly [number, number];
  /** (α, β) of each snapshot, flat [α0, β0, α1, β1, …]. */
  readonly coords: Float64Array;
}

const dot = (a: Float64Array, b: Float64Array): number => a.reduce((s, v, j) => s + v * b[j], 0);

/**
 * `v` made a unit vector orthogonal to the unit vector `u`. When the path is (numerically) a
 * straight line, its second direction comes from a Gram eigenvalue at rounding level: noise,
 * not orthogonal to the first (e1·e2 ≈ −0.995 measured on a synthetic line). Then any unit
 * vector orthogonal to e1 is as good: the coordinate axis e1 leans on least, made orthogonal.
 */
function orthogonalTo(v: Float64Array, u: Float64Array): Float64Array {
  const minus = (w: Float64Array): Float64Array | null => {
    const along = dot(w, u);
    const r = w.map((x, j) => x - along * u[j]);
    const norm = Math.hypot(...r);
    return norm > 1e-6 ? r.map((x) => x / norm) : null;
  };
  let k = 0;
  for (let j = 1; j < u.length; j++) if (Math.abs(u[j]) < Math.abs(u[k])) k = j;
  const axis = new Float64Array(u.length);
  axis[k] = 1;
  return minus(v) ?? minus(axis) ?? axis;
}

/**
 * The plane of the path's top two principal directions about its end. PCA runs on the small
 * Gram matrix of the snapshots (count × count), so its cost does not grow with the weights.
 */
export function pathPlane(path: WeightPath): PathPlane {
  const { p, count, thetas } = path;
  const centre = thetas.slice((count - 1) * p, count * p);
  const dev = new Float64Array(count * p);
  for (let i = 0; i < count; i++) for (let j = 0; j < p; j++) dev[i * p + j] = thetas[i * p + j] - centre[j];
  const gram = new Float64Array(count * count);
  for (let i = 0; i < count; i++) {
    for (let k = i; k < count; k++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += dev[i * p + j] * dev[k * p + j];
      gram[i * count + k] = s;
      gram[k * count + i] = s;
    }
  }
  const { values, vectors } = symmetricEigen(gram, count);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]);
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  // A principal direction in θ-space is Devᵀu / √λ for a Gram eigenvector u with eigenvalue λ.
  const direction = (rank: number): Float64Array => {
    const idx = order[rank];
    const lambda = values[idx];
    const e = new Float64Array(p);
    if (!(lambda > 0)) return e;
    for (let i = 0; i < count; i++) {
      const u = vectors[i * count + idx];
      for (let j = 0; j < p; j++) e[j] += dev[i * p + j] * u;
    }
    const norm = Math.hypot(...e);
    for (let j = 0; j < p; j++) e[j] /= norm;
    return e;
  };
  const e1 = direction(0);
  const e2 = orthogonalTo(direction(1), e1);
  const coords = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    let a = 0;
    let b = 0;
    for (let j = 0; j < p; j++) {
      a += dev[i * p + j] * e1[j];
      b += dev[i * p + j] * e2[j];
    }
    coords[2 * i] = a;
    coords[2 * i + 1] = b;
  }
  const share = (rank: number) => (total > 0 ? Math.max(0, values[order[rank]]) / total : 0);
  return { centre, e1, e2, explained: [share(0), share(1)], coords };
}

/** The full training loss on the plane: res × res points over box, row-major in β. */
export function planeLossGrid(shape: MlpShape, data: NetworkData, plane: PathPlane, res: number, box: { x: readonly [number, number]; y: readonly [number, number] }): Float64Array {
  const theta = new Float64Array(plane.centre.length);
  const out = new Float64Array(res * res);
  for (let j = 0; j < res; j++) {
    const b = box.y[0] + ((box.y[1] - box.y[0]) * j) / (res - 1);
    for (let i = 0; i < res; i++) {
      const a = box.x[0] + ((box.x[1] - box.x[0]) * i) / (res - 1);
      for (let k = 0; k < theta.length; k++) theta[k] = plane.centre[k] + a * plane.e1[k] + b * plane.e2[k];
      out[j * res + i] = fullLoss(shape, theta, data.trainX, data.trainY, data.nTrain, null);
    }
  }
  return out;
}
