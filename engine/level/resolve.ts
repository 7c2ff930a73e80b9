/**
 * Turning untrusted settings (from a URL, a form or a request body) into the full settings of a
 * run on a given level: validate types and global ranges, fill in the level's defaults, then
 * refuse any change to a locked setting or a value outside the level's range. Input written
 * before level format 2 (no `rho`) is upgraded first by ./migrate-settings.ts.
 */
import { SettingsSchema, type Settings, type SettingKey } from '../settings';
import { controlViolation, definedSettings, levelDefaults, type Level } from './schema';
import { migrateSettings } from './migrate-settings';

/** Either complete settings, or the first bad field with a message for a human. */
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; field: string; message: string };

const PartialSettings = SettingsSchema.partial().strict();

/** Validates `input` (any subset of the settings) against the level; see file note. */
export function resolveSettings(level: Level, input: unknown): SettingsResult {
  const base = levelDefaults(level);
  const parsed = PartialSettings.safeParse(migrateSettings(input ?? {}, base.optimizer));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || 'settings';
    return { ok: false, field, message: `${field}: ${issue.message}` };
  }
  // A key given as undefined means "not given" (it must not overwrite the level's default).
  const given = definedSettings(parsed.data);
  const settings: Settings = { ...base, ...given };
  for (const key of Object.keys(given) as SettingKey[]) {
    const msg = controlViolation(level, key, settings[key]);
    if (msg) return { ok: false, field: key, message: msg };
  }
  return { ok: true, settings };
}
