import { describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { levelDefaults } from '@/engine';
import { computeRun } from './run';
import { summarize } from './summary';

describe('local one-line summaries', () => {
  it('explains a saddle stall with the Hessian eigenvalues', () => {
    const level = getLevel('saddle-escape')!;
    const s = levelDefaults(level);
    const text = summarize(level, s, computeRun(level, s, 1));
    expect(text).toMatch(/stalling near a saddle for \d+ steps/);
    expect(text).toMatch(/eigenvalues -2\.0\d and 2\.0\d|eigenvalues −?-?1\.9\d and 2\.0\d/);
  });

  it('explains divergence against the stable limit 2/λmax', () => {
    const level = getLevel('ravine-momentum')!;
    const s = { ...levelDefaults(level), lr: 0.05 };
    const run = computeRun(level, s, 1);
    expect(run.trace.outcome).toBe('diverged');
    expect(summarize(level, s, run)).toMatch(/1\.2\d× the stable limit 2\/λmax = 0\.04/);
  });

  it('reports success with the step count and seeds', () => {
    const level = getLevel('ravine-momentum')!;
    const s = { ...levelDefaults(level), ...level.solution };
    expect(summarize(level, s, computeRun(level, s, 1))).toMatch(/^Reached the goal in \d+ of 400 steps \(4 of 4 seeds/);
  });
});
