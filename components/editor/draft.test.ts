import { describe, expect, it } from 'vitest';
import { FAMILIES, defineLevel } from '@/engine';
import { draftToDoc, fingerprint, forkDraft, levelToDraft, newDraft, publishedDraft, publishReadiness, levelIdFromTitle, validateDraft } from './draft';
import { tEn } from './test-intl';

describe('draft → level document', () => {
  it('a new draft is a valid level', () => {
    const res = validateDraft(newDraft());
    expect(res.ok ? [] : res.errors).toEqual([]);
  });

  it('reports a broken terrain with its position, from the engine schema', () => {
    const d = newDraft();
    d.params.terrain = { ...d.params.terrain, expr: 'x^2 + * y' };
    const res = validateDraft(d);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toMatchObject({ path: 'landscape.params.expr' });
    expect(res.ok ? '' : res.errors[0].message).toMatch(/character 7/);
  });

  it('drops blank hints and keeps only meaningful defaults', () => {
    const d = newDraft();
    d.hints = ['  ', 'Try **Adam**'];
    const doc = draftToDoc(d);
    expect(doc.hints).toEqual(['Try **Adam**']);
    expect(doc.defaults).toEqual({ lr: 0.01, batchSize: 32 });
  });

  it('round-trips a level through levelToDraft', () => {
    const level = defineLevel({
      id: 'fork-me',
      landscape: { family: 'ravine', params: { kappa: 40 }, variation: { n: 16 } },
      start: [2, 1],
      goal: { kind: 'region', center: [0, 0], radius: 0.1 },
      budget: 200,
      defaults: { batchSize: 16 },
      controls: { lr: { min: 0.001, max: 0.05 } },
    });
    const res = validateDraft(levelToDraft(level));
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    expect(res.level.landscape.params).toMatchObject({ kappa: 40 });
    expect(res.level.controls).toEqual(level.controls);
    expect(res.level.defaults.batchSize).toBe(16);
    // A second round trip changes nothing: the document is the draft's fixed point.
    const again = validateDraft(levelToDraft(res.level));
    expect(again.ok && fingerprint(again.level)).toBe(fingerprint(res.level));
  });

  it('slugifies titles', () => {
    expect(levelIdFromTitle('Off the Saddle!')).toBe('off-the-saddle');
    expect(levelIdFromTitle('¿¿')).toBe('custom-level');
  });
});

describe('publishReadiness', () => {
  it('needs a calibration of this exact landscape that reached three stars', () => {
    const d = newDraft();
    expect(publishReadiness(d, tEn)).toMatchObject({ ok: false, reason: expect.stringMatching(/calibrate/) });
    const res = validateDraft(d);
    if (!res.ok) throw new Error('invalid');
    d.calibration = { fingerprint: fingerprint(res.level), bestScore: 900, successRate: 1, tried: 10, proposedStars: [360, 630, 810], solution: { lr: 0.1 } };
    d.solution = { lr: 0.1 };
    expect(publishReadiness(d, tEn).ok).toBe(true);
    d.stars = [300, 600, 950];
    expect(publishReadiness(d, tEn)).toMatchObject({ ok: false, reason: expect.stringMatching(/below the three-star/) });
    d.stars = [300, 600, 800];
    d.budget = 301;
    expect(publishReadiness(d, tEn)).toMatchObject({ ok: false, reason: expect.stringMatching(/calibrate/) });
  });

  it('refuses an unsolvable calibration', () => {
    const d = newDraft();
    const res = validateDraft(d);
    if (!res.ok) throw new Error('invalid');
    d.calibration = { fingerprint: fingerprint(res.level), bestScore: 450, successRate: 0, tried: 10, proposedStars: [180, 315, 450], solution: {} };
    d.stars = [100, 200, 300];
    expect(publishReadiness(d, tEn)).toMatchObject({ ok: false, reason: expect.stringMatching(/not solvable/) });
  });
});

describe('fork and published drafts', () => {
  it('a fork of a level with a three-star solution is publishable until its landscape changes', async () => {
    const { getLevel } = await import('@/content/levels');
    const level = getLevel('saddle-escape')!;
    const d = forkDraft(level, tEn);
    expect(d.title).toBe(`${level.title} (remix)`);
    expect(d.id).toBe('off-the-saddle-remix');
    expect(publishReadiness(d, tEn).ok).toBe(true);
    d.budget = 20;
    expect(publishReadiness(d, tEn).ok).toBe(false);
  });

  it('a published level without a solution needs calibrating', () => {
    const level = defineLevel({ landscape: { family: 'saddle' }, start: [0.3, 0.1], goal: { kind: 'loss', split: 'train', below: -0.5 }, budget: 100 });
    expect(publishedDraft(level).calibration).toBeNull();
  });
});

describe('switchFamily', () => {
  it('takes the family variation and keeps the default batch within its examples', async () => {
    const { switchFamily } = await import('./draft');
    const d = switchFamily(newDraft(), 'ravine');
    expect(d.variation.spread).toEqual([0.05, 0.02]);
    const r = validateDraft(d);
    expect(r.ok ? [] : r.errors).toEqual([]);
    const back = switchFamily(d, 'terrain');
    expect(back.params.terrain?.expr).toBe('x^2 - y^2 + y^4/4');
  });

  it('to a real network: the variation overrides are dropped (its rows are its data set’s), and come back after', async () => {
    const { switchFamily } = await import('./draft');
    const tuned = { ...newDraft(), variation: { n: 100, nTest: 50, spread: [0.3, 0.2] as [number, number], seed: 9 } };
    const d = switchFamily(tuned, 'network');
    expect((draftToDoc(d).landscape as { variation: unknown }).variation).toEqual({});
    const r = validateDraft(d);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.level.landscape.variation).toEqual({});
    // Inputs start standardized (the stored centres); the spreads and counts of a terrain come back with it.
    expect(d.defaults.standardize).toBe(true);
    const back = switchFamily(d, 'terrain');
    const { n, spread } = FAMILIES.terrain.variation;
    expect(back.variation).toMatchObject({ n, spread });
    expect(back.defaults.standardize).toBe(false);
    expect((draftToDoc(back).landscape as { variation: unknown }).variation).toEqual(back.variation);
  });

  it('locks what the new family does not offer: BatchNorm off a network, standardization off everything else', async () => {
    const { switchFamily } = await import('./draft');
    const bn = { ...switchFamily(newDraft(), 'regression') };
    bn.controls = { ...bn.controls, batchNorm: {} };
    bn.defaults = { ...bn.defaults, batchNorm: true };
    bn.solution = { lr: 0.1, batchNorm: true };
    const net = switchFamily(bn, 'network');
    expect('batchNorm' in net.controls).toBe(false);
    expect(net.defaults.batchNorm).toBe(false);
    expect(net.solution).toEqual({ lr: 0.1 });
    const std = { ...net, controls: { ...net.controls, standardize: {} } };
    const off = switchFamily(std, 'ravine');
    expect('standardize' in off.controls).toBe(false);
    expect(off.controls.lr).toEqual(newDraft().controls.lr);
  });
});
