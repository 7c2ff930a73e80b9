/**
 * Settings and seed in the URL, so any run can be shared and replayed exactly. Short keys keep
 * links readable: ?opt=adam&lr=0.05&B=4&seed=2. Only values that differ from the level's
 * defaults are written; reading validates everything through the engine (resolveSettings), so
 * a hand-edited link can never smuggle in a locked or out-of-range value.
 */
import { levelDefaults, resolveSettings, type Level, type Settings, type SettingKey } from '@/engine';

/** URL key for each setting. */
export const URL_KEYS: Readonly<Record<SettingKey, string>> = {
  optimizer: 'opt',
  lr: 'lr',
  batchSize: 'B',
  shuffle: 'shuffle',
  momentum: 'mom',
  momentumForm: 'form',
  beta1: 'b1',
  beta2: 'b2',
  eps: 'eps',
  biasCorrection: 'bc',
  batchNorm: 'bn',
  l1: 'l1',
  l2: 'l2',
};

const NUMERIC = new Set<SettingKey>(['lr', 'batchSize', 'momentum', 'beta1', 'beta2', 'eps', 'l1', 'l2']);
const BOOLEAN = new Set<SettingKey>(['biasCorrection', 'batchNorm']);

/** What a URL says about a run. `error` names the first rejected value (the rest still apply). */
export interface UrlRun {
  readonly settings: Settings;
  readonly seed: number;
  readonly error: string | null;
}

/** Reads settings and seed from URL search params, falling back to the level's defaults. */
export function readRunFromUrl(level: Level, params: URLSearchParams): UrlRun {
  const partial: Record<string, unknown> = {};
  let error: string | null = null;
  for (const [key, short] of Object.entries(URL_KEYS) as [SettingKey, string][]) {
    const raw = params.get(short);
    if (raw === null) continue;
    let value: unknown = raw;
    if (NUMERIC.has(key)) value = Number(raw);
    else if (BOOLEAN.has(key)) value = raw === '1' || raw === 'true';
    const res = resolveSettings(level, { ...partial, [key]: value });
    if (res.ok) partial[key] = value;
    else error ??= res.message;
  }
  const resolved = resolveSettings(level, partial);
  const settings = resolved.ok ? resolved.settings : levelDefaults(level);
  const seedRaw = Number(params.get('seed') ?? '1');
  const seed = Number.isInteger(seedRaw) && seedRaw >= 1 && seedRaw <= 1_000_000 ? seedRaw : 1;
  if (params.has('seed') && seed !== seedRaw) error ??= 'seed must be an integer from 1 to 1000000';
  return { settings, seed, error };
}

/** Writes the settings that differ from the level's defaults, and the seed, as search params. */
export function writeRunToUrl(level: Level, settings: Settings, seed: number): URLSearchParams {
  const defaults = levelDefaults(level);
  const out = new URLSearchParams();
  for (const [key, short] of Object.entries(URL_KEYS) as [SettingKey, string][]) {
    const v = settings[key];
    if (v === defaults[key]) continue;
    out.set(short, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  if (seed !== 1) out.set('seed', String(seed));
  return out;
}
