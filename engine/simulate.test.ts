import { describe, expect, it } from 'vitest';
import { CHECK_EVERY, landscapeFor, simulate, type Trace } from './simulate';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { defineLevel, type LevelDraft } from './level/define';
import type { Level } from './level/schema';
import { evalSplit, meanLoss } from './landscape/objective';
import { scoreLevel } from './score';

const S = (o: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...o });
const lvl = (d: Partial<LevelDraft> & Pick<LevelDraft, 'landscape'>): Level =>
  defineLevel({ start: [2.5, 1], goal: { kind: 'region', center: [0, 0], radius: 0.05 }, budget: 200, ...d });

const ravine = (extra: Partial<LevelDraft> = {}) => lvl({ landscape: { family: 'ravine', params: { kappa: 25 } }, ...extra });
/** Saddle with 2 antithetic examples: full-batch GD keeps y = 0 exactly; B = 1 sees one shift. */
const saddle = lvl({
  landscape: { family: 'saddle', variation: { n: 2 } },
  start: [1.5, 0],
  goal: { kind: 'region', center: [0, Math.SQRT2], radius: 0.3 },
  defaults: { batchSize: 2 },
  budget: 200,
});
const regression = (budget = 300) =>
  lvl({ landscape: { family: 'regression' }, start: [0, 0], goal: { kind: 'loss', split: 'train', below: 0.3 }, budget });
const terrain = (expr: string, start: [number, number]) =>
  lvl({ landscape: { family: 'terrain', params: { expr } }, start, budget: 50 });

