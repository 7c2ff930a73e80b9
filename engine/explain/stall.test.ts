import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { defineLevel } from '../level/define';
import { classifyStall, minStallSteps, stallFinding } from './stall';
import { exactSaddleLevel, explained } from './test-helpers';

describe('stall rule', () => {
  it('saddle-escape with its defaults (plain GD on the stable line) stalls at a saddle with eigenvalues ≈ ±2', () => {
    const { ctx } = explained(fixtureLevel('saddle-escape'));
    expect(ctx.trace.outcome).toBe('budget-exhausted');
    const f = stallFinding(ctx)!;
    expect(f.kind).toBe('saddle-stall');
    expect(f.numbers.lambdaMin).toBeCloseTo(-2, 1);
    expect(f.numbers.lambdaMax).toBeCloseTo(2, 1);
    expect(f.numbers.steps).toBeGreaterThan(100);
    expect(f.numbers.gradTol).toBe(0.01);
    expect(f.text).toMatch(/saddle/);
    expect(f.text).toContain('−2.0 and +2.0');
    // Remedies come from the level's unlocked controls.
    expect(f.text).toMatch(/Momentum 0\.9, Adam or the noise of a smaller batch \(B = 1\)/);
  });

  it('an exact saddle ends "stalled"', () => {
    const { ctx } = explained(exactSaddleLevel(), {}, { free: true });
    expect(ctx.trace.outcome).toBe('stalled');
    const f = stallFinding(ctx)!;
    expect(f.kind).toBe('saddle-stall');
    expect(f.numbers.to).toBe(300);
  });

  it('flat ground without negative curvature is a plateau', () => {
    const level = defineLevel({
      landscape: { family: 'plateau-cliff', params: {}, variation: { n: 1 } },
      start: [3, 0],
      goal: { kind: 'region', center: [-2.3, 0], radius: 0.5 },
      budget: 200,
      stallGradNorm: 0.05,
      defaults: { batchSize: 1, lr: 0.1 },
    });
    const f = stallFinding(explained(level, {}, { free: true }).ctx)!;
    expect(f.kind).toBe('plateau');
    expect(Math.abs(f.numbers.lambdaMin)).toBeLessThan(1e-3);
  });

  it('resting in a basin that is not the goal is a local minimum (rolling hills, defaults)', () => {
    const { ctx } = explained(fixtureLevel('rolling-hills'));
    expect(ctx.trace.outcome).toBe('stalled');
    const f = stallFinding(ctx)!;
    expect(f.kind).toBe('local-minimum');
    expect(f.numbers.lambdaMin).toBeGreaterThan(0);
  });

  it('no stall: a run that keeps moving, or one that diverged', () => {
    expect(stallFinding(explained(fixtureLevel('ravine-momentum')).ctx)).toBeNull();
    expect(stallFinding(explained(fixtureLevel('ravine-momentum'), { lr: 0.05 }).ctx)).toBeNull();
  });

  it('classifyStall and minStallSteps', () => {
    expect(classifyStall(-2, 2)).toBe('saddle-stall');
    expect(classifyStall(0.5, 2)).toBe('local-minimum');
    expect(classifyStall(-1e-5, 1)).toBe('plateau');
    expect(classifyStall(0, 0)).toBe('plateau');
    expect(minStallSteps(500)).toBe(25);
    expect(minStallSteps(60)).toBe(10);
  });
});
