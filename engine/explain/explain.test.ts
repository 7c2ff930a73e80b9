import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, fixtureLevel } from '../test-fixtures/levels';
import { exactSaddleLevel, expectWellFormedExplanation, explained } from './test-helpers';

describe('explainRun', () => {
  it('every outcome gets a sensible headline', () => {
    const budget = explained(fixtureLevel('saddle-escape')).explanation;
    expect(budget.outcome).toBe('budget-exhausted');
    expect(budget.headline).toMatch(/^Ran out of steps: stalled \d+ steps at a saddle \(Hessian eigenvalues −2\.0 and \+2\.0\)\.$/);

    const stalled = explained(exactSaddleLevel(), {}, { free: true }).explanation;
    expect(stalled.outcome).toBe('stalled');
    expect(stalled.headline).toMatch(/^Stalled at a saddle: \d+ steps with the gradient norm below 0\.001, Hessian eigenvalues −2\.0 and \+2\.0\.$/);

    const minimum = explained(fixtureLevel('rolling-hills')).explanation;
    expect(minimum.outcome).toBe('stalled');
    expect(minimum.headline).toMatch(/^Stalled in a local minimum that is not the goal/);

    const diverged = explained(fixtureLevel('ravine-momentum'), { lr: 0.05 }).explanation;
    expect(diverged.outcome).toBe('diverged');
    expect(diverged.headline).toMatch(/^Diverged at step \d+/);
    expect(diverged.findings[0].kind).toBe('divergence');

    const level = fixtureLevel('ravine-momentum');
    const reached = explained(level, level.solution, { score: true }).explanation;
    expect(reached.outcome).toBe('reached-goal');
    expect(reached.headline).toMatch(/^Reached the goal in \d+ of 400 steps \(4 of 4 seeds\)\.$/);
    expect(reached.findings[0].kind).toBe('success');

    const slow = explained(level).explanation;
    expect(slow.headline).toBe('Ran out of steps: 92 % of the way along a narrow valley.');
  });

  it('saddle stall explanation carries the eigenvalues and links to the saddle lesson', () => {
    const e = explained(fixtureLevel('saddle-escape')).explanation;
    const stall = e.findings.find((f) => f.kind === 'saddle-stall')!;
    expect(stall.numbers.lambdaMin).toBeCloseTo(-2, 1);
    expect(stall.numbers.lambdaMax).toBeCloseTo(2, 1);
    expect(e.lessonLinks[0]).toEqual({ slug: 'saddle-points', anchor: '#saddles', title: 'Saddle points: stalling at a saddle' });
  });

  it('ravine near the limit oscillates, above it diverges', () => {
    const near = explained(fixtureLevel('ravine-momentum'), { lr: 0.038 }).explanation;
    expect(near.findings.map((f) => f.kind)).toContain('oscillation');
    const above = explained(fixtureLevel('ravine-momentum'), { lr: 0.05 }).explanation;
    expect(above.findings.map((f) => f.kind)).toEqual(['divergence']);
    expect(above.findings[0].text).toContain('2/λmax');
  });

  it('every fixture level, defaults and solution: findings in priority order, finite numbers, JSON-clean, deterministic', () => {
    for (const level of FIXTURE_IDS.map(fixtureLevel)) {
      for (const over of [{}, level.solution]) {
        expectWellFormedExplanation(level, over);
      }
    }
  });
});
