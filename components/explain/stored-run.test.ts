import { describe, expect, it } from 'vitest';
import { normalizeStoredRun, seedToShow } from './stored-run';

const row = {
  id: 'r_abc123',
  levelId: 'saddle-escape',
  levelSource: 'builtin',
  levelJson: null,
  levelHash: 'x',
  settings: { optimizer: 'adam', lr: 0.05 },
  seeds: [
    { seed: 1, outcome: 'budget-exhausted', goalStep: null, score: 70 },
    { seed: 2, outcome: 'reached-goal', goalStep: 40, score: 960 },
  ],
  score: 515,
  stars: 1,
  outcome: 'reached-goal',
  successRate: 0.5,
  nickname: null,
  createdAt: new Date('2025-01-02T03:04:05Z'),
};

describe('normalizeStoredRun', () => {
  it('accepts the storage row shape (extra fields ignored)', () => {
    const run = normalizeStoredRun(row)!;
    expect(run.id).toBe('r_abc123');
    expect(run.createdAt.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(run.seeds).toEqual([
      { seed: 1, outcome: 'budget-exhausted' },
      { seed: 2, outcome: 'reached-goal' },
    ]);
    expect(seedToShow(run)).toBe(2);
  });

  it('fills defaults and parses string dates; an explicit seed wins', () => {
    const run = normalizeStoredRun({ id: 'a', levelId: 'b', settings: {}, score: 1, stars: '2', outcome: 'stalled', createdAt: '2025-01-01T00:00:00Z', seed: 7 })!;
    expect(run.levelSource).toBe('builtin');
    expect(run.stars).toBe(2);
    expect(run.nickname).toBeNull();
    expect(seedToShow(run)).toBe(7);
    expect(seedToShow({ ...run, seed: undefined })).toBe(1);
  });

  it('rejects what is not a run', () => {
    expect(normalizeStoredRun(null)).toBeNull();
    expect(normalizeStoredRun({ ...row, outcome: 'won' })).toBeNull();
    expect(normalizeStoredRun({ ...row, id: '' })).toBeNull();
  });
});

