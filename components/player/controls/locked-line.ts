/**
 * The "Fixed in this level" line under the controls. A locked batch that holds every example,
 * drawn without replacement, is the full gradient: the line says so, and leaves out the
 * shuffling, which then changes nothing (a level that says "full batch" with N = 1 would
 * otherwise read "Batch size B 1").
 */
import type { SettingKey, Settings } from '@/engine';
import { formatSliderValue } from './LogSlider';
import { optionNameIn, settingTitleIn } from '@/components/i18n/setting-words';
import { EN, type Translate } from '@/components/i18n/translate';

/** How a locked setting's value reads. */
function shown(key: SettingKey, v: Settings[SettingKey], t: Translate): string {
  if (typeof v === 'number') return formatSliderValue(v);
  if (typeof v === 'boolean') return t(v ? 'on' : 'off');
  return optionNameIn(key, v, t);
}

/** The parts of the line, for the locked settings of a level with `n` training examples. */
export function lockedParts(locked: readonly SettingKey[], settings: Settings, n: number, t: Translate = EN): string[] {
  const fullBatch = locked.includes('batchSize') && settings.batchSize >= n && settings.shuffle !== 'replacement';
  return locked
    .filter((k) => !(fullBatch && k === 'shuffle'))
    .map((k) =>
      fullBatch && k === 'batchSize'
        ? t('controls.fullBatch', { title: settingTitleIn(k, t), n })
        : t('controls.fixedPart', { title: settingTitleIn(k, t), value: shown(k, settings[k], t) }),
    );
}
