import { describe, expect, it } from 'vitest';
import { defineLevel } from '../level/define';
import { biasCorrectionFinding, uncorrectedFactor } from './bias-correction';
import { explained } from './test-helpers';

describe('bias-correction rule', () => {
  it('the factor (1 − ρ1^t)/√(1 − ρ2^t): ≈ 3.16 at t = 1, ≈ 6.5 at t = 10, ≈ 1.26 at t = 1000', () => {
    expect(uncorrectedFactor(0.9, 0.999, 1)).toBeCloseTo(Math.sqrt(10), 12);
    expect(uncorrectedFactor(0.9, 0.999, 10)).toBeCloseTo(6.53, 2);
    expect(uncorrectedFactor(0.9, 0.999, 1000)).toBeCloseTo(1.26, 2);
    expect(uncorrectedFactor(0.99, 0.9, 1)).toBeLessThan(1); // ρ1 > ρ2: smaller first steps
  });

  const level = defineLevel({
    landscape: { family: 'ravine', params: {}, variation: { n: 1 } },
    start: [2, 1],
    goal: { kind: 'region', center: [0, 0], radius: 0.01 },
    budget: 100,
    defaults: { batchSize: 1 },
  });

  it('Adam without correction: the measured first step is 3.16 × lr', () => {
    const { ctx, explanation } = explained(level, { optimizer: 'adam', lr: 0.01, biasCorrection: false }, { free: true });
    const f = biasCorrectionFinding(ctx)!;
    expect(f.kind).toBe('bias-correction');
    expect(f.numbers.measured).toBeCloseTo(f.numbers.factor1, 4);
    expect(f.text).toContain('larger, not smaller');
    expect(explanation.lessonLinks.some((l) => l.anchor === '#bias-correction')).toBe(true);
  });

  it('with correction on, or another optimizer, nothing', () => {
    expect(biasCorrectionFinding(explained(level, { optimizer: 'adam', lr: 0.01 }, { free: true }).ctx)).toBeNull();
    expect(biasCorrectionFinding(explained(level, { optimizer: 'rmsprop', lr: 0.01, biasCorrection: false }, { free: true }).ctx)).toBeNull();
  });
});
