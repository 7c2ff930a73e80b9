/**
 * Human words for settings, for solutions and summaries ("learning rate 0.05, batch size 16").
 * The words are the engine's settings registry's; this file only lists partial settings.
 */
import { SETTING_KEYS, describeSetting, type Settings } from '@/engine';

export { describeSetting };

/** The defined entries of partial settings, described, in the registry's order. */
export function describeSettings(settings: Partial<Settings>): string[] {
  return SETTING_KEYS.filter((k) => settings[k] !== undefined).map((k) => describeSetting(k, settings[k]));
}
