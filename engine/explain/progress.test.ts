import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { progressFinding } from './progress';
import { explained } from './test-helpers';

describe('slow-progress rule', () => {
  it('ravine, plain GD at a small rate: a narrow valley, lr·λmin per step along the floor', () => {
    const { ctx } = explained(fixtureLevel('ravine-momentum'));
    const f = progressFinding(ctx)!;
    expect(f.kind).toBe('slow-progress');
    expect(f.numbers.kappa).toBeCloseTo(50, 6);
    expect(f.numbers.perStep).toBeCloseTo(0.005, 10);
    expect(f.numbers.progress).toBeGreaterThan(0.5);
    expect(f.numbers.progress).toBeLessThan(1);
    expect(f.text).toContain('Momentum');
  });

  it('age and salary on raw scales: ill-conditioned, pointing at standardization', () => {
    const f = progressFinding(explained(fixtureLevel('scale-matters')).ctx)!;
    expect(f.kind).toBe('ill-conditioned');
    expect(f.numbers.kappa).toBeGreaterThan(1e6);
    expect(f.text).toContain('Standardizing');
  });

  it('the plateau before the cliff: crawling across flat ground', () => {
    const f = progressFinding(explained(fixtureLevel('plateau-cliff')).ctx)!;
    expect(f.kind).toBe('plateau');
    expect(f.numbers.gradEnd).toBeLessThan(0.1 * f.numbers.gradStart);
  });

  it('only for runs that ran out of steps', () => {
    expect(progressFinding(explained(fixtureLevel('ravine-momentum'), { lr: 0.05 }).ctx)).toBeNull();
    expect(progressFinding(explained(fixtureLevel('sharp-or-flat'), { batchSize: 4 }).ctx)).toBeNull();
  });
});
