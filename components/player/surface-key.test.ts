import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LandscapeSpecSchema, type Settings } from '@/engine';
import { getLevel } from '@/content/levels';
import { coarseRes, exampleCostWeight, levelKeyOf, trainGridKey } from './surface-key';

const level = getLevel('saddle-escape')!;
const key = (patch: Partial<Settings>) => trainGridKey(levelKeyOf(level), { ...DEFAULT_SETTINGS, ...patch });

describe('training-grid cache key', () => {
  it('ignores every setting that does not reshape the objective', () => {
    const base = key({});
    const same: Partial<Settings>[] = [
      { lr: 0.5 }, { optimizer: 'adam' }, { momentum: 0.5 }, { beta1: 0.5 }, { beta2: 0.9 }, { eps: 1e-4 },
      { biasCorrection: false }, { batchSize: 1 }, { shuffle: 'none' }, { momentumForm: 'classic' },
    ];
    for (const patch of same) expect(key(patch), JSON.stringify(patch)).toBe(base);
  });

  it('changes with BatchNorm, λ1 and λ2, and with the level object', () => {
    const base = key({});
    expect(new Set([base, key({ batchNorm: true }), key({ l1: 0.1 }), key({ l2: 0.1 }), key({ l1: 0.1, l2: 0.1 })]).size).toBe(5);
    const copy = { ...level };
    expect(levelKeyOf(copy)).not.toBe(levelKeyOf(level));
    expect(levelKeyOf(level)).toBe(levelKeyOf(level));
  });

  it('coarse grids stay between 8 and 64 a side and shrink with the number of examples', () => {
    expect(coarseRes(1)).toBe(64);
    expect(coarseRes(256)).toBe(39);
    expect(coarseRes(4096)).toBe(9);
    expect(coarseRes(0)).toBe(64);
    expect(coarseRes(1e6)).toBe(8);
  });

  it('coarse grids count cost, not rows: a network example weighs as much as ~10 built-in ones', () => {
    const penguins = LandscapeSpecSchema.parse({ family: 'network', params: { dataset: 'penguins' } });
    const w = exampleCostWeight(penguins);
    expect(w).toBeCloseTo((8 * (4 + 3 + 2)) / 7, 12);
    expect(exampleCostWeight(level.landscape)).toBe(1);
    // 274 penguins rows: ≈ 400 000 weighted evaluations, as 256 rows of a built-in family.
    const res = coarseRes(274, w);
    expect(res).toBe(11);
    expect(res * res * 274 * w).toBeLessThanOrEqual(400_000);
    expect(coarseRes(274)).toBe(38);
    // The weight is the same as multiplying the rows.
    expect(coarseRes(100, 4)).toBe(coarseRes(400));
  });
});
