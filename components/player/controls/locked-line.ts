/**
 * The "Fixed in this level" line under the controls. A locked batch that holds every example,
 * drawn without replacement, is the full gradient: the line says so, and leaves out the
 * shuffling, which then changes nothing (a level that says "full batch" with N = 1 would
 * otherwise read "Batch size B 1").
 */
import { optionLabel, settingTitle, type SettingKey, type Settings } from '@/engine';
import { formatSliderValue } from './LogSlider';

/** How a locked setting's value reads. */
function shown(key: SettingKey, v: Settings[SettingKey]): string {
  if (typeof v === 'number') return formatSliderValue(v);
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  return optionLabel(key, v);
}

/** The parts of the line, for the locked settings of a level with `n` training examples. */
export function lockedParts(locked: readonly SettingKey[], settings: Settings, n: number): string[] {
  const fullBatch = locked.includes('batchSize') && settings.batchSize >= n && settings.shuffle !== 'replacement';
  return locked
    .filter((k) => !(fullBatch && k === 'shuffle'))
    .map((k) => (fullBatch && k === 'batchSize' ? `${settingTitle(k)} ${n} (every example: the full gradient)` : `${settingTitle(k)} ${shown(k, settings[k])}`));
}
