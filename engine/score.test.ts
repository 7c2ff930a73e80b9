import { describe, expect, it } from 'vitest';
import { levelSeeds, progressOf, scoreLevel, scoreTrace, starsFor } from './score';
import { landscapeFor, simulate, type Outcome, type Trace } from './simulate';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { defineLevel, type LevelDraft } from './level/define';
import type { Level } from './level/schema';

const S = (o: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...o });
const ravine = (d: Partial<LevelDraft> = {}): Level =>
  defineLevel({
    landscape: { family: 'ravine', params: { kappa: 25 } },
    start: [3, 4],
    goal: { kind: 'region', center: [0, 0], radius: 1 },
    budget: 200,
    ...d,
  });

/** A real trace of `level` with some fields replaced (keeps the Trace shape whatever it grows). */
function craft(level: Level, o: { outcome?: Outcome; goalStep?: number | null; steps?: number; xy?: [number, number][]; train?: number[]; test?: number[] }): Trace {
  const base = simulate(level, S({ lr: 1e-4 }), 1);
  const n = level.budget + 1;
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  (o.xy ?? []).forEach(([a, b], i) => {
    x[i] = a;
    y[i] = b;
  });
  const series = (v: number[] | undefined, steps: number) => {
    const a = new Float64Array(n).fill(NaN);
    if (v) {
      a[0] = v[0];
      a[steps] = v[1];
    }
    return a;
  };
  const steps = o.steps ?? (o.xy ? o.xy.length - 1 : base.steps);
  return {
    ...base,
    outcome: o.outcome ?? base.outcome,
    goalStep: o.goalStep ?? null,
    steps,
    lastEvaluated: steps,
    x: o.xy ? x : base.x,
    y: o.xy ? y : base.y,
    trainLoss: o.train ? series(o.train, steps) : base.trainLoss,
    testLoss: o.test ? series(o.test, steps) : base.testLoss,
  };
}

describe('scoreTrace: the formula by hand', () => {
  const level = ravine();

  it('reached the goal at step t: 600 + 400·(1 − t/budget)', () => {
    expect(scoreTrace(level, craft(level, { outcome: 'reached-goal', goalStep: 0 }))).toBe(1000);
    expect(scoreTrace(level, craft(level, { outcome: 'reached-goal', goalStep: 50 }))).toBe(900);
    expect(scoreTrace(level, craft(level, { outcome: 'reached-goal', goalStep: 150 }))).toBe(700);
    expect(scoreTrace(level, craft(level, { outcome: 'reached-goal', goalStep: 200 }))).toBe(600);
  });

  it('diverged scores 0 whatever the progress', () => {
    expect(scoreTrace(level, craft(level, { outcome: 'diverged', xy: [[3, 4], [0, 1.5]] }))).toBe(0);
  });

  it('region goal, not reached: 500·progress toward the goal disc', () => {
    // Start (3, 4): 5 from the centre, 4 from the disc. Final (0, 3): 2 from the disc → progress ½.
    const half = craft(level, { outcome: 'budget-exhausted', xy: [[3, 4], [1, 1], [0, 3]] });
    expect(progressOf(level, half)).toBeCloseTo(0.5, 14);
    expect(scoreTrace(level, half)).toBeCloseTo(250, 10);
    const stalled = craft(level, { outcome: 'stalled', xy: [[3, 4], [0, 2]] }); // 1 from the disc → ¾
    expect(scoreTrace(level, stalled)).toBeCloseTo(375, 10);
    // Moving away is clamped to 0; the intermediate point does not count, only the final one.
    expect(scoreTrace(level, craft(level, { outcome: 'budget-exhausted', xy: [[3, 4], [0, 0.5], [6, 8]] }))).toBe(0);
  });

  for (const split of ['train', 'test'] as const) {
    it(`loss goal (${split}), not reached: progress = (L0 − L_end)/(L0 − below)`, () => {
      const lossLevel = ravine({ goal: { kind: 'loss', split, below: 2 } });
      const vals = { [split]: [10, 6], [split === 'train' ? 'test' : 'train']: [100, 100] };
      const t = craft(lossLevel, { outcome: 'budget-exhausted', steps: 200, ...vals });
      expect(progressOf(lossLevel, t)).toBeCloseTo(0.5, 14);
      expect(scoreTrace(lossLevel, t)).toBeCloseTo(250, 10);
      const worse = craft(lossLevel, { outcome: 'budget-exhausted', steps: 200, [split]: [10, 12] });
      expect(scoreTrace(lossLevel, worse)).toBe(0);
      const nan = craft(lossLevel, { outcome: 'budget-exhausted', steps: 200, [split]: [10, NaN] });
      expect(scoreTrace(lossLevel, nan)).toBe(0);
    });
  }
});

