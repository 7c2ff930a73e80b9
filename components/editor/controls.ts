/**
 * Which settings the player may change: each setting's kind (choice, range, switch), its
 * absolute limits from the engine's settings registry, and what unlocking it starts with (a range around
 * the default, every option, or the switch free). Locking removes the key from `controls`.
 * Which settings a family offers at all: BatchNorm where the family supports it, input
 * standardization on a real network only.
 */
import { FAMILIES, SETTINGS_REGISTRY, SETTING_KEYS, isLogScale, type Controls, type FamilyId, type SettingKey } from '@/engine';
import type { Draft } from './draft';
import { loadedNetworkRows } from '@/engine/level/network-rows';

/** How a setting is edited. */
export type SettingMeta =
  | { kind: 'options'; options: readonly string[] }
  | { kind: 'range'; min: number; max: number; log: boolean; int?: boolean }
  | { kind: 'flag' };

/** The smallest learning rate the editor offers (the engine accepts down to 1e-12). */
const EDITOR_MIN_LR = 1e-5;

/** A setting's editor kind, from the engine's settings registry. */
function metaOf(key: SettingKey): SettingMeta {
  const d = SETTINGS_REGISTRY[key];
  if (d.scale === 'boolean') return { kind: 'flag' };
  if (d.scale === 'enum') return { kind: 'options', options: (d.options ?? []).map((o) => o.value) };
  const range = d.range ?? { min: 0, max: 1 };
  const min = key === 'lr' ? Math.max(range.min, EDITOR_MIN_LR) : range.min;
  if (d.scale === 'integer') return { kind: 'range', min, max: range.max, log: true, int: true };
  return { kind: 'range', min, max: range.max, log: isLogScale(key, range.min) };
}

export const SETTING_META: Readonly<Record<SettingKey, SettingMeta>> = Object.fromEntries(SETTING_KEYS.map((k) => [k, metaOf(k)])) as Record<SettingKey, SettingMeta>;

/** The settings the editor offers on a family (the others stay at their global default). */
export function offeredSettings(family: FamilyId): SettingKey[] {
  return SETTING_KEYS.filter((k) => (k === 'batchNorm' ? FAMILIES[family].supportsBatchNorm : k === 'standardize' ? family === 'network' : true));
}

/**
 * The training examples a batch can draw from: a network's real training rows once loaded
 * (before that, the data set's row count, an upper bound: the editor waits for the rows before
 * it offers the batch-size control), else the draft's variation.
 */
export function draftTrainRows(d: Draft): number {
  return loadedNetworkRows({ family: d.family, params: d.params[d.family] ?? {} })?.nTrain ?? d.variation.n;
}

/** The control a setting starts with when unlocked. */
export function initialControl(d: Draft, key: SettingKey): NonNullable<Controls[SettingKey]> {
  const meta = SETTING_META[key];
  if (meta.kind === 'flag') return {} as never;
  if (meta.kind === 'options') return { options: [...meta.options] } as never;
  const v = d.defaults[key] as number;
  if (key === 'batchSize') return { min: 1, max: Math.max(1, Math.min(draftTrainRows(d), 4096)) } as never;
  if (meta.log && v > 0) return { min: Math.max(meta.min, v / 10), max: Math.min(meta.max, v * 10) } as never;
  return { min: Math.min(meta.min, v), max: Math.max(Math.min(meta.max, v === 0 ? 1 : meta.max), v) } as never;
}

/** The draft with `key` unlocked (with its initial control) or locked. */
export function setUnlocked(d: Draft, key: SettingKey, on: boolean): Draft {
  const controls = { ...d.controls } as Record<string, unknown>;
  if (on) controls[key] = initialControl(d, key);
  else delete controls[key];
  return { ...d, controls: controls as Controls };
}

/** The draft with one option of a choice setting allowed or not (at least one stays). */
export function toggleOption(d: Draft, key: SettingKey, option: string, on: boolean): Draft {
  const ctl = (d.controls as Record<string, { options: string[] } | undefined>)[key];
  if (!ctl) return d;
  const options = on ? [...new Set([...ctl.options, option])] : ctl.options.filter((o) => o !== option);
  if (options.length === 0) return d;
  const meta = SETTING_META[key];
  const ordered = meta.kind === 'options' ? meta.options.filter((o) => options.includes(o)) : options;
  return { ...d, controls: { ...d.controls, [key]: { options: ordered } } };
}
