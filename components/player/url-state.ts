/**
 * Settings and seed in the URL, so any run can be shared and replayed exactly. Short keys keep
 * links readable: ?opt=adam&lr=0.05&B=4&seed=2 (each setting's key is its `urlKey` in the
 * engine's settings registry). Only values that differ from the level's defaults are written;
 * reading validates everything through the engine (resolveSettings), so a hand-edited link can
 * never smuggle in a locked or out-of-range value.
 *
 * Links from before level format 2 set RMSprop's decay with Adam's β₂ (`b2`): with
 * `opt=rmsprop` (or a level whose default is RMSprop) and no `rho`, `b2` is read as `rho`
 * (the engine's migrateSettings). So that a new link is never read that way, a link for RMSprop
 * that carries `b2` always carries `rho` too.
 */
import {
  SETTINGS_REGISTRY, SETTING_KEYS, levelDefaults, migrateSettings, resolveSettings, type Level, type Settings, type SettingKey,
} from '@/engine';

/** What a URL says about a run. `error` names the first rejected value (the rest still apply). */
export interface UrlRun {
  readonly settings: Settings;
  readonly seed: number;
  readonly error: string | null;
}

/** A query value as the setting's type (validation comes after). */
function parseValue(key: SettingKey, raw: string): unknown {
  const scale = SETTINGS_REGISTRY[key].scale;
  if (scale === 'boolean') return raw === '1' || raw === 'true';
  if (scale === 'enum') return raw;
  return Number(raw);
}

/** Reads settings and seed from URL search params, falling back to the level's defaults. */
export function readRunFromUrl(level: Level, params: URLSearchParams): UrlRun {
  const defaults = levelDefaults(level);
  const given: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const raw = params.get(SETTINGS_REGISTRY[key].urlKey);
    if (raw !== null) given[key] = parseValue(key, raw);
  }
  const upgraded = migrateSettings(given, defaults.optimizer) as Record<string, unknown>;
  // ρ is pinned while checking one value at a time, so that resolveSettings' own upgrade of
  // ρ-less input does not read β₂ as ρ a second time (this link was upgraded just above).
  const partial: Record<string, unknown> = { rho: defaults.rho };
  let error: string | null = null;
  for (const key of SETTING_KEYS) {
    if (!(key in upgraded)) continue;
    const value = upgraded[key];
    const res = resolveSettings(level, { ...partial, [key]: value });
    if (res.ok) partial[key] = value;
    else error ??= res.message;
  }
  const resolved = resolveSettings(level, partial);
  const settings = resolved.ok ? resolved.settings : defaults;
  const seedRaw = Number(params.get('seed') ?? '1');
  const seed = Number.isInteger(seedRaw) && seedRaw >= 1 && seedRaw <= 1_000_000 ? seedRaw : 1;
  if (params.has('seed') && seed !== seedRaw) error ??= 'seed must be an integer from 1 to 1000000';
  return { settings, seed, error };
}

/** Writes the settings that differ from the level's defaults, and the seed, as search params. */
export function writeRunToUrl(level: Level, settings: Settings, seed: number): URLSearchParams {
  const defaults = levelDefaults(level);
  // An RMSprop link with β₂ but no ρ would read as a pre-format-2 link (see the file note).
  const pinRho = settings.optimizer === 'rmsprop' && settings.beta2 !== defaults.beta2;
  const out = new URLSearchParams();
  for (const key of SETTING_KEYS) {
    const v = settings[key];
    if (v === defaults[key] && !(key === 'rho' && pinRho)) continue;
    out.set(SETTINGS_REGISTRY[key].urlKey, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  if (seed !== 1) out.set('seed', String(seed));
  return out;
}
