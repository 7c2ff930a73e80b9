import { describe, expect, it } from 'vitest';
import { readRunFromUrl, writeRunToUrl } from './url-state';
import { SETTINGS_REGISTRY, SETTING_KEYS, defineLevel, levelDefaults, type Settings, type SettingKey } from '@/engine';

const level = defineLevel({
  landscape: { family: 'ravine', params: {}, variation: { n: 64 } },
  start: [1, 1],
  goal: { kind: 'region', center: [0, 0], radius: 0.1 },
  budget: 100,
  defaults: { optimizer: 'sgd', lr: 0.01, batchSize: 8 },
  controls: { optimizer: { options: ['sgd', 'adam'] }, lr: { min: 0.001, max: 0.5 }, batchSize: { min: 1, max: 64 }, biasCorrection: {} },
});

describe('URL state', () => {
  it('round-trips settings and seed exactly', () => {
    const settings = { ...levelDefaults(level), optimizer: 'adam' as const, lr: 0.0123456789, batchSize: 3, biasCorrection: false };
    const params = writeRunToUrl(level, settings, 7);
    const back = readRunFromUrl(level, new URLSearchParams(params.toString()));
    expect(back.settings).toEqual(settings);
    expect(back.seed).toBe(7);
    expect(back.error).toBeNull();
  });

  it('writes only what differs from the defaults', () => {
    expect(writeRunToUrl(level, levelDefaults(level), 1).toString()).toBe('');
  });

  it('refuses locked and out-of-range values but keeps the valid ones', () => {
    const back = readRunFromUrl(level, new URLSearchParams('opt=adam&lr=9&mom=0.5&seed=x'));
    expect(back.settings.optimizer).toBe('adam');
    expect(back.settings.lr).toBe(0.01);
    expect(back.settings.momentum).toBe(levelDefaults(level).momentum);
    expect(back.error).toMatch(/lr/);
    expect(back.seed).toBe(1);
  });

  it('round-trips every setting through its registry URL key', () => {
    const all = defineLevel({
      landscape: { family: 'regression', params: {}, variation: { n: 64 } },
      start: [0, 0],
      goal: { kind: 'region', center: [1, 1], radius: 0.1 },
      budget: 100,
      controls: {
        optimizer: { options: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] },
        lr: { min: 0.001, max: 1 }, batchSize: { min: 1, max: 64 }, shuffle: { options: ['epoch', 'once', 'none', 'replacement'] },
        momentum: { min: 0, max: 0.99 }, momentumForm: { options: ['pytorch', 'classic'] }, beta1: { min: 0, max: 0.99 },
        beta2: { min: 0.9, max: 0.9999 }, rho: { min: 0.5, max: 0.9999 }, eps: { min: 1e-10, max: 1e-4 }, biasCorrection: {}, batchNorm: {}, standardize: {},
        l1: { min: 0, max: 1 }, l2: { min: 0, max: 1 },
      },
    });
    const other: { [K in SettingKey]: Settings[K] } = {
      optimizer: 'rmsprop', lr: 0.0375, batchSize: 5, shuffle: 'none', momentum: 0.75, momentumForm: 'classic', beta1: 0.8, beta2: 0.95,
      rho: 0.875, eps: 3e-7, biasCorrection: false, batchNorm: true, standardize: true, l1: 0.25, l2: 0.125,
    };
    const defaults = levelDefaults(all);
    for (const key of SETTING_KEYS) {
      expect(other[key], key).not.toBe(defaults[key]);
      const settings = { ...defaults, [key]: other[key] } as Settings;
      const params = writeRunToUrl(all, settings, 1);
      expect([...params.keys()], key).toEqual([SETTINGS_REGISTRY[key].urlKey]);
      const back = readRunFromUrl(all, params);
      expect(back.error, key).toBeNull();
      expect(back.settings, key).toEqual(settings);
    }
    // …and all of them at once, RMSprop with a β₂ of its own (the link then carries ρ as well).
    const everything = { ...other, rho: defaults.rho };
    const params = writeRunToUrl(all, everything, 3);
    expect(params.get('rho')).toBe(String(defaults.rho));
    expect(readRunFromUrl(all, new URLSearchParams(params.toString()))).toEqual({ settings: everything, seed: 3, error: null });
  });

  it('reads an old RMSprop link’s β₂ (b2) as ρ', () => {
    const rms = defineLevel({
      landscape: { family: 'ravine', params: {}, variation: { n: 64 } },
      start: [1, 1],
      goal: { kind: 'region', center: [0, 0], radius: 0.1 },
      budget: 100,
      defaults: { optimizer: 'sgd', rho: 0.999 },
      controls: { optimizer: { options: ['sgd', 'rmsprop', 'adam'] }, beta2: { min: 0.9, max: 0.999 }, rho: { min: 0.9, max: 0.999 } },
    });
    const old = readRunFromUrl(rms, new URLSearchParams('opt=rmsprop&b2=0.95'));
    expect(old.error).toBeNull();
    expect(old.settings).toMatchObject({ optimizer: 'rmsprop', rho: 0.95, beta2: levelDefaults(rms).beta2 });
    // Not for Adam, and not when the link names ρ itself.
    expect(readRunFromUrl(rms, new URLSearchParams('opt=adam&b2=0.95')).settings).toMatchObject({ beta2: 0.95, rho: 0.999 });
    expect(readRunFromUrl(rms, new URLSearchParams('opt=rmsprop&b2=0.95&rho=0.9')).settings).toMatchObject({ beta2: 0.95, rho: 0.9 });
    // A level whose default optimizer is RMSprop: its old links never said opt=rmsprop.
    const locked = defineLevel({
      landscape: { family: 'ravine', params: {}, variation: { n: 64 } },
      start: [1, 1],
      goal: { kind: 'region', center: [0, 0], radius: 0.1 },
      budget: 100,
      defaults: { optimizer: 'rmsprop', rho: 0.9 },
      controls: { rho: { min: 0.5, max: 0.99 } },
    });
    expect(readRunFromUrl(locked, new URLSearchParams('b2=0.7')).settings.rho).toBe(0.7);
  });
});
