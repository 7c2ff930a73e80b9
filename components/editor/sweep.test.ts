import { describe, expect, it } from 'vitest';
import { defineLevel, resolveSettings } from '@/engine';
import { gridCombos, proposeStars, randomCombos, solutionOf, sweepCombos } from './sweep';
import { runCalibration } from './calibration';

const level = defineLevel({
  landscape: { family: 'ravine', params: { kappa: 10 }, variation: { n: 16 } },
  start: [2, 1],
  goal: { kind: 'region', center: [0, 0], radius: 0.2 },
  budget: 200,
  seeds: 2,
  defaults: { batchSize: 16, lr: 0.001 },
  controls: { optimizer: { options: ['sgd', 'momentum'] }, lr: { min: 0.001, max: 0.15 }, batchSize: { min: 4, max: 16 } },
});

describe('sweep combinations', () => {
  it('the grid covers every candidate once, inside the controls', () => {
    const combos = gridCombos(level, 1000);
    expect(combos).toHaveLength(2 * 5 * 3);
    expect(new Set(combos.map((c) => `${c.optimizer}|${c.lr}|${c.batchSize}`)).size).toBe(30);
    for (const c of combos) expect(resolveSettings(level, c).ok).toBe(true);
  });

  it('subsamples a large grid to the bound, deterministically', () => {
    expect(gridCombos(level, 7, 3)).toEqual(gridCombos(level, 7, 3));
    expect(gridCombos(level, 7, 3)).toHaveLength(7);
  });

  it('random draws stay inside the ranges', () => {
    const combos = randomCombos(level, 200, 5);
    expect(combos).toHaveLength(200);
    for (const c of combos) expect(resolveSettings(level, c)).toMatchObject({ ok: true });
    expect(new Set(combos.map((c) => c.lr)).size).toBeGreaterThan(150);
  });

  it('a level with nothing unlocked scores its defaults once', () => {
    expect(sweepCombos({ ...level, controls: {} }, 'grid', 200)).toHaveLength(1);
  });
});

describe('stars and solution', () => {
  it('proposes increasing thresholds that the best score reaches', () => {
    for (const best of [0, 450, 600, 640, 900, 1000]) {
      const [a, b, c] = proposeStars(best);
      expect(a).toBeLessThanOrEqual(b);
      expect(b).toBeLessThanOrEqual(c);
      if (best >= 600) expect(c).toBeLessThanOrEqual(best);
    }
    expect(proposeStars(900)).toEqual([360, 630, 810]);
    expect(proposeStars(640)[2]).toBe(600);
  });

  it('keeps only the unlocked settings in the solution', () => {
    const s = gridCombos(level, 1)[0];
    expect(Object.keys(solutionOf(level, s)).sort()).toEqual(['batchSize', 'lr', 'optimizer']);
  });
});

describe('runCalibration', () => {
  it('finds a three-star solution on a solvable level, reporting progress', () => {
    const seen: number[] = [];
    const f = runCalibration(level, { mode: 'grid', max: 200 }, (p) => seen.push(p.done));
    expect(f.tried).toBe(30);
    expect(seen.at(-1)).toBe(30);
    expect(f.solvable).toBe(true);
    const withStars = { ...level, stars: f.proposedStars, solution: f.solution };
    const check = resolveSettings(withStars, f.solution);
    expect(check.ok).toBe(true);
  });

  it('calls a level with an unreachable goal unsolvable', () => {
    const far = { ...level, goal: { kind: 'region' as const, center: [50, 50] as [number, number], radius: 0.01 }, controls: { lr: { min: 0.001, max: 0.002 } } };
    const f = runCalibration(far, { mode: 'random', max: 5 });
    expect(f.solvable).toBe(false);
  });
});

describe('huge grids', () => {
  it('samples across every key of a grid far larger than the bound', () => {
    const big = defineLevel({
      landscape: { family: 'ravine', variation: { n: 64 } },
      start: [2, 1],
      goal: { kind: 'region', center: [0, 0], radius: 0.2 },
      budget: 50,
      defaults: { batchSize: 64, optimizer: 'adam' },
      controls: {
        optimizer: { options: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] },
        lr: { min: 0.001, max: 0.1 },
        batchSize: { min: 1, max: 64 },
        momentum: { min: 0, max: 0.99 },
        beta1: { min: 0.5, max: 0.99 },
        beta2: { min: 0.9, max: 0.9999 },
        l2: { min: 0, max: 1 },
        l1: { min: 0, max: 1 },
      },
    });
    const combos = gridCombos(big, 200, 9);
    expect(combos).toHaveLength(200);
    // The last key of the mixed-radix index (l1) takes more than one value: the whole grid is sampled.
    expect(new Set(combos.map((c) => c.l1)).size).toBeGreaterThan(1);
    expect(new Set(combos.map((c) => JSON.stringify(c))).size).toBe(200);
  });
});
