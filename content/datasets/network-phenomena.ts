/**
 * Phenomena measured on real networks (issue 15), in the format of the engine's table
 * (engine/phenomena/table.ts) but asynchronous: the data sets load from their package first.
 * `npm run phenomena` prints them after the engine's rows; network-phenomena.test.ts asserts them.
 *
 * - the curvature of the penguins classifier's slice at its trained centre (a minimum: both
 *   eigenvalues of the slice Hessian positive);
 * - raw versus standardized features on the cars regression: with raw horsepower and weight
 *   every tanh unit saturates, the loss stays near the variance of mpg and the slice Hessian's
 *   condition number is astronomically large;
 * - small versus large batches on the penguins slice: where each ends after the whole budget —
 *   the noise floor of real rows, the ε-sharpness and the test − train gap there.
 */
import type { PhenomenonRow } from '@/engine/phenomena/table';
import { buildNetworkSlice, networkCentre, networkShape, type BuiltSlice } from '@/engine/landscape/network/build';
import { evalSplit } from '@/engine/landscape/objective';
import { keskarSharpness } from '@/engine/diagnostics/sharpness';
import { defineLevel } from '@/engine/level/define';
import { simulate } from '@/engine/simulate';
import { DEFAULT_SETTINGS } from '@/engine/settings';
import type { NetworkData } from '@/engine/landscape/network/build';
import { pathPlane, trainEveryWeight } from '@/engine/landscape/network/trajectory-plane';
import { fullLoss } from '@/engine/nn/train';
import { storedCentre } from './centres';
import { loadNetworkData, networkConfig } from './networks';

/** A phenomenon on a real network: its id and its (asynchronous) measurement. */
export interface NetworkPhenomenon {
  readonly id: string;
  readonly measure: () => Promise<PhenomenonRow>;
}

/** The lesson these rows belong to (the real-network lesson, after the nine of today). */
const LESSON = 10;
const r3 = (v: number) => Number(v.toPrecision(3));

/** The slice of a stored network through its trained centre (direction seed 1, as the lesson's levels). */
async function sliceOf(id: string): Promise<BuiltSlice & { data: NetworkData }> {
  const c = networkConfig(id);
  const data = await loadNetworkData(c);
  return { ...buildNetworkSlice(data, { hidden: c.hidden, activation: c.activation, centre: 'trained', initSeed: c.initSeed, directionSeed: 1 }, storedCentre(id)), data };
}

/** Eigenvalues (largest first) of the symmetric 2×2 [xx, xy, yy]. */
export function eigen2([a, b, d]: readonly [number, number, number]): [number, number] {
  const half = (a + d) / 2;
  const disc = Math.hypot((a - d) / 2, b);
  return [half + disc, half - disc];
}

/** Share of hidden pre-activations beyond |a| > 3 (tanh within 0.5 % of ±1) over the training rows. */
export function saturatedShare(slice: BuiltSlice & { data: NetworkData }): number {
  const { theta0, shape, data } = slice;
  const { inputs, hidden } = shape;
  let saturated = 0;
  for (let r = 0; r < data.nTrain; r++) {
    for (let h = 0; h < hidden; h++) {
      let a = theta0[hidden * inputs + h];
      for (let i = 0; i < inputs; i++) a += theta0[h * inputs + i] * data.trainX[r * inputs + i];
      if (Math.abs(a) > 3) saturated++;
    }
  }
  return saturated / (hidden * data.nTrain);
}

/** Where SGD with batch size B and rate lr ends on the penguins slice, over `seeds` runs of the whole budget. */
export async function penguinBatchEnds(b: number, lr: number, seeds = 8) {
  const slice = await sliceOf('penguins-std-8tanh');
  const { land } = slice;
  // A goal never met: every run uses its whole budget, so its end shows where the noise leaves it.
  const level = defineLevel({ landscape: { family: 'ravine', params: {} }, start: [0.9, -0.8], goal: { kind: 'loss', split: 'train', below: -1e9 }, budget: 1000 });
  const settings = { ...DEFAULT_SETTINGS, optimizer: 'sgd' as const, lr, batchSize: b, shuffle: 'epoch' as const };
  const ends: { x: number; y: number; train: number; gap: number; sharpness: number }[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const t = simulate(level, settings, seed, { landscape: land });
    const x = t.x[t.steps];
    const y = t.y[t.steps];
    const train = evalSplit(land, 'train', x, y, null).loss;
    ends.push({ x, y, train, gap: evalSplit(land, 'test', x, y, null).loss - train, sharpness: keskarSharpness(land, x, y, 0.05, { norm: null }) });
  }
  const mean = (f: (e: (typeof ends)[number]) => number) => ends.reduce((s, e) => s + f(e), 0) / ends.length;
  return { distance: mean((e) => Math.hypot(e.x, e.y)), train: mean((e) => e.train), gap: mean((e) => e.gap), sharpness: mean((e) => e.sharpness) };
}

