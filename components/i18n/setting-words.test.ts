import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, SETTINGS_REGISTRY, SETTING_KEYS, describeSetting, optionLabel, settingTitle } from '@/engine';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import { createTranslator } from 'next-intl';
import { describeSettingIn, optionNameIn, settingHelpIn, settingLabelIn, settingTitleIn } from '@/components/i18n/setting-words';
import type { Translate } from '@/components/i18n/translate';

const zh = createTranslator({ locale: 'zh', messages: CATALOGUES.zh, namespace: 'player' }) as unknown as Translate;

describe('the settings registry in the player catalogue', () => {
  it('repeats the registry word for word in English', () => {
    for (const key of SETTING_KEYS) {
      const d = SETTINGS_REGISTRY[key];
      expect(settingTitleIn(key), key).toBe(settingTitle(key));
      expect(settingLabelIn(key), key).toBe(d.label);
      expect(settingHelpIn(key), key).toBe(d.help);
      for (const o of d.options ?? []) expect(optionNameIn(key, o.value), `${key} ${o.value}`).toBe(optionLabel(key, o.value));
      const samples: unknown[] = d.scale === 'boolean' ? [true, false] : d.options ? d.options.map((o) => o.value) : [0.05, 16];
      for (const v of samples) expect(describeSettingIn(key, v), `${key} ${String(v)}`).toBe(describeSetting(key, v));
    }
    expect(optionNameIn('shuffle', 'no-such-mode')).toBe('no-such-mode');
  });

  it('has every optimizer and setting in Chinese', () => {
    for (const id of OPTIMIZER_IDS) expect(optionNameIn('optimizer', id, zh)).not.toBe('');
    expect(settingTitleIn('lr', zh)).toBe('学习率 η');
    expect(describeSettingIn('biasCorrection', false, zh)).toBe('偏差校正 关');
    expect(describeSettingIn('shuffle', 'epoch', zh)).toBe('打乱方式 每个迭代周期重新打乱');
  });
});