describe('starsFor', () => {
  it('counts the thresholds the score reaches', () => {
    const level = ravine({ stars: [300, 600, 800] });
    expect([0, 299, 300, 599, 600, 799, 800, 1000].map((s) => starsFor(level, s, 1))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    const easy = ravine({ stars: [0, 500, 500] });
    expect([0, 499, 500].map((s) => starsFor(easy, s, 1))).toEqual([1, 1, 3]);
  });

  it('gives no star unless the goal was reached on at least half of the seeds', () => {
    const level = ravine({ stars: [300, 600, 800] });
    expect([0, 0.25, 0.49, 0.5, 0.75, 1].map((r) => starsFor(level, 900, r))).toEqual([0, 0, 0, 3, 3, 3]);
    expect(starsFor(level, 462, 0)).toBe(0);
    expect(starsFor(level, 900, NaN)).toBe(0);
  });
});

describe('scoreLevel', () => {
  it('a level whose start is in the goal scores 1000 on every seed', () => {
    const level = ravine({ start: [0.2, -0.3], seeds: 5 });
    const r = scoreLevel(level, S());
    expect(levelSeeds(level)).toEqual([1, 2, 3, 4, 5]);
    expect(r.seeds.map((s) => s.seed)).toEqual([1, 2, 3, 4, 5]);
    for (const s of r.seeds) expect([s.outcome, s.goalStep, s.score]).toEqual(['reached-goal', 0, 1000]);
    expect([r.score, r.stars, r.successRate, r.outcome]).toEqual([1000, 3, 1, 'reached-goal']);
  });

  it('a diverging run scores 0 and no stars', () => {
    const level = ravine({ seeds: 3 });
    const r = scoreLevel(level, S({ lr: 5 }));
    for (const s of r.seeds) expect([s.outcome, s.score]).toEqual(['diverged', 0]);
    expect([r.score, r.stars, r.successRate, r.outcome]).toEqual([0, 0, 0, 'diverged']);
  });

  it('is deterministic, with or without a prebuilt landscape', () => {
    const level = ravine({ seeds: 4 });
    const s = S({ batchSize: 4, lr: 0.02 });
    const a = scoreLevel(level, s);
    expect(scoreLevel(level, s)).toEqual(a);
    expect(scoreLevel(level, s, landscapeFor(level, s))).toEqual(a);
  });

  it('score, successRate and outcome are the rounded mean, the success fraction and the majority', () => {
    // A saddle with two antithetic examples at B = 1: each seed's noise picks a valley, so only
    // some seeds reach the upper one.
    const level = defineLevel({
      landscape: { family: 'saddle', variation: { n: 2 } },
      start: [1.5, 0],
      goal: { kind: 'region', center: [0, Math.SQRT2], radius: 0.3 },
      defaults: { batchSize: 1 },
      budget: 200,
      seeds: 12,
    });
    const s = S({ batchSize: 1, lr: 0.1 });
    const r = scoreLevel(level, s);
    const reached = r.seeds.filter((x) => x.outcome === 'reached-goal').length;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(12);
    expect(r.successRate).toBe(reached / 12);
    for (const seed of r.seeds) {
      const t = simulate(level, s, seed.seed);
      expect([seed.outcome, seed.goalStep]).toEqual([t.outcome, t.goalStep]);
      expect(seed.score).toBe(scoreTrace(level, t));
    }
    expect(r.score).toBe(Math.round(r.seeds.reduce((a, x) => a + x.score, 0) / 12));
    expect(r.stars).toBe(starsFor(level, r.score, r.successRate));
    const order: Outcome[] = ['reached-goal', 'stalled', 'budget-exhausted', 'diverged'];
    const count = (o: Outcome) => r.seeds.filter((x) => x.outcome === o).length;
    const majority = order.reduce((best, o) => (count(o) > count(best) ? o : best));
    expect(r.outcome).toBe(majority);
  });

  it('a tie between outcomes goes to the better outcome', () => {
    // Two seeds; look (deterministically) for a dataset on which they end differently.
    let tied = 0;
    for (let data = 1; data <= 20; data++) {
      const level = defineLevel({
        landscape: { family: 'saddle', variation: { n: 2, seed: data } },
        start: [1.5, 0],
        goal: { kind: 'region', center: [0, Math.SQRT2], radius: 0.3 },
        defaults: { batchSize: 1 },
        budget: 200,
        seeds: 2,
      });
      const r = scoreLevel(level, S({ batchSize: 1, lr: 0.1 }));
      const [a, b] = r.seeds.map((x) => x.outcome);
      if (a === b || (a !== 'reached-goal' && b !== 'reached-goal')) continue;
      tied++;
      expect(r.outcome).toBe('reached-goal');
      expect(r.successRate).toBe(0.5);
    }
    expect(tied).toBeGreaterThan(0);
  });
});
