import { describe, expect, it } from 'vitest';
import { curvatureAt, defineLevel, DEFAULT_SETTINGS, landscapeFor, objectiveAt, LandscapeSpecSchema, LevelSchema, resolveVariation, scoreLevel, simulate } from '@/engine';
import { evalSplit } from '@/engine/landscape/objective';
import { NetworkDataMissingError } from '@/engine/landscape/network/provider';
import { CENTRE_L2 } from '@/engine/landscape/network/build';
import { levelIsReady, readyLevel } from './ready';

const penguins = (over: Record<string, unknown> = {}) =>
  defineLevel({
    landscape: { family: 'network', params: { dataset: 'penguins', initSeed: 1, ...over } },
    start: [0.6, -0.5],
    goal: { kind: 'region', center: [0, 0], radius: 0.1 },
    budget: 200,
    seeds: 2,
    defaults: { batchSize: 32, standardize: true, lr: 0.3 },
  });

describe('readying a network level', () => {
  it('refuses to build before the rows are loaded, with a message that says what to do', () => {
    const level = penguins({ directionSeed: 99, features: ['Beak Length (mm)', 'Body Mass (g)'] });
    expect(levelIsReady(level)).toBe(false);
    expect(() => landscapeFor(level, { ...DEFAULT_SETTINGS, standardize: true })).toThrow(NetworkDataMissingError);
    expect(() => landscapeFor(level, DEFAULT_SETTINGS)).toThrow(/await readyLevel/);
  });

  it('builds both scalings once ready: real rows, the stored centre a minimum, runs and scores', async () => {
    const level = penguins();
    await readyLevel(level);
    expect(levelIsReady(level)).toBe(true);
    const std = landscapeFor(level, { ...DEFAULT_SETTINGS, standardize: true });
    expect(std.family).toBe('network');
    expect(std.train.n).toBe(274);
    expect(std.test.n).toBe(68);
    expect(std.plane?.shape).toMatchObject({ inputs: 4, hidden: 8, outputs: 3, task: 'classify' });
    // The stored centre is a minimum of the training objective: the slice's gradient at (0, 0) is tiny.
    const at0 = evalSplit(std, 'train', 0, 0);
    expect(Math.hypot(...at0.grad)).toBeLessThan(1e-2);
    expect(at0.hessian[0]).toBeGreaterThan(0);
    const trace = simulate(level, { ...DEFAULT_SETTINGS, standardize: true, lr: 0.3, batchSize: 32 }, 1);
    expect(trace.outcome).not.toBe('diverged');
    expect(trace.trainLoss[trace.lastEvaluated]).toBeLessThan(trace.trainLoss[0]);
    expect(scoreLevel(level, { ...DEFAULT_SETTINGS, standardize: true }).seeds.length).toBe(2);
  }, 60_000);

  it('raw and standardized cars are two networks on the same rows, each with its stored centre', async () => {
    const cars = defineLevel({ ...penguins(), landscape: { family: 'network', params: { dataset: 'cars' } } });
    await readyLevel(cars);
    const raw = landscapeFor(cars, DEFAULT_SETTINGS);
    const std = landscapeFor(cars, { ...DEFAULT_SETTINGS, standardize: true });
    expect(raw.train.n).toBe(std.train.n);
    expect(raw.train.data[0]).not.toBe(std.train.data[0]);
    expect(raw.plane?.theta0).not.toEqual(std.plane?.theta0);
    // At a trained centre the data loss's gradient is −λ₀θ₀ (the centre's tiny weight decay), projected.
    for (const land of [raw, std]) {
      const { theta0, d1, d2 } = land.plane!;
      const decay = [d1, d2].map((d) => -CENTRE_L2 * d.reduce((s, v, j) => s + v * theta0[j], 0));
      const g = evalSplit(land, 'train', 0, 0).grad;
      expect(Math.hypot(g[0] - decay[0], g[1] - decay[1])).toBeLessThan(1e-4 * Math.max(1, Math.hypot(...decay)));
    }
  });

  it('checks the batch size against the loaded rows, and the schema keeps the family honest', async () => {
    const big = defineLevel({ ...penguins(), defaults: { batchSize: 275 } } as never);
    await expect(readyLevel(big)).rejects.toThrow(/batch size 275 exceeds the 274 training rows/);
    // Before loading, counts are upper bounds from the source's 344 rows: 275 to train on, 69 held out.
    expect([resolveVariation(penguins().landscape).n, resolveVariation(penguins().landscape).nTest]).toEqual([275, 69]);
    expect(LandscapeSpecSchema.safeParse({ family: 'network', params: {}, variation: { n: 10 } }).success).toBe(false);
    const badFeature = LandscapeSpecSchema.safeParse({ family: 'network', params: { dataset: 'cars', features: ['Beak Depth (mm)'] } });
    expect(badFeature.success).toBe(false);
    expect(JSON.stringify(badFeature.error?.issues)).toMatch(/cars has no feature/);
    expect(LevelSchema.safeParse({ ...penguins(), defaults: { batchSize: 400 } }).success).toBe(false);
  });

  it('regularizes the weights θ on a network slice: objective, gradient and a run agree', async () => {
    const level = penguins();
    await readyLevel(level);
    const settings = { ...DEFAULT_SETTINGS, standardize: true, l1: 0.002, l2: 0.01, batchSize: 274, lr: 0.3 };
    const land = landscapeFor(level, settings);
    const [x, y] = [0.31, -0.22];
    const h = 1e-5;
    const c = curvatureAt(land, x, y, { l1: settings.l1, l2: settings.l2 });
    const fx = (objectiveAt(land, settings, x + h, y) - objectiveAt(land, settings, x - h, y)) / (2 * h);
    const fy = (objectiveAt(land, settings, x, y + h) - objectiveAt(land, settings, x, y - h)) / (2 * h);
    expect(c.grad[0]).toBeCloseTo(fx, 5);
    expect(c.grad[1]).toBeCloseTo(fy, 5);
    // The penalty is of θ, not (x, y): at the centre it is the trained weights' size, far from 0.
    expect(objectiveAt(land, settings, 0, 0) - objectiveAt(land, { ...settings, l1: 0, l2: 0 }, 0, 0)).toBeGreaterThan(0.01);
    // A full-batch run's recorded gradient norm is the objective's at the last evaluated step.
    const trace = simulate(level, settings, 1, { landscape: land });
    const last = trace.lastEvaluated;
    const end = curvatureAt(land, trace.x[last], trace.y[last], { l1: settings.l1, l2: settings.l2 });
    expect(trace.gradNorm[last]).toBeCloseTo(end.gradNorm, 10);
  });
});
