import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { basinFinding } from './basin';
import { explained } from './test-helpers';

describe('sharp vs flat basin rule', () => {
  const level = fixtureLevel('sharp-or-flat');

  it('full batch (B = N = 64) settles in the sharp basin: sharper and a larger gap than the flat one', () => {
    const { ctx, explanation } = explained(level, { batchSize: 64 });
    const f = basinFinding(ctx)!;
    expect(f.kind).toBe('sharp-basin');
    expect(f.numbers.sharpness).toBeGreaterThan(5 * f.numbers.otherSharpness);
    expect(f.numbers.gap).toBeGreaterThan(f.numbers.otherGap);
    expect(f.text).toMatch(/sharpness \d+ here vs 0\.\d+ at the flat basin.*δ = 0\.05/);
    expect(f.text).toContain('B = 64 of N = 64');
    expect(explanation.findings[0].kind).toBe('sharp-basin');
    expect(explanation.headline).toBe('Ran out of steps: stuck in the sharp basin.');
  });

  it('B = 4 ends in the flat basin and reaches the goal', () => {
    const { ctx, explanation } = explained(level, { batchSize: 4 }, { score: true });
    expect(ctx.trace.outcome).toBe('reached-goal');
    const f = basinFinding(ctx)!;
    expect(f.kind).toBe('flat-basin');
    expect(f.numbers.sharpness).toBeLessThan(f.numbers.otherSharpness / 5);
    expect(f.numbers.gap).toBeLessThan(f.numbers.otherGap);
    expect(explanation.findings.map((x) => x.kind)).toEqual(['success', 'flat-basin', 'noise']);
    expect(explanation.headline).toMatch(/^Reached the goal in \d+ of 800 steps, in the flat basin \(8 of 8 seeds\)\.$/);
  });

  it('with replacement (as in mind-the-gap) B = N is not called exact', () => {
    const { ctx } = explained(level, { batchSize: 64, lr: 0.015, shuffle: 'replacement' }, { free: true });
    const f = basinFinding(ctx)!;
    expect(f.kind).toBe('sharp-basin');
    expect(f.text).not.toContain('exact, so');
    expect(f.text).toContain('drawn with replacement are not the exact gradient');
    expect(f.text).toContain('1/8 of one example’s');
  });

  it('landscapes without sharp and flat landmarks have no basin finding', () => {
    expect(basinFinding(explained(fixtureLevel('ravine-momentum')).ctx)).toBeNull();
  });
});
