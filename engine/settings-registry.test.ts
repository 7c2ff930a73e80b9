import { describe, expect, it } from 'vitest';
import {
  OPTIMIZER_INFO, SETTINGS_REGISTRY, describeSetting, isLogScale, optionLabel, optimizerName, settingApplies, settingTitle, type SettingDef,
} from './settings-registry';
import { DEFAULT_SETTINGS, SETTING_KEYS, SettingsSchema } from './settings';
import { DEFAULT_HYPER, HYPER_RANGES, OPTIMIZER_IDS } from './optim/registry';

const FIELDS: readonly (keyof SettingDef)[] = ['key', 'urlKey', 'label', 'symbol', 'short', 'scale', 'range', 'options', 'appliesTo', 'glossary', 'help'];

describe('settings registry', () => {
  it('defines every setting, in the schema’s order, with every field', () => {
    expect(Object.keys(SETTINGS_REGISTRY)).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) {
      const d = SETTINGS_REGISTRY[key];
      for (const f of FIELDS) expect(d[f], `${key}.${f}`).not.toBeUndefined();
      expect(Object.keys(d).sort()).toEqual([...FIELDS].sort());
      expect(d.key).toBe(key);
      expect(d.label.length, key).toBeGreaterThan(0);
      expect(d.short.length, key).toBeGreaterThan(0);
      expect(d.help.length, key).toBeGreaterThan(20);
      expect(d.urlKey, key).toMatch(/^[A-Za-z0-9]{1,8}$/);
      if (d.symbol !== null) expect(d.symbol.length).toBeGreaterThan(0);
      if (d.glossary !== null) expect(d.glossary).toMatch(/^[a-z0-9-]+$/);
      const numeric = d.scale === 'log' || d.scale === 'linear' || d.scale === 'integer';
      expect(d.range !== null, key).toBe(numeric);
      expect(d.options !== null, key).toBe(d.scale === 'enum');
      if (d.appliesTo !== 'all') for (const o of d.appliesTo) expect(OPTIMIZER_IDS).toContain(o);
    }
    // URL keys are distinct (links must decode) and keep their pre-registry spelling.
    const urlKeys = SETTING_KEYS.map((k) => SETTINGS_REGISTRY[k].urlKey);
    expect(new Set(urlKeys).size).toBe(urlKeys.length);
    expect(urlKeys).toEqual(['opt', 'lr', 'B', 'shuffle', 'mom', 'form', 'b1', 'b2', 'rho', 'eps', 'bc', 'bn', 'std', 'l1', 'l2']);
  });

  it('its ranges and options are exactly what the schema accepts, and the defaults lie inside', () => {
    for (const key of SETTING_KEYS) {
      const d = SETTINGS_REGISTRY[key];
      const accepts = (v: unknown) => SettingsSchema.shape[key].safeParse(v).success;
      expect(accepts(DEFAULT_SETTINGS[key]), key).toBe(true);
      if (d.range) {
        expect(accepts(d.range.min) && accepts(d.range.max), key).toBe(true);
        expect(accepts(d.range.min - Math.max(1e-13, Math.abs(d.range.min) * 1e-6)), key).toBe(false);
        expect(accepts(d.range.max * (1 + 1e-6)), key).toBe(false);
      }
      if (d.options) {
        for (const o of d.options) expect(accepts(o.value), `${key}=${o.value}`).toBe(true);
        expect(accepts('nonsense')).toBe(false);
      }
    }
    expect(SETTINGS_REGISTRY.rho.range).toEqual({ min: HYPER_RANGES.rho.min, max: HYPER_RANGES.rho.max });
    expect(SETTINGS_REGISTRY.rho.range).toEqual(SETTINGS_REGISTRY.beta2.range);
  });

  it('names the decays as PyTorch does: β₁ and β₂ for Adam, ρ for RMSprop', () => {
    expect(SETTINGS_REGISTRY.beta1).toMatchObject({ symbol: 'β₁', appliesTo: ['adam'] });
    expect(SETTINGS_REGISTRY.beta2).toMatchObject({ symbol: 'β₂', appliesTo: ['adam'] });
    expect(SETTINGS_REGISTRY.rho).toMatchObject({ symbol: 'ρ', appliesTo: ['rmsprop'] });
    expect(SETTINGS_REGISTRY.lr.symbol).toBe('η');
    expect(SETTINGS_REGISTRY.momentum.symbol).toBe('μ');
    expect(settingTitle('lr')).toBe('Learning rate η');
    expect(settingTitle('batchSize')).toBe('Batch size B');
    expect(settingTitle('optimizer')).toBe('Optimizer');
  });

  it('says which settings each optimizer reads', () => {
    const reads = (o: (typeof OPTIMIZER_IDS)[number]) => SETTING_KEYS.filter((k) => SETTINGS_REGISTRY[k].appliesTo !== 'all' && settingApplies(k, o));
    expect(reads('sgd')).toEqual([]);
    expect(reads('momentum')).toEqual(['momentum', 'momentumForm']);
    expect(reads('nesterov')).toEqual(['momentum', 'momentumForm']);
    expect(reads('adagrad')).toEqual(['eps']);
    expect(reads('rmsprop')).toEqual(['rho', 'eps']);
    expect(reads('adam')).toEqual(['beta1', 'beta2', 'eps', 'biasCorrection']);
    expect(settingApplies('lr', 'sgd')).toBe(true);
  });

  it('defines every optimizer once, with its display name', () => {
    expect(Object.keys(OPTIMIZER_INFO)).toEqual([...OPTIMIZER_IDS]);
    expect(OPTIMIZER_IDS.map(optimizerName)).toEqual(['SGD', 'Momentum', 'Nesterov', 'AdaGrad', 'RMSprop', 'Adam']);
    for (const id of OPTIMIZER_IDS) {
      expect(OPTIMIZER_INFO[id].id).toBe(id);
      expect(OPTIMIZER_INFO[id].description.length).toBeGreaterThan(20);
      expect(OPTIMIZER_INFO[id].glossary).not.toBeUndefined();
      expect(optionLabel('optimizer', id)).toBe(optimizerName(id));
    }
  });

  it('DEFAULT_SETTINGS takes the optimizer defaults from DEFAULT_HYPER (RMSprop’s ρ = 0.99, PyTorch’s alpha)', () => {
    for (const [k, v] of Object.entries(DEFAULT_HYPER)) expect(DEFAULT_SETTINGS[k as keyof typeof DEFAULT_HYPER]).toBe(v);
    expect(DEFAULT_SETTINGS.rho).toBe(0.99);
    expect(DEFAULT_SETTINGS.beta2).toBe(0.999);
    // Where ρ is explained, its default and both sources are named.
    expect(SETTINGS_REGISTRY.rho.help).toContain(`ρ = ${DEFAULT_HYPER.rho}, PyTorch’s default (alpha); Hinton’s lecture used 0.9`);
  });

  it('describes values and picks log scales', () => {
    expect(describeSetting('optimizer', 'rmsprop')).toBe('optimizer RMSprop');
    expect(describeSetting('rho', 0.9)).toBe('ρ 0.9');
    expect(describeSetting('batchNorm', true)).toBe('BatchNorm on');
    expect(isLogScale('lr', 1e-3)).toBe(true);
    expect(isLogScale('l1', 0)).toBe(false);
    expect(isLogScale('l1', 0.01)).toBe(true);
    expect(isLogScale('momentum', 0.5)).toBe(false);
  });
});
