/**
 * From real rows to a playable slice: the network's shape, its centre θ₀ (a trained minimum, or
 * the seeded initialization for levels that start from scratch), the plane's two
 * filter-normalized directions (./directions.ts) and the slice Landscape (./slice.ts).
 *
 * The trained centre minimizes the training objective with a tiny weight decay,
 * mean loss + (λ₀/2)‖θ‖² with λ₀ = CENTRE_L2: cross-entropy on separable classes has no finite
 * minimum without it (../../nn/train.ts). So at θ₀ the data loss's own gradient is −λ₀θ₀ (of
 * order 1e-4·‖θ₀‖), not exactly zero; the stored centres are tested for both.
 */
import { createRng } from '../../rng';
import { neuronGroups, type Activation, type MlpShape, type NetTask } from '../../nn/shape';
import { initParams, trainToMinimum, type TrainResult } from '../../nn/train';
import type { Box, Landscape } from '../types';
import { slicePlane } from './directions';
import { networkExamples, networkSlice } from './slice';

/** Weight decay of the trained centre's objective (see file note). */
export const CENTRE_L2 = 1e-4;

/** Train and test rows of a data set, features as the network sees them (raw or standardized). */
export interface NetworkData {
  readonly task: NetTask;
  readonly inputs: number;
  /** Classes (classify) or 1 (regress). */
  readonly outputs: number;
  readonly trainX: Float64Array;
  readonly trainY: Float64Array;
  readonly nTrain: number;
  readonly testX: Float64Array;
  readonly testY: Float64Array;
  readonly nTest: number;
}

/** The network and the plane a level plays on. */
export interface NetworkSliceSpec {
  readonly hidden: number;
  readonly activation: Activation;
  /** 'trained': a minimum of the training objective; 'init': the seeded initialization. */
  readonly centre: 'trained' | 'init';
  /** Seeds the initialization (and so the trained minimum reached from it). */
  readonly initSeed: number;
  /** Seeds the two directions. */
  readonly directionSeed: number;
  /** The box drawn, in units of the filter-normalized directions ([-1, 1]² as Li et al.). */
  readonly extent?: number;
}

/** The network's shape for a data set. */
export function networkShape(data: Pick<NetworkData, 'inputs' | 'outputs' | 'task'>, spec: Pick<NetworkSliceSpec, 'hidden' | 'activation'>): MlpShape {
  return { inputs: data.inputs, hidden: spec.hidden, outputs: data.outputs, activation: spec.activation, task: data.task };
}

/** The centre θ₀: trained (deterministic), or the seeded initialization. */
export function networkCentre(data: NetworkData, spec: NetworkSliceSpec): { theta0: Float64Array; training: TrainResult | null } {
  const shape = networkShape(data, spec);
  if (spec.centre === 'init') return { theta0: initParams(shape, createRng(spec.initSeed)), training: null };
  const training = trainToMinimum(shape, data.trainX, data.trainY, data.nTrain, { seed: spec.initSeed, l2: CENTRE_L2, gradTol: 1e-6, maxIter: 20_000 });
  return { theta0: training.theta, training };
}

/** A built slice and what it was built from. */
export interface BuiltSlice {
  readonly land: Landscape;
  readonly shape: MlpShape;
  readonly theta0: Float64Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
}

/** The slice through θ₀ (given, e.g. a stored centre; or computed with networkCentre). */
export function buildNetworkSlice(data: NetworkData, spec: NetworkSliceSpec, theta0: Float64Array = networkCentre(data, spec).theta0): BuiltSlice {
  const shape = networkShape(data, spec);
  const [d1, d2] = slicePlane(theta0, neuronGroups(shape), createRng(spec.directionSeed));
  const e = spec.extent ?? 1;
  const domain: Box = { x: [-e, e], y: [-e, e] };
  const land = networkSlice({
    shape,
    theta0,
    d1,
    d2,
    train: networkExamples(data.trainX, data.trainY, data.nTrain, data.inputs),
    test: networkExamples(data.testX, data.testY, data.nTest, data.inputs),
    domain,
    landmarks: spec.centre === 'trained' ? [{ name: 'trained minimum θ₀', at: [0, 0], radius: 0.05 * e }] : [{ name: 'initialization θ₀', at: [0, 0], radius: 0 }],
  });
  return { land, shape, theta0, d1, d2 };
}