const bytes = (a: Float64Array | Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const SERIES = ['x', 'y', 'batchLoss', 'batchGradX', 'batchGradY', 'effLr', 'slots', 'epoch', 'trainLoss', 'testLoss', 'gradNorm'] as const;

function expectSameRun(a: Trace, b: Trace, series: readonly (typeof SERIES)[number][] = SERIES): void {
  expect([b.outcome, b.goalStep, b.steps, b.lastEvaluated]).toEqual([a.outcome, a.goalStep, a.steps, a.lastEvaluated]);
  for (const k of series) expect(bytes(b[k]), k).toEqual(bytes(a[k]));
}

/** Every value the checkpoint run evaluated equals the every-step run's value bit for bit. */
function expectSameEvaluated(cp: Trace, ev: Trace): void {
  for (const k of ['trainLoss', 'testLoss', 'gradNorm'] as const) {
    for (let i = 0; i <= cp.steps; i++) if (!Number.isNaN(cp[k][i])) expect(Object.is(ev[k][i], cp[k][i]), `${k}[${i}]`).toBe(true);
  }
}

describe('simulate: determinism', () => {
  it('same level, settings and seed → bit-identical arrays', () => {
    for (const [level, s] of [
      [ravine(), S({ batchSize: 8, lr: 0.02 })],
      [ravine(), S({ optimizer: 'adam', batchSize: 5, lr: 0.05, l1: 0.01, l2: 0.1 })],
      [regression(), S({ batchNorm: true, batchSize: 16, lr: 0.05 })],
    ] as const) {
      expectSameRun(simulate(level, s, 3), simulate(level, s, 3));
      expectSameRun(simulate(level, s, 3), simulate(level, s, 3, { landscape: landscapeFor(level, s) }));
    }
  });

  it('different seeds differ when B < N; full batch in data order does not depend on the seed', () => {
    const level = ravine();
    const a = simulate(level, S({ batchSize: 8, lr: 0.02 }), 1);
    const b = simulate(level, S({ batchSize: 8, lr: 0.02 }), 2);
    expect(bytes(b.x)).not.toEqual(bytes(a.x));
    const f1 = simulate(level, S({ batchSize: 64, shuffle: 'none', lr: 0.02 }), 1);
    const f2 = simulate(level, S({ batchSize: 64, shuffle: 'none', lr: 0.02 }), 2);
    expectSameRun(f1, f2, ['x', 'y', 'trainLoss']);
  });
});

describe("simulate: 'every-step' and 'checkpoints' give the same outcome", () => {
  const configs: [string, Level, Settings][] = [
    ['region reached between checkpoints', ravine(), S({ batchSize: 16, lr: 0.03 })],
    ['loss goal (train)', ravine({ goal: { kind: 'loss', split: 'train', below: 0.05 } }), S({ batchSize: 8, lr: 0.02 })],
    ['loss goal (test)', ravine({ goal: { kind: 'loss', split: 'test', below: 0.05 } }), S({ optimizer: 'momentum', lr: 0.005 })],
    ['budget exhausted', ravine({ budget: 55 }), S({ lr: 1e-4 })],
    ['stalled', saddle, S({ batchSize: 2, lr: 0.1 })],
    ['diverged', ravine(), S({ lr: 1 })],
    ['BatchNorm regression', regression(), S({ batchNorm: true, batchSize: 8, lr: 0.05 })],
  ];
  for (const [name, level, s] of configs) {
    it(name, () => {
      for (const seed of [1, 2, 3]) {
        const cp = simulate(level, s, seed, { record: 'checkpoints' });
        const ev = simulate(level, s, seed, { record: 'every-step' });
        expectSameRun(cp, ev, ['x', 'y', 'batchLoss', 'batchGradX', 'batchGradY', 'effLr', 'slots', 'epoch']);
        expectSameEvaluated(cp, ev);
        for (let i = 0; i <= ev.steps; i++) expect(Number.isNaN(ev.trainLoss[i]) && ev.outcome !== 'diverged', `every-step trainLoss[${i}]`).toBe(false);
        // A path-only run (scoring, previews) takes the same steps and evaluations, and leaves the step diagnostics empty.
        const path = simulate(level, s, seed, { record: 'path' });
        expectSameRun(cp, path, ['x', 'y', 'trainLoss', 'testLoss', 'gradNorm']);
        for (const k of ['batchLoss', 'batchGradX', 'batchGradY', 'effLr', 'slots', 'epoch'] as const) expect(path[k].length, k).toBe(0);
      }
    });
  }
});

describe('simulate: outcomes', () => {
  it("NaN or ∞ ends the run as 'diverged' without throwing (huge lr on a ravine)", () => {
    for (const lr of [1, 10]) {
      const t = simulate(ravine(), S({ lr }), 1);
      expect(t.outcome).toBe('diverged');
      expect(t.goalStep).toBeNull();
      expect(t.steps).toBeLessThan(200);
    }
  });

  it("a terrain evaluated outside its domain (log of a negative number) diverges at step 1", () => {
    const t = simulate(terrain('log(x) + y^2', [-1, 0.5]), S({ lr: 0.01 }), 1);
    expect(t.outcome).toBe('diverged');
    expect(t.steps).toBe(1);
    expect(t.batchLoss[1]).toBeNaN();
  });

  it('a terrain that overflows to infinity diverges at step 1', () => {
    const t = simulate(terrain('exp(exp(x)) + y^2', [7, 0]), S({ lr: 0.01, batchSize: 1 }), 1);
    expect(t.outcome).toBe('diverged');
    expect(t.steps).toBe(1);
    expect(t.batchLoss[1]).toBe(Infinity);
  });

  it("region goal: 'reached-goal' at the first step inside the disc", () => {
    const level = ravine();
    const t = simulate(level, S({ batchSize: 16, lr: 0.03 }), 1, { record: 'every-step' });
    expect(t.outcome).toBe('reached-goal');
    const g = t.goalStep as number;
    expect(g).toBeGreaterThan(0);
    expect(t.steps).toBe(g);
    expect(t.lastEvaluated).toBe(g);
    const dist = (i: number) => Math.hypot(t.x[i], t.y[i]);
    expect(dist(g)).toBeLessThanOrEqual(0.05);
    for (let i = 0; i < g; i++) expect(dist(i)).toBeGreaterThan(0.05);
  });

  it("a start inside the goal is reached at step 0", () => {
    const t = simulate(ravine({ start: [0.01, 0.01] }), S(), 1);
    expect([t.outcome, t.goalStep, t.steps]).toEqual(['reached-goal', 0, 0]);
  });

  for (const split of ['train', 'test'] as const) {
    it(`loss goal (${split}): 'reached-goal' at the first checkpoint under the threshold`, () => {
      const level = ravine({ goal: { kind: 'loss', split, below: 0.05 } });
      const t = simulate(level, S({ batchSize: 8, lr: 0.02 }), 1);
      const series = split === 'train' ? t.trainLoss : t.testLoss;
      expect(t.outcome).toBe('reached-goal');
      const g = t.goalStep as number;
      expect(g % CHECK_EVERY === 0 || g === level.budget).toBe(true);
      expect(series[g]).toBeLessThan(0.05);
      for (let c = CHECK_EVERY; c < g; c += CHECK_EVERY) expect(series[c]).toBeGreaterThanOrEqual(0.05);
    });
  }

  it("'stalled': full-batch GD started on the saddle's stable line ends on the saddle", () => {
    const t = simulate(saddle, S({ batchSize: 2, lr: 0.1 }), 1, { record: 'every-step' });
    expect(t.outcome).toBe('stalled');
    expect(t.steps).toBe(saddle.budget);
    for (let i = 0; i <= t.steps; i++) expect(t.y[i]).toBe(0);
    expect(Math.abs(t.x[t.steps])).toBeLessThan(1e-6);
    expect(t.gradNorm[t.steps]).toBeLessThan(saddle.stallGradNorm);
    // The loss is flat but high: the valleys sit at −b²/4c = −1.
    expect(t.trainLoss[t.steps]).toBeGreaterThan(-0.1);
  });

  it('mini-batch noise (B = 1) breaks the symmetry and leaves the saddle', () => {
    const t = simulate(saddle, S({ batchSize: 1, lr: 0.1 }), 1);
    expect(t.outcome).not.toBe('stalled');
    expect(Math.abs(t.y[t.steps])).toBeGreaterThan(0.5);
  });

  it("'budget-exhausted' otherwise", () => {
    const level = ravine({ budget: 55 });
    const t = simulate(level, S({ lr: 1e-4 }), 1);
    expect([t.outcome, t.goalStep, t.steps, t.lastEvaluated]).toEqual(['budget-exhausted', null, 55, 55]);
    expect(t.gradNorm[55]).toBeGreaterThan(level.stallGradNorm);
  });
});

describe('simulate: what the trace records', () => {
  it('x[0], y[0] is the start; epochs count ⌈N/B⌉ batches', () => {
    const level = ravine({ start: [-1.25, 0.75] });
    const t = simulate(level, S({ batchSize: 10, lr: 1e-3 }), 4);
    expect([t.x[0], t.y[0]]).toEqual([-1.25, 0.75]);
    for (let i = 1; i <= t.steps; i++) expect(t.epoch[i]).toBe(Math.floor((i - 1) / 7)); // ⌈64/10⌉ = 7
  });

  it('full-batch SGD: the batch gradient is the full gradient + λ2·w at the previous point, and w −= lr·g', () => {
    const level = ravine({ budget: 30 });
    const s = S({ batchSize: 64, shuffle: 'none', lr: 0.01, l2: 0.3 });
    const land = landscapeFor(level, s);
    const t = simulate(level, s, 1);
    const out = new Float64Array(5);
    for (let i = 1; i <= t.steps; i++) {
      meanLoss(land, t.x[i - 1], t.y[i - 1], { ex: land.train, order: 1, norm: null, out });
      expect(t.batchGradX[i]).toBeCloseTo(out[0] + 0.3 * t.x[i - 1], 12);
      expect(t.batchGradY[i]).toBeCloseTo(out[1] + 0.3 * t.y[i - 1], 12);
      expect(t.x[i]).toBe(t.x[i - 1] - 0.01 * t.batchGradX[i]);
      expect(t.effLr[2 * i]).toBe(0.01);
    }
  });

  it('L1 makes exact zeros appear (and stay); L2 alone only shrinks', () => {
    const level = lvl({
      landscape: { family: 'ravine', params: { kappa: 1, center: [2, 0.1] } },
      start: [1, 1],
      goal: { kind: 'region', center: [-5, -5], radius: 0.1 },
    });
    const l1 = simulate(level, S({ batchSize: 64, shuffle: 'none', lr: 0.05, l1: 0.5 }), 1);
    const first = l1.y.findIndex((v) => v === 0);
    expect(first).toBeGreaterThan(0);
    for (let i = first; i <= l1.steps; i++) expect(l1.y[i]).toBe(0);
    expect(l1.x[l1.steps]).toBeGreaterThan(1); // the relevant weight is kept
    // Converged to the L1 optimum (≈ 1.5, 0): a stationary point, so its smallest subgradient → 0
    // (λ1·sign(0) = 0 would leave the data slope ≈ 0.1 across w2 = 0 in the norm).
    expect(l1.x[l1.steps]).toBeCloseTo(1.5, 1);
    expect(l1.gradNorm[l1.steps]).toBeLessThan(1e-4);
    expect(l1.outcome).toBe('stalled');
    const l2 = simulate(level, S({ batchSize: 64, shuffle: 'none', lr: 0.05, l2: 0.5 }), 1);
    expect(Array.from(l2.y.subarray(0, l2.steps + 1)).some((v) => v === 0)).toBe(false);
    expect(Math.abs(l2.y[l2.steps])).toBeLessThan(0.1);
  });

  it('BatchNorm: the start is evaluated with the training statistics, so doing nothing earns no progress', () => {
    const level = lvl({ landscape: { family: 'regression' }, start: [3, -1], goal: { kind: 'loss', split: 'train', below: 0.3 }, budget: 50 });
    const s = S({ batchNorm: true, lr: 1e-6 });
    const land = landscapeFor(level, s);
    const t = simulate(level, s, 1);
    expect(t.trainLoss[0]).toBe(evalSplit(land, 'train', 3, -1).loss);
    expect(t.trainLoss[0]).toBeGreaterThan(0.3);
    expect(t.trainLoss[0]).toBeLessThan(100); // not ≈1e9 from the initial running mean 0, variance 1
    expect(scoreLevel(level, s).score).toBeLessThan(50);
  });

  it('BatchNorm runs produce finite losses (B = 64 and B = 2)', () => {
    const level = regression();
    for (const batchSize of [64, 2]) {
      const s = S({ batchNorm: true, batchSize, lr: 0.05 });
      expect(landscapeFor(level, s).batchNorm).not.toBeNull();
      const t = simulate(level, s, 1, { record: 'every-step' });
      expect(t.outcome).not.toBe('diverged');
      for (let i = 1; i <= t.steps; i++) expect(Number.isFinite(t.batchLoss[i]), `batchLoss[${i}] at B=${batchSize}`).toBe(true);
      for (let i = 0; i <= t.steps; i++) expect(Number.isFinite(t.trainLoss[i]) && Number.isFinite(t.testLoss[i])).toBe(true);
    }
  });
});

describe('simulate: loss goals held to the end (hold: true)', () => {
  /** Ordered cats-then-dogs data: without shuffling the train loss swings with every epoch. */
  const catsDogs = (below: number, hold: boolean) =>
    lvl({ landscape: { family: 'cats-dogs', params: { ordered: true }, variation: { n: 256 } }, start: [0, 0], goal: { kind: 'loss', split: 'train', below, hold }, budget: 640 });
  /** A noisy bowl: at B = 1 the train loss hovers around a floor set by the sampling noise. */
  const noisy = (below: number, hold: boolean) =>
    lvl({
      landscape: { family: 'ravine', params: { kappa: 3, angle: 30 }, variation: { n: 64, spread: [1, 0.7], seed: 4 } },
      start: [-2.5, 1.2],
      goal: { kind: 'loss', split: 'train', below, hold },
      budget: 300,
    });
  const checkpoints = (budget: number) => [...Array.from({ length: Math.floor(budget / CHECK_EVERY) }, (_, k) => (k + 1) * CHECK_EVERY), budget].filter((c, i, a) => a.indexOf(c) === i);
  /** First checkpoint of the final unbroken stretch below `below` (every-step trace), or null. */
  const settling = (t: Trace, below: number): number | null => {
    let from: number | null = t.trainLoss[0] < below ? 0 : null;
    for (const c of checkpoints(t.steps)) from = t.trainLoss[c] < below ? (from ?? c) : null;
    return from;
  };

  it('a loss that dips below the threshold and swings back is reached without hold, not with it', () => {
    const s = S({ batchSize: 4, lr: 1, shuffle: 'none' });
    const free = simulate(catsDogs(-1, false), s, 1, { record: 'every-step' });
    const cps = checkpoints(640).map((c) => free.trainLoss[c]);
    // The threshold: above the lowest checkpoint, below the last (the run ends on a swing up).
    const below = (Math.min(...cps) + cps[cps.length - 1]) / 2;
    expect(cps[cps.length - 1]).toBeGreaterThan(Math.min(...cps) + 0.02);

    const once = simulate(catsDogs(below, false), s, 1);
    expect(once.outcome).toBe('reached-goal');
    expect(once.steps).toBe(once.goalStep);
    expect(once.goalStep).toBeLessThan(640);

    const held = simulate(catsDogs(below, true), s, 1);
    expect(held.outcome).toBe('budget-exhausted');
    expect(held.goalStep).toBeNull();
    expect([held.steps, held.lastEvaluated]).toEqual([640, 640]);
    expect(held.trainLoss[640]).toBeGreaterThan(below);
    // Progress comes from the final loss, as for any run that fell short.
    const [l0, lEnd] = [held.trainLoss[0], held.trainLoss[640]];
    expect(scoreLevel(catsDogs(below, true), s).score).toBe(Math.round(500 * Math.min(1, Math.max(0, (l0 - lEnd) / (l0 - below)))));
  });

  it('the goal step is the settling step: the first checkpoint of the final stretch below the threshold', () => {
    const s = S({ batchSize: 1, lr: 0.05 });
    let bounced = 0;
    for (const seed of [1, 2, 5, 6]) {
      const ev = simulate(noisy(1.85, true), s, seed, { record: 'every-step' });
      const firstBelow = simulate(noisy(1.85, false), s, seed).goalStep as number;
      const settled = settling(ev, 1.85);
      expect(settled).not.toBeNull();
      expect([ev.outcome, ev.goalStep, ev.steps]).toEqual(['reached-goal', settled, 300]);
      expect(ev.goalStep).toBeGreaterThanOrEqual(firstBelow);
      if ((ev.goalStep as number) > firstBelow) bounced++;
      // The checkpoint run agrees, and its score uses the settling step.
      const cp = simulate(noisy(1.85, true), s, seed);
      expect([cp.outcome, cp.goalStep, cp.steps]).toEqual([ev.outcome, ev.goalStep, ev.steps]);
    }
    expect(bounced).toBeGreaterThanOrEqual(3); // these seeds dip below early, bounce back above, then settle
  });

  it('a steadily falling loss settles at the same step as without hold, but the run uses the whole budget', () => {
    const s = S({ batchSize: 64, lr: 0.1 });
    const once = simulate(noisy(1.85, false), s, 1);
    const held = simulate(noisy(1.85, true), s, 1);
    expect(once.outcome).toBe('reached-goal');
    expect([held.outcome, held.goalStep, held.steps]).toEqual(['reached-goal', once.goalStep, 300]);
    expect(scoreLevel(noisy(1.85, true), s).score).toBe(Math.round(600 + 400 * (1 - (once.goalStep as number) / 300)));
  });

  it('a hold goal never met stays budget-exhausted (or stalled); a run that diverges still diverges', () => {
    expect(simulate(noisy(-1, true), S({ batchSize: 64, lr: 0.001 }), 1).outcome).toBe('budget-exhausted');
    expect(simulate(noisy(-1, true), S({ batchSize: 64, lr: 0.1 }), 1).outcome).toBe('stalled'); // at the minimum, above −1
    const blown = simulate(noisy(1.85, true), S({ batchSize: 64, lr: 2 }), 1);
    expect([blown.outcome, blown.goalStep]).toEqual(['diverged', null]);
    expect(blown.steps).toBeLessThan(300);
  });

  it("'every-step' and 'checkpoints' agree on hold goals", () => {
    for (const [level, s] of [
      [catsDogs(0.38, true), S({ batchSize: 4, lr: 1, shuffle: 'none' })],
      [catsDogs(0.38, true), S({ batchSize: 4, lr: 1, shuffle: 'epoch' })],
      [noisy(1.85, true), S({ batchSize: 1, lr: 0.2 })],
    ] as const) {
      for (const seed of [1, 2]) {
        const cp = simulate(level, s, seed, { record: 'checkpoints' });
        const ev = simulate(level, s, seed, { record: 'every-step' });
        expectSameRun(cp, ev, ['x', 'y', 'batchLoss', 'batchGradX', 'batchGradY', 'epoch']);
        expectSameEvaluated(cp, ev);
      }
    }
  });
});
