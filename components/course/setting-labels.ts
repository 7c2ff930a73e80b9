/**
 * Human words for settings, for solutions and summaries ("learning rate 0.05, batch size 16").
 * The words are the engine's settings registry's; this file only lists partial settings. With a
 * translator of the `player` namespace they are in the reader's language.
 */
import { SETTING_KEYS, describeSetting, type Settings } from '@/engine';
import { describeSettingIn } from '@/components/i18n/setting-words';
import type { Translate } from '@/components/i18n/translate';

export { describeSetting };

/** The defined entries of partial settings, described, in the registry's order (English without `t`). */
export function describeSettings(settings: Partial<Settings>, t?: Translate): string[] {
  return SETTING_KEYS.filter((k) => settings[k] !== undefined).map((k) => (t ? describeSettingIn(k, settings[k], t) : describeSetting(k, settings[k])));
}
