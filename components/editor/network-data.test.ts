/**
 * A network draft before and after its data set is loaded in the page (./network-data.ts): the
 * schema's upper bound first, then the real training rows for validation and the batch-size
 * control; whether drawing would train a centre. The tests run in order (one module state).
 */
import { describe, expect, it } from 'vitest';
import { defineLevel } from '@/engine';
import { readyLandscape } from '@/content/datasets/ready';
import { calibrationFromSolution, newDraft, switchFamily, validateDraft, type Draft } from './draft';
import { initialControl, setUnlocked } from './controls';
import { centreNeedsTraining } from './network-data';
import { loadedNetworkRows, networkDataLoaded, networkRowProblems } from '@/engine/level/network-rows';

// Two of the four measurements: rows the built-in levels (loaded by the test setup) do not use,
// so this file sees them before and after loading.
const TWO_FEATURES = ['Beak Length (mm)', 'Beak Depth (mm)'];
const twoFeatures = (d: Draft): Draft => ({ ...d, params: { ...d.params, network: { ...(d.params.network ?? {}), features: TWO_FEATURES } } });

const penguins = (): Draft => twoFeatures(switchFamily(newDraft(), 'network'));
const spec = { family: 'network' as const, params: { dataset: 'penguins', features: TWO_FEATURES } };
const level = defineLevel({
  landscape: { family: 'network', params: { dataset: 'penguins', features: TWO_FEATURES } },
  start: [0.6, -0.5],
  goal: { kind: 'region', center: [0, 0], radius: 0.2 },
  budget: 60,
  seeds: 2,
  defaults: { standardize: true, lr: 0.3, batchSize: 32 },
  controls: { lr: { min: 0.01, max: 1 } },
  solution: { lr: 0.3 },
});

describe('a network draft’s rows', () => {
  it('before loading: nothing known, the schema’s bound (344 source rows: at most 275 to train on) applies, no error thrown', () => {
    expect(networkDataLoaded(spec)).toBe(false);
    expect(loadedNetworkRows(spec)).toBeNull();
    expect(centreNeedsTraining(spec, false)).toBe(false);
    const d = { ...penguins(), defaults: { ...penguins().defaults, batchSize: 275 } };
    const res = validateDraft(d);
    expect(res.ok ? [] : res.errors).toEqual([]);
    if (res.ok) expect(networkRowProblems(res.level)).toEqual([]);
    expect(initialControl(penguins(), 'batchSize')).toEqual({ min: 1, max: 275 });
    // A fork's calibration from its solution waits for the rows (no NetworkDataMissingError).
    expect(calibrationFromSolution(level)).toBeNull();
    // Other families are always loaded.
    expect(networkDataLoaded({ family: 'ravine', params: {} })).toBe(true);
  });

  it('once loaded: the real 274 training rows limit the batch size and its control', async () => {
    await readyLandscape({ family: 'network', params: { dataset: 'penguins', features: TWO_FEATURES }, variation: {} });
    expect(networkDataLoaded(spec)).toBe(true);
    expect(loadedNetworkRows(spec)).toEqual({ nTrain: 274, nTest: 68 });
    const d = { ...penguins(), defaults: { ...penguins().defaults, batchSize: 275 } };
    const res = validateDraft(d);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors).toEqual([{ path: 'defaults.batchSize', message: 'batch size exceeds the 274 training rows of Palmer penguins' }]);
    const unlocked = setUnlocked(penguins(), 'batchSize', true);
    expect(unlocked.controls.batchSize).toEqual({ min: 1, max: 274 });
    expect(validateDraft(unlocked).ok).toBe(true);
    expect(calibrationFromSolution(level)).toMatchObject({ tried: 1, solution: { lr: 0.3 } });
  });

  it('switching to a loaded network clamps the batch sizes to its training rows', () => {
    const big = setUnlocked({ ...newDraft(), variation: { ...newDraft().variation, n: 1000 }, defaults: { ...newDraft().defaults, batchSize: 512 } }, 'batchSize', true);
    const d = switchFamily(big, 'network');
    expect(d.defaults.batchSize).toBe(274);
    expect(d.controls.batchSize).toEqual({ min: 1, max: 274 });
    expect(validateDraft(d).ok).toBe(true);
  });

  it('knows which centres drawing would train: the stored standardized one not, the raw one yes', () => {
    expect(centreNeedsTraining({ family: 'network', params: { dataset: 'penguins' } }, true)).toBe(false);
    expect(centreNeedsTraining({ family: 'network', params: { dataset: 'penguins' } }, false)).toBe(true);
    expect(centreNeedsTraining({ family: 'network', params: { dataset: 'penguins', centre: 'init' } }, false)).toBe(false);
    expect(centreNeedsTraining({ family: 'ravine', params: {} }, false)).toBe(false);
  });
});
