/**
 * The settings registry's words (engine/settings-registry.ts) in the reader's language: each
 * setting's title, label, help and option names, and a value as a sentence names it. English
 * comes from the player catalogue, which repeats the registry word for word
 * (setting-words.test.ts keeps them in step); the engine itself stays free of translations.
 */
import { SETTINGS_REGISTRY, type SettingKey } from '@/engine';
import { EN, type Translate } from '@/components/i18n/translate';

/** A control's title: "Learning rate η". */
export function settingTitleIn(key: SettingKey, t: Translate = EN): string {
  return t(`settings.${key}.title`);
}

/** What it is, in lowercase words: "learning rate". */
export function settingLabelIn(key: SettingKey, t: Translate = EN): string {
  return t(`settings.${key}.label`);
}

/** Its one-line help. */
export function settingHelpIn(key: SettingKey, t: Translate = EN): string {
  return t(`settings.${key}.help`);
}

/** Whether an enum setting lists this value. */
function known(key: SettingKey, value: string): boolean {
  return SETTINGS_REGISTRY[key].options?.some((o) => o.value === value) ?? false;
}

/** Display name of one option of an enum setting (the value itself when unknown). */
export function optionNameIn(key: SettingKey, value: string, t: Translate = EN): string {
  if (!known(key, value)) return value;
  return key === 'optimizer' ? t(`optimizers.${value}`) : t(`settings.${key}.options.${value}`);
}

/** A value as a sentence names it: "learning rate 0.05", "optimizer Adam", "bias correction on". */
export function describeSettingIn(key: SettingKey, value: unknown, t: Translate = EN): string {
  let shown: string;
  if (typeof value === 'boolean') shown = t(value ? 'on' : 'off');
  else if (key === 'optimizer') shown = optionNameIn(key, String(value), t);
  else if (typeof value === 'string' && known(key, value)) shown = t(`settings.${key}.values.${value}`);
  else shown = String(value);
  return t('settings.describe', { name: t(`settings.${key}.short`), value: shown });
}