/** Every real-network phenomenon. */
export const NETWORK_PHENOMENA: readonly NetworkPhenomenon[] = [
  {
    id: 'network-training-plane',
    measure: async () => {
      // All 67 weights of the penguins network trained from its initialization (SGD with
      // momentum, batches of 32 real rows): how much of the path two directions hold.
      const c = networkConfig('penguins-std-8tanh');
      const data = await loadNetworkData(c);
      const spec = { hidden: c.hidden, activation: c.activation, centre: 'init' as const, initSeed: c.initSeed, directionSeed: 0 };
      const shape = networkShape(data, spec);
      const { theta0 } = networkCentre(data, spec);
      const path = trainEveryWeight(shape, data, theta0, { lr: 0.1, momentum: 0.9, batchSize: 32, steps: 1000, seed: 3, every: 10 });
      const plane = pathPlane(path);
      const loss = (t: Float64Array) => fullLoss(shape, t, data.trainX, data.trainY, data.nTrain, null);
      const kept = plane.explained[0] + plane.explained[1];
      return {
        lesson: LESSON,
        name: 'penguins network, every weight trained (lr 0.1, μ 0.9, B 32, 1000 steps): the path’s top two principal directions',
        measured: { pc1: r3(plane.explained[0]), pc2: r3(plane.explained[1]), kept: r3(kept), lossStart: r3(loss(theta0)), lossEnd: r3(loss(plane.centre)) },
        expect: 'kept > 0.9 (a 67-dimensional path lies close to a plane, as Li et al. report), lossEnd < lossStart / 10',
        pass: kept > 0.9 && loss(plane.centre) < loss(theta0) / 10,
      };
    },
  },
  {
    id: 'network-centre-curvature',
    measure: async () => {
      const slice = await sliceOf('penguins-std-8tanh');
      const at = evalSplit(slice.land, 'train', 0, 0, null);
      const [hi, lo] = eigen2(at.hessian);
      return {
        lesson: LESSON,
        name: 'penguins classifier (4 → 8 tanh → 3): the slice Hessian at the trained centre θ₀',
        measured: { loss: r3(at.loss), gradNorm: r3(Math.hypot(...at.grad)), lambdaMax: r3(hi), lambdaMin: r3(lo), condition: r3(hi / lo) },
        expect: 'lambdaMin > 0 (a minimum along the slice), gradNorm < 0.01',
        pass: lo > 0 && Math.hypot(...at.grad) < 0.01,
      };
    },
  },
  {
    id: 'network-standardization',
    measure: async () => {
      const raw = await sliceOf('cars-raw-8tanh');
      const std = await sliceOf('cars-std-8tanh');
      const stats = (s: typeof raw) => {
        const at = evalSplit(s.land, 'train', 0, 0, null);
        const [hi, lo] = eigen2(at.hessian);
        return { loss: at.loss, condition: hi / Math.max(lo, Number.MIN_VALUE), saturated: saturatedShare(s) };
      };
      const r = stats(raw);
      const s = stats(std);
      return {
        lesson: LESSON,
        name: 'cars regression (mpg from horsepower and weight, 8 tanh units): raw versus standardized features',
        measured: { lossRaw: r3(r.loss), lossStd: r3(s.loss), conditionRaw: r3(r.condition), conditionStd: r3(s.condition), saturatedRaw: r3(r.saturated), saturatedStd: r3(s.saturated) },
        expect: 'lossRaw > 3 × lossStd, conditionRaw > 1000 × conditionStd, saturatedRaw > 0.95',
        pass: r.loss > 3 * s.loss && r.condition > 1000 * s.condition && r.saturated > 0.95,
      };
    },
  },
  {
    id: 'network-batch-size',
    measure: async () => {
      // Each batch size at the rate the lesson's level rewards it with: small batches need a small rate.
      const small = await penguinBatchEnds(4, 0.1);
      const large = await penguinBatchEnds(274, 1);
      return {
        lesson: LESSON,
        // The name and the lesson's prose keep the rates to themselves: they are the level's answer.
        name: 'penguins slice, SGD for 1000 steps: batches of 4 versus the full batch (274 rows), each at a rate that suits it, ends over 8 seeds',
        measured: {
          distanceB4: r3(small.distance),
          distanceFull: r3(large.distance),
          trainB4: r3(small.train),
          trainFull: r3(large.train),
          gapB4: r3(small.gap),
          gapFull: r3(large.gap),
          sharpnessB4: r3(small.sharpness),
          sharpnessFull: r3(large.sharpness),
        },
        expect: 'trainB4 > trainFull (the noise floor of real rows); sharpness and gap reported as measured',
        pass: small.train > large.train,
      };
    },
  },
];
