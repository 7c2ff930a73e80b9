import { beforeAll, describe, expect, it } from 'vitest';
import { loadNetworkData, networkConfig } from '@/content/datasets/networks';
import { networkCentre, networkShape, type NetworkData } from '@/engine/landscape/network/build';
import { fullLoss } from '@/engine/nn/train';
import { PROJECTION_DEFAULTS, parseProjectionOptions } from './options';
import { projectionContours } from './projection-map';
import { PROJECTION_PATH_POINTS, projectionBox, runProjection, type ProjectionResult } from './projection-run';

const config = networkConfig('penguins-std-8tanh');
const options = { lr: 0.1, momentum: 0.9, batchSize: 16, steps: 600, seed: 3, res: 20 };
let data: NetworkData;
let run: ProjectionResult;

beforeAll(async () => {
  data = await loadNetworkData(config);
  run = runProjection(data, config, options);
});

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((s, v, j) => s + v * b[j], 0);

describe('runProjection: every weight trained on real penguins, seen in the path’s own plane', () => {
  it('is deterministic for a seed, and another seed takes another path', () => {
    const again = runProjection(data, config, options);
    expect(again.path).toEqual(run.path);
    expect(again.grid).toEqual(run.grid);
    expect(again.loss).toEqual(run.loss);
    expect(runProjection(data, config, { ...options, seed: 4 }).path).not.toEqual(run.path);
  });

  it('keeps a share of the variance in (0, 1], the first direction at least as much as the second', () => {
    const [a, b] = run.explained;
    expect(a + b).toBeGreaterThan(0);
    expect(a + b).toBeLessThanOrEqual(1 + 1e-12);
    expect(a).toBeGreaterThanOrEqual(b);
  });

  it('records at most PROJECTION_PATH_POINTS + 1 points, from step 0 to the last step', () => {
    expect(run.steps[0]).toBe(0);
    expect(run.steps[run.steps.length - 1]).toBe(options.steps);
    expect(run.steps.length).toBeLessThanOrEqual(PROJECTION_PATH_POINTS + 1);
    expect(run.path.length).toBe(2 * run.steps.length);
    expect(run.loss.length).toBe(run.steps.length);
  });

  it('draws a finite loss grid of res × res over a box that holds the whole path', () => {
    expect(run.grid.length).toBe(options.res * options.res);
    expect(run.grid.every(Number.isFinite)).toBe(true);
    for (let k = 0; k < run.path.length; k += 2) {
      expect(run.path[k]).toBeGreaterThan(run.box.x[0]);
      expect(run.path[k]).toBeLessThan(run.box.x[1]);
      expect(run.path[k + 1]).toBeGreaterThan(run.box.y[0]);
      expect(run.path[k + 1]).toBeLessThan(run.box.y[1]);
    }
    const contours = projectionContours(run);
    expect(contours.n).toBe(options.res);
    expect(contours.levels.length).toBeGreaterThan(5);
  });

  it('starts at the projection of the seeded initialization and ends at the plane’s centre', () => {
    const { theta0 } = networkCentre(data, { centre: 'init', hidden: config.hidden, activation: config.activation, initSeed: config.initSeed, directionSeed: 0 });
    const dev = theta0.map((v, j) => v - run.centre[j]);
    expect(run.path[0]).toBeCloseTo(dot(dev, run.e1), 9);
    expect(run.path[1]).toBeCloseTo(dot(dev, run.e2), 9);
    const last = run.path.length - 2;
    expect([run.path[last], run.path[last + 1]]).toEqual([0, 0]);
    const shape = networkShape(data, config);
    expect(run.loss[0]).toBeCloseTo(fullLoss(shape, theta0, data.trainX, data.trainY, data.nTrain, null), 12);
    // The plane passes through the end, so there the map's loss is the network's.
    expect(run.planeLoss[run.planeLoss.length - 1]).toBeCloseTo(run.loss[run.loss.length - 1], 12);
  });

  it('lowers the train loss from start to end with a sensible learning rate', () => {
    expect(run.loss[run.loss.length - 1]).toBeLessThan(0.2 * run.loss[0]);
  });

  it('gives a result that survives structured cloning (what the worker posts)', () => {
    const copy = structuredClone(run);
    expect(copy.grid).toEqual(run.grid);
    expect(copy.explained).toEqual(run.explained);
  });
});

describe('projection options', () => {
  it('fills in the grid resolution and accepts the defaults', () => {
    const { res: _res, ...rest } = PROJECTION_DEFAULTS;
    expect(parseProjectionOptions(rest, 100)).toEqual(PROJECTION_DEFAULTS);
  });

  it('rejects bad settings with a message that names each one', () => {
    expect(() => runProjection(data, config, { ...options, steps: 20_001 })).toThrow('invalid settings: steps must be at most 20000');
    expect(() => runProjection(data, config, { ...options, batchSize: data.nTrain + 1 })).toThrow(`batch size ${data.nTrain + 1} is more than the ${data.nTrain} training rows`);
    expect(() => parseProjectionOptions({ ...options, res: 97 }, 100)).toThrow('grid resolution must be at most 96');
    expect(() => parseProjectionOptions({ ...options, lr: 0, momentum: 1 }, 100)).toThrow(/learning rate must be above 0; momentum must be at most 0\.999/);
    expect(() => parseProjectionOptions({ ...options, lr: Number.NaN }, 100)).toThrow('learning rate must be a number');
    expect(() => parseProjectionOptions({ ...options, steps: 1.5 }, 100)).toThrow('steps must be a whole number');
    expect(() => parseProjectionOptions({ momentum: 0.9, batchSize: 1, steps: 1, seed: 1 }, 100)).toThrow('learning rate is missing');
    expect(() => parseProjectionOptions({ ...options, extra: 1 }, 100)).toThrow('unknown setting "extra"');
    expect(() => parseProjectionOptions(null, 100)).toThrow('invalid settings: options must be an object');
  });

  it('draws a straight path (raw car features saturate the tanh units) on an orthonormal plane', async () => {
    const cars = networkConfig('cars-raw-8tanh');
    const r = runProjection(await loadNetworkData(cars), cars, { ...options, lr: 0.001 });
    expect(dot(r.e1, r.e2)).toBeCloseTo(0, 9);
    expect(r.explained[0]).toBeGreaterThan(0.999);
    const spanA = Math.max(...r.path.filter((_, k) => k % 2 === 0).map(Math.abs));
    for (let k = 1; k < r.path.length; k += 2) expect(Math.abs(r.path[k])).toBeLessThan(0.05 * spanA);
  });

  it('says a run diverged instead of drawing NaN', () => {
    const cars = networkConfig('cars-raw-8tanh');
    return loadNetworkData(cars).then((d) => {
      expect(() => runProjection(d, cars, { ...options, lr: 10, momentum: 0.99, batchSize: 8 })).toThrow(/training diverged: by step \d+/);
    });
  });
});

describe('projectionBox', () => {
  it('adds a margin and gives a flat path a map of some height', () => {
    const box = projectionBox([-10, 0, -5, 0, 0, 0]);
    expect(box.x[0]).toBeLessThan(-10);
    expect(box.x[1]).toBeGreaterThan(0);
    expect(box.y[1] - box.y[0]).toBeGreaterThan(2);
  });
});
