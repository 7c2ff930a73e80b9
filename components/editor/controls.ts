/**
 * Which settings the player may change: each setting's kind (choice, range, switch), its
 * absolute limits from the engine's schemas, and what unlocking it starts with (a range around
 * the default, every option, or the switch free). Locking removes the key from `controls`.
 */
import { HYPER_RANGES, OPTIMIZER_IDS, SHUFFLE_MODES, type Controls, type SettingKey } from '@/engine';
import { MAX_LAMBDA } from '@/engine/settings';
import type { Draft } from './draft';

/** How a setting is edited. */
export type SettingMeta =
  | { kind: 'options'; options: readonly string[] }
  | { kind: 'range'; min: number; max: number; log: boolean; int?: boolean }
  | { kind: 'flag' };

export const SETTING_META: Record<SettingKey, SettingMeta> = {
  optimizer: { kind: 'options', options: OPTIMIZER_IDS },
  lr: { kind: 'range', min: 1e-5, max: HYPER_RANGES.lr.max, log: true },
  batchSize: { kind: 'range', min: 1, max: 4096, log: true, int: true },
  shuffle: { kind: 'options', options: SHUFFLE_MODES },
  momentum: { kind: 'range', min: HYPER_RANGES.momentum.min, max: HYPER_RANGES.momentum.max, log: false },
  momentumForm: { kind: 'options', options: ['pytorch', 'classic'] },
  beta1: { kind: 'range', min: HYPER_RANGES.beta1.min, max: HYPER_RANGES.beta1.max, log: false },
  beta2: { kind: 'range', min: HYPER_RANGES.beta2.min, max: HYPER_RANGES.beta2.max, log: false },
  eps: { kind: 'range', min: HYPER_RANGES.eps.min, max: HYPER_RANGES.eps.max, log: true },
  biasCorrection: { kind: 'flag' },
  batchNorm: { kind: 'flag' },
  l1: { kind: 'range', min: 0, max: MAX_LAMBDA, log: false },
  l2: { kind: 'range', min: 0, max: MAX_LAMBDA, log: false },
};

/** The control a setting starts with when unlocked. */
export function initialControl(d: Draft, key: SettingKey): NonNullable<Controls[SettingKey]> {
  const meta = SETTING_META[key];
  if (meta.kind === 'flag') return {} as never;
  if (meta.kind === 'options') return { options: [...meta.options] } as never;
  const v = d.defaults[key] as number;
  if (key === 'batchSize') return { min: 1, max: Math.max(1, Math.min(d.variation.n, 4096)) } as never;
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
