import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/engine';
import { lockedParts } from './locked-line';

describe('the "Fixed in this level" line', () => {
  it('calls a locked batch of every example the full gradient and drops the shuffling', () => {
    const parts = lockedParts(['batchSize', 'shuffle'], { ...DEFAULT_SETTINGS, batchSize: 1, shuffle: 'epoch' }, 1);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatch(/1 \(every example: the full gradient\)/);
  });

  it('keeps both when the batch is smaller than the data or drawn with replacement', () => {
    expect(lockedParts(['batchSize', 'shuffle'], { ...DEFAULT_SETTINGS, batchSize: 4, shuffle: 'epoch' }, 64)).toHaveLength(2);
    const replaced = lockedParts(['batchSize', 'shuffle'], { ...DEFAULT_SETTINGS, batchSize: 64, shuffle: 'replacement' }, 64);
    expect(replaced).toHaveLength(2);
    expect(replaced.join(' ')).not.toMatch(/full gradient/);
  });
});
