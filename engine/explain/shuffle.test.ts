import { describe, expect, it } from 'vitest';
import { shuffleFinding } from './shuffle';
import { catsDogsLevel, explained } from './test-helpers';

describe('unshuffled-data rule', () => {
  const level = catsDogsLevel();
  const run = (shuffle: 'none' | 'once' | 'epoch' | 'replacement') =>
    explained(level, { optimizer: 'sgd', lr: 1, batchSize: 16, shuffle }, { free: true });

  it('ordered data, shuffle none: the loss cycles with the epoch (N/B = 16 steps)', () => {
    const { ctx, explanation } = run('none');
    const f = shuffleFinding(ctx)!;
    expect(f.kind).toBe('unshuffled');
    expect(f.numbers.lag).toBe(16);
    expect(f.numbers.autocorr).toBeGreaterThan(0.8);
    expect(f.numbers.autocorrWithin).toBeLessThan(0);
    expect(f.text).toContain('shuffle “none”');
    expect(explanation.lessonLinks.map((l) => l.slug + l.anchor)).toContain('batch-size-and-shuffling#shuffling');
  });

  it('reshuffling every epoch (or sampling with replacement) removes the cycle', () => {
    expect(shuffleFinding(run('epoch').ctx)).toBeNull();
    expect(shuffleFinding(run('replacement').ctx)).toBeNull();
  });
});
