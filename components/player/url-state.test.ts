import { describe, expect, it } from 'vitest';
import { readRunFromUrl, writeRunToUrl } from './url-state';
import { defineLevel, levelDefaults } from '@/engine';

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
});
