import { describe, expect, it } from 'vitest';
import { seedToShow } from './stored-run';

describe('seedToShow', () => {
  it('shows the first seed whose outcome is the run’s, else seed 1', () => {
    const seeds = [
      { seed: 1, outcome: 'budget-exhausted' as const },
      { seed: 2, outcome: 'reached-goal' as const },
    ];
    expect(seedToShow({ seeds, outcome: 'reached-goal' })).toBe(2);
    expect(seedToShow({ seeds, outcome: 'budget-exhausted' })).toBe(1);
    expect(seedToShow({ seeds, outcome: 'diverged' })).toBe(1);
    expect(seedToShow({ seeds: [], outcome: 'stalled' })).toBe(1);
  });
});
