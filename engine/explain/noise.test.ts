import { describe, expect, it } from 'vitest';
import { fixtureLevel } from '../test-fixtures/levels';
import { noiseFinding } from './noise';
import { explained } from './test-helpers';

describe('mini-batch noise rule', () => {
  const level = fixtureLevel('sharp-or-flat');

  it('B = 4 of N = 64: the batch gradient is far from the full one; the variance factor is (N−B)/(B(N−1))', () => {
    const f = noiseFinding(explained(level, { batchSize: 4 }).ctx)!;
    expect(f.kind).toBe('noise');
    expect(f.numbers.relError).toBeGreaterThan(0.3);
    expect(f.numbers.varianceFactor).toBeCloseTo(60 / (4 * 63), 12);
    expect(f.numbers.batchRoughness).toBeGreaterThan(f.numbers.trainRoughness);
    expect(f.text).toContain('B = 4 of N = 64');
  });

  it('smaller batches are noisier', () => {
    const small = noiseFinding(explained(level, { batchSize: 2 }).ctx)!;
    const larger = noiseFinding(explained(level, { batchSize: 16 }).ctx)!;
    expect(small.numbers.relError).toBeGreaterThan(larger.numbers.relError);
  });

  it('full batch: no noise', () => {
    expect(noiseFinding(explained(level, { batchSize: 64 }).ctx)).toBeNull();
  });

  it('with replacement the variance factor is 1/B, and B = N is not the full gradient', () => {
    const free = { free: true };
    const f4 = noiseFinding(explained(level, { batchSize: 4, shuffle: 'replacement' }, free).ctx)!;
    expect(f4.numbers.varianceFactor).toBeCloseTo(1 / 4, 12);
    expect(f4.text).toContain('drawn with replacement');
    expect(f4.text).toContain('1/B = 0.25');
    // B = 64 of N = 64 picked with replacement (mind-the-gap's sampler): noisy, variance σ²/64, not 0.
    const f64 = noiseFinding(explained(level, { batchSize: 64, lr: 0.015, shuffle: 'replacement' }, free).ctx);
    expect(f64).not.toBeNull();
    expect(f64!.numbers.varianceFactor).toBeCloseTo(1 / 64, 12);
  });
});
