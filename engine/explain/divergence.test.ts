import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { divergenceFinding } from './divergence';
import { explained, explainRavineLevel } from './test-helpers';

describe('divergence rule', () => {
  it('ravine at lr 0.05 > 2/λmax = 0.04: diverged, with the ratio and the step', () => {
    const { ctx, explanation } = explained(fixtureLevel('ravine-momentum'), { lr: 0.05 });
    expect(ctx.trace.outcome).toBe('diverged');
    const f = divergenceFinding(ctx)!;
    expect(f.numbers.step).toBe(ctx.trace.steps);
    expect(f.numbers.limit).toBeCloseTo(0.04, 10);
    expect(f.numbers.ratio).toBeCloseTo(1.25, 10);
    expect(f.text).toContain('2/λmax');
    expect(f.text).toContain(`step ${ctx.trace.steps}`);
    expect(explanation.headline).toMatch(/^Diverged at step \d+: lr is 1\.25× the stable limit 2\/λmax\.$/);
  });

  it('momentum diverges above 2(1+μ)/λmax', () => {
    const f = divergenceFinding(explained(explainRavineLevel(), { optimizer: 'momentum', momentum: 0.9, lr: 0.08 }, { free: true }).ctx)!;
    expect(f.numbers.limit).toBeCloseTo(0.076, 10);
    expect(f.numbers.ratio).toBeGreaterThan(1);
    expect(f.text).toContain('2(1+μ)/λmax');
  });

  it('Nesterov diverges above its own limit 2(1+μ)/((1+2μ)λmax), well below heavy ball’s', () => {
    // λmax = 50, μ = 0.9: Nesterov's limit 3.8/(2.8·50) ≈ 0.0271; heavy ball's would be 0.076.
    const { ctx } = explained(explainRavineLevel(), { optimizer: 'nesterov', momentum: 0.9, lr: 0.03 }, { free: true });
    expect(ctx.trace.outcome).toBe('diverged');
    const f = divergenceFinding(ctx)!;
    expect(f.numbers.limit).toBeCloseTo(3.8 / 140, 10);
    expect(f.numbers.ratio).toBeCloseTo(0.03 / (3.8 / 140), 10);
    expect(f.text).toContain('2(1+μ)/((1+2μ)λmax)');
    const below = explained(explainRavineLevel(), { optimizer: 'nesterov', momentum: 0.9, lr: 0.026 }, { free: true }).ctx;
    expect(below.trace.outcome).not.toBe('diverged');
  });

  it('a run that did not diverge has no divergence finding', () => {
    expect(divergenceFinding(explained(fixtureLevel('ravine-momentum'), { lr: 0.038 }).ctx)).toBeNull();
  });
});
