/** Human words for settings, for solutions and summaries ("learning rate 0.05, batch size 16"). */
import type { Settings, SettingKey } from '@/engine';

const LABELS: Record<SettingKey, string> = {
  optimizer: 'optimizer',
  lr: 'learning rate',
  batchSize: 'batch size',
  shuffle: 'shuffling',
  momentum: 'momentum',
  momentumForm: 'momentum form',
  beta1: 'β₁',
  beta2: 'β₂',
  eps: 'ε',
  biasCorrection: 'bias correction',
  batchNorm: 'BatchNorm',
  l1: 'L1 λ',
  l2: 'L2 λ',
};

const OPTIMIZER_NAMES: Record<string, string> = {
  sgd: 'SGD',
  momentum: 'momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSprop',
  adam: 'Adam',
};

/** "learning rate 0.05", "bias correction on", "optimizer Adam". */
export function describeSetting(key: SettingKey, value: Settings[SettingKey]): string {
  const shown = typeof value === 'boolean' ? (value ? 'on' : 'off') : key === 'optimizer' ? (OPTIMIZER_NAMES[String(value)] ?? String(value)) : String(value);
  return `${LABELS[key]} ${shown}`;
}

/** The defined entries of partial settings, described, in the order of LABELS. */
export function describeSettings(settings: Partial<Settings>): string[] {
  return (Object.keys(LABELS) as SettingKey[]).filter((k) => settings[k] !== undefined).map((k) => describeSetting(k, settings[k] as Settings[SettingKey]));
}
