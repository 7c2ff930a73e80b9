import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { successFinding } from './success';
import { explained } from './test-helpers';

describe('success rule', () => {
  const level = fixtureLevel('saddle-escape');

  it('steps to the goal, and with the score: seeds reached, score and stars', () => {
    const { ctx } = explained(level, level.solution, { score: true });
    const f = successFinding(ctx)!;
    expect(f.numbers.goalStep).toBe(ctx.trace.goalStep);
    expect(f.numbers.seeds).toBe(4);
    expect(f.numbers.seedsReached).toBe(4);
    expect(f.numbers.stars).toBe(3);
    expect(f.text).toMatch(/4 of 4 seeds reached it; the level’s score is \d+ \(3 stars\)/);
  });

  it('without the score, only this seed; nothing when the goal was not reached', () => {
    const f = successFinding(explained(level, level.solution).ctx)!;
    expect(f.numbers.seeds).toBeUndefined();
    expect(successFinding(explained(level).ctx)).toBeNull();
  });
});
