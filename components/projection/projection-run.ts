/**
 * One "train every weight, watch the projection" run (issue 15 item 4; Li et al. 2018, §7), as
 * plain data: from the network's seeded initialization, SGD with momentum moves every weight on
 * mini-batches of real rows; the path's own plane (its top two principal directions about the
 * end) is found; the train loss is evaluated on a grid over a box that holds the projected path
 * with a margin. Also the true train loss along the path and the loss on the plane under each
 * drawn point: where they differ, the picture is hiding something. Pure (no React, no DOM), so
 * it runs in a worker (./projection.worker.ts) and in tests; the result is structured-clonable.
 */
import type { NetworkConfig } from '@/content/datasets/networks';
import { networkCentre, networkShape, type NetworkData } from '@/engine/landscape/network/build';
import { pathPlane, planeLossGrid, trainEveryWeight } from '@/engine/landscape/network/trajectory-plane';
import { fullLoss } from '@/engine/nn/train';
import { parseProjectionOptions, type ProjectionOptions } from './options';

/** At most this many recorded points of the path (PCA, the drawn line and the loss chart use them). */
export const PROJECTION_PATH_POINTS = 150;

/** Share of the path's extent added around it on each side of the map. */
const MARGIN = 0.2;
/** The narrower axis of the box spans at least this share of the wider one (a flat path still gets a map). */
const MIN_ASPECT = 0.25;

/** What a run stage is doing (for a status line). */
export type ProjectionPhase = 'training' | 'plane' | 'grid';

/** A run's result (see file note): numbers, strings and typed arrays only. */
export interface ProjectionResult {
  readonly networkId: string;
  /** Number of weights trained. */
  readonly weights: number;
  readonly rows: number;
  readonly options: ProjectionOptions;
  /** Step of each recorded point (0 … options.steps). */
  readonly steps: Int32Array;
  /** Each recorded point projected on the plane, flat [α0, β0, α1, β1, …]; the end is (0, 0). */
  readonly path: Float64Array;
  /** The network's full train loss at each recorded point. */
  readonly loss: Float64Array;
  /** The train loss on the plane at each drawn point (centre + α·e1 + β·e2). */
  readonly planeLoss: Float64Array;
  /** Share of the path's variance along e1 and along e2. */
  readonly explained: readonly [number, number];
  /** The plane: its centre (the end of training) and two orthonormal directions. */
  readonly centre: Float64Array;
  readonly e1: Float64Array;
  readonly e2: Float64Array;
  /** The box of the map, in the plane's coordinates (α along e1, β along e2). */
  readonly box: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Side of the loss grid; grid[j·res + i] is at α index i, β index j. */
  readonly res: number;
  readonly grid: Float64Array;
}

/** A run whose weights or loss stopped being finite (the message in English; step and what as data). */
export class ProjectionDivergedError extends RangeError {
  constructor(
    readonly step: number,
    readonly what: 'weights' | 'loss',
  ) {
    super(`training diverged: by step ${step} the ${what} stopped being finite; try a smaller learning rate`);
    this.name = 'RangeError';
  }
}

/** A box holding the points [α0, β0, …] with a margin; a near-flat path gets a narrow axis of at least MIN_ASPECT. */
export function projectionBox(path: ArrayLike<number>): ProjectionResult['box'] {
  let [ax, bx, ay, by] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let k = 0; k + 1 < path.length; k += 2) {
    [ax, bx] = [Math.min(ax, path[k]), Math.max(bx, path[k])];
    [ay, by] = [Math.min(ay, path[k + 1]), Math.max(by, path[k + 1])];
  }
  const wide = Math.max(bx - ax, by - ay, 1e-9);
  const axis = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, MIN_ASPECT * wide);
    const mid = (lo + hi) / 2;
    const half = (span / 2) * (1 + 2 * MARGIN);
    return [mid - half, mid + half];
  };
  return { x: axis(ax, bx), y: axis(ay, by) };
}

/**
 * Trains every weight of `config`'s network on `data` from its seeded initialization and looks
 * at the path in its own plane (see file note). Options are checked first (./options.ts); a run
 * whose weights or loss stop being finite throws, naming the step.
 */
export function runProjection(data: NetworkData, config: NetworkConfig, input: unknown, onPhase?: (phase: ProjectionPhase) => void): ProjectionResult {
  const options = parseProjectionOptions(input, data.nTrain);
  const shape = networkShape(data, config);
  const { theta0 } = networkCentre(data, { centre: 'init', hidden: config.hidden, activation: config.activation, initSeed: config.initSeed, directionSeed: 0 });
  const { lr, momentum, batchSize, steps, seed, res } = options;
  onPhase?.('training');
  const every = Math.max(1, Math.ceil(steps / PROJECTION_PATH_POINTS));
  const walk = trainEveryWeight(shape, data, theta0, { lr, momentum, batchSize, steps, seed, every });
  const p = walk.p;
  const lossAt = (theta: Float64Array) => fullLoss(shape, theta, data.trainX, data.trainY, data.nTrain, null);
  const loss = new Float64Array(walk.count);
  for (let i = 0; i < walk.count; i++) {
    const theta = walk.thetas.subarray(i * p, (i + 1) * p);
    loss[i] = lossAt(theta);
    if (!theta.every(Number.isFinite) || !Number.isFinite(loss[i])) {
      throw new ProjectionDivergedError(walk.steps[i], Number.isFinite(loss[i]) ? 'weights' : 'loss');
    }
  }
  onPhase?.('plane');
  const plane = pathPlane(walk);
  const planeLoss = new Float64Array(walk.count);
  const at = new Float64Array(p);
  for (let i = 0; i < walk.count; i++) {
    const [a, b] = [plane.coords[2 * i], plane.coords[2 * i + 1]];
    for (let j = 0; j < p; j++) at[j] = plane.centre[j] + a * plane.e1[j] + b * plane.e2[j];
    planeLoss[i] = lossAt(at);
  }
  onPhase?.('grid');
  const box = projectionBox(plane.coords);
  const grid = planeLossGrid(shape, data, plane, res, box);
  return {
    networkId: config.id,
    weights: p,
    rows: data.nTrain,
    options,
    steps: walk.steps,
    path: plane.coords,
    loss,
    planeLoss,
    explained: plane.explained,
    centre: plane.centre,
    e1: plane.e1,
    e2: plane.e2,
    box,
    res,
    grid,
  };
}
