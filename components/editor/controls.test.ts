import { describe, expect, it } from 'vitest';
import { FAMILIES, FAMILY_IDS, SETTING_KEYS } from '@/engine';
import { newDraft, validateDraft } from './draft';
import { offeredSettings, setUnlocked, toggleOption } from './controls';

describe('unlocking settings', () => {
  it('every setting unlocked with its initial control gives a valid level', () => {
    let d = newDraft();
    for (const k of SETTING_KEYS) d = setUnlocked(d, k, true);
    const res = validateDraft(d);
    expect(res.ok ? [] : res.errors).toEqual([]);
  });

  it('a learning-rate range brackets the default a decade each way; batch size stops at n', () => {
    const d = setUnlocked(setUnlocked(newDraft(), 'lr', true), 'batchSize', true);
    expect(d.controls.lr).toEqual({ min: 0.001, max: 0.1 });
    expect(d.controls.batchSize).toEqual({ min: 1, max: 32 });
    expect('lr' in setUnlocked(d, 'lr', false).controls).toBe(false);
  });

  it('keeps at least one option, in the engine order', () => {
    let d = setUnlocked(newDraft(), 'optimizer', true);
    d = toggleOption(d, 'optimizer', 'sgd', false);
    d = toggleOption(d, 'optimizer', 'sgd', true);
    expect(d.controls.optimizer?.options[0]).toBe('sgd');
    for (const o of ['momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']) d = toggleOption(d, 'optimizer', o, false);
    expect(toggleOption(d, 'optimizer', 'sgd', false).controls.optimizer?.options).toEqual(['sgd']);
  });
});

describe('settings offered per family', () => {
  it('BatchNorm only where the family supports it, input standardization only on a real network', () => {
    for (const id of FAMILY_IDS) {
      const offered = offeredSettings(id);
      expect(offered.includes('batchNorm'), id).toBe(FAMILIES[id].supportsBatchNorm);
      expect(offered.includes('standardize'), id).toBe(id === 'network');
      expect(offered.filter((k) => k !== 'batchNorm' && k !== 'standardize')).toEqual(SETTING_KEYS.filter((k) => k !== 'batchNorm' && k !== 'standardize'));
    }
    expect(offeredSettings('regression')).toContain('batchNorm');
    expect(offeredSettings('network')).not.toContain('batchNorm');
  });
});
