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

  it('a loss goal held to the end: says from which step it held, or that it did not stay below', () => {
    const level = getLevel('noise-floor')!;
    const solved = { ...levelDefaults(level), ...level.solution };
    expect(summarize(level, solved, computeRun(level, solved, 1))).toMatch(/^Held the train loss below 1\.85 from step \d+ to the last of 300 steps \(8 of 8 seeds/);
    const naive = levelDefaults(level);
    expect(summarize(level, naive, computeRun(level, naive, 1))).toMatch(/^The train loss did not stay below 1\.85 to the end \(\d of 8 seeds/);
  });
});
