/**
 * The one definition of every setting and every optimizer as people see them: name, symbol,
 * URL key, range, scale, which optimizers read it, glossary term and a help line. The player's
 * controls, shared links, the editor, the course's solution texts and the explanations all read
 * this table; nothing else spells a setting's label. Pure data and small helpers.
 *
 * Symbols follow PyTorch where it names the setting: β₁ and β₂ are Adam's `betas`, ρ is
 * RMSprop's decay (PyTorch's `alpha`), η the learning rate, μ the momentum.
 */
import type { OptimizerId } from './optim/types';
import { HYPER_RANGES, OPTIMIZER_IDS } from './optim/registry';
import { SHUFFLE_MODES } from './sampler';
import { MAX_EXAMPLES } from './landscape/registry';
import type { SettingKey } from './settings';

/** Largest λ for L1 or L2. */
export const MAX_LAMBDA = 10;

/**
 * How a setting's value is chosen. `log`: a positive rate best chosen on a logarithmic scale
 * (a range that includes 0 falls back to linear); `integer`: whole numbers; `enum`: one of
 * `options`; `boolean`: on or off.
 */
export type SettingScale = 'log' | 'linear' | 'integer' | 'enum' | 'boolean';

/** One setting, defined once. */
export interface SettingDef {
  readonly key: SettingKey;
  /** Query-string key of shared links (kept stable: old links must keep working). */
  readonly urlKey: string;
  /** What it is, in lowercase words: "learning rate". */
  readonly label: string;
  /** The letter the lessons use, or null: "η". */
  readonly symbol: string | null;
  /** How a sentence names it next to a value: "learning rate 0.05", "β₁ 0.9", "L1 λ₁ 0.1". */
  readonly short: string;
  readonly scale: SettingScale;
  /** Allowed values of a number (validation limits; a level narrows them), else null. */
  readonly range: { readonly min: number; readonly max: number } | null;
  /** Allowed values of an enum with their display names, in display order, else null. */
  readonly options: readonly { readonly value: string; readonly label: string }[] | null;
  /** The optimizers that read it ('all': every run uses it). */
  readonly appliesTo: 'all' | readonly OptimizerId[];
  /** Its entry in content/glossary.ts, or null. */
  readonly glossary: string | null;
  /** One sentence for a tooltip or hint. */
  readonly help: string;
}

/** One optimizer, defined once. */
export interface OptimizerInfo {
  readonly id: OptimizerId;
  /** Display name: "SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam". */
  readonly name: string;
  readonly description: string;
  /** Its entry in content/glossary.ts, or null. */
  readonly glossary: string | null;
}

/** Every optimizer, in teaching order. */
export const OPTIMIZER_INFO: Readonly<Record<OptimizerId, OptimizerInfo>> = Object.freeze({
  sgd: { id: 'sgd', name: 'SGD', description: 'Steps against the (mini-batch) gradient, scaled by the learning rate.', glossary: 'sgd' },
  momentum: { id: 'momentum', name: 'Momentum', description: 'SGD that carries a fraction μ of its previous step into the next one.', glossary: 'momentum' },
  nesterov: { id: 'nesterov', name: 'Nesterov', description: 'Momentum that takes the gradient a step ahead, where the momentum is about to carry it.', glossary: 'momentum' },
  adagrad: { id: 'adagrad', name: 'AdaGrad', description: 'Divides each parameter’s step by the root of the sum of its past squared gradients.', glossary: 'adagrad' },
  rmsprop: { id: 'rmsprop', name: 'RMSprop', description: 'AdaGrad with a moving average (decay ρ) instead of a sum, so old gradients are forgotten.', glossary: 'rmsprop' },
  adam: { id: 'adam', name: 'Adam', description: 'Moving averages of the gradient (β₁) and of its square (β₂), bias-corrected.', glossary: 'adam' },
});

/** Display name of an optimizer ("RMSprop"). */
export function optimizerName(id: OptimizerId): string {
  return OPTIMIZER_INFO[id].name;
}

const SHUFFLE_LABELS: Readonly<Record<(typeof SHUFFLE_MODES)[number], string>> = {
  epoch: 'Reshuffle every epoch',
  once: 'Shuffle once',
  none: 'No shuffling (data order)',
  replacement: 'With replacement',
};

const ADAM: readonly OptimizerId[] = ['adam'];
const MOMENTUM: readonly OptimizerId[] = ['momentum', 'nesterov'];
const { lr, momentum, beta1, beta2, rho, eps } = HYPER_RANGES;
const span = (r: { min: number; max: number }) => ({ min: r.min, max: r.max });

/** Every setting, in the order the player and the editor list them. */
export const SETTINGS_REGISTRY: Readonly<Record<SettingKey, SettingDef>> = Object.freeze({
  optimizer: {
    key: 'optimizer', urlKey: 'opt', label: 'optimizer', symbol: null, short: 'optimizer', scale: 'enum', range: null,
    options: OPTIMIZER_IDS.map((id) => ({ value: id, label: OPTIMIZER_INFO[id].name })),
    appliesTo: 'all', glossary: null, help: 'The rule that turns gradients into steps.',
  },
  lr: {
    key: 'lr', urlKey: 'lr', label: 'learning rate', symbol: 'η', short: 'learning rate', scale: 'log', range: span(lr), options: null,
    appliesTo: 'all', glossary: 'learning-rate', help: 'How far each step moves against the gradient.',
  },
  batchSize: {
    key: 'batchSize', urlKey: 'B', label: 'batch size', symbol: 'B', short: 'batch size', scale: 'integer', range: { min: 1, max: MAX_EXAMPLES },
    options: null, appliesTo: 'all', glossary: 'batch-size', help: 'Examples per step: a small B gives cheap, noisy steps, a large B precise, costlier ones.',
  },
  shuffle: {
    key: 'shuffle', urlKey: 'shuffle', label: 'shuffling', symbol: null, short: 'shuffling', scale: 'enum', range: null,
    options: SHUFFLE_MODES.map((value) => ({ value, label: SHUFFLE_LABELS[value] })),
    appliesTo: 'all', glossary: 'shuffling', help: 'The order the examples are drawn in, batch after batch.',
  },
  momentum: {
    key: 'momentum', urlKey: 'mom', label: 'momentum', symbol: 'μ', short: 'momentum', scale: 'linear', range: span(momentum), options: null,
    appliesTo: MOMENTUM, glossary: 'momentum', help: 'The fraction of the previous step carried into the next one.',
  },
  momentumForm: {
    key: 'momentumForm', urlKey: 'form', label: 'momentum form', symbol: null, short: 'momentum form', scale: 'enum', range: null,
    options: [
      { value: 'pytorch', label: 'buf = μ·buf + g (PyTorch)' },
      { value: 'classic', label: 'v = αv + εg (classic)' },
    ],
    appliesTo: MOMENTUM, glossary: 'momentum', help: 'How the momentum state is written; both forms follow the same path.',
  },
  beta1: {
    key: 'beta1', urlKey: 'b1', label: 'first-moment decay', symbol: 'β₁', short: 'β₁', scale: 'linear', range: span(beta1), options: null,
    appliesTo: ADAM, glossary: 'exponential-moving-average', help: 'How slowly Adam’s average of the gradient forgets (PyTorch’s betas[0]).',
  },
  beta2: {
    key: 'beta2', urlKey: 'b2', label: 'second-moment decay', symbol: 'β₂', short: 'β₂', scale: 'linear', range: span(beta2), options: null,
    appliesTo: ADAM, glossary: 'exponential-moving-average', help: 'How slowly Adam’s average of the squared gradient forgets (PyTorch’s betas[1]).',
  },
  rho: {
    key: 'rho', urlKey: 'rho', label: 'squared-gradient decay', symbol: 'ρ', short: 'ρ', scale: 'linear', range: span(rho), options: null,
    appliesTo: ['rmsprop'], glossary: 'exponential-moving-average', help: 'How slowly RMSprop’s average of the squared gradient forgets. ρ = 0.99, PyTorch’s default (alpha); Hinton’s lecture used 0.9.',
  },
  eps: {
    key: 'eps', urlKey: 'eps', label: 'stability constant', symbol: 'ε', short: 'ε', scale: 'log', range: span(eps), options: null,
    appliesTo: ['adagrad', 'rmsprop', 'adam'], glossary: null, help: 'A tiny number added to the divisor so a zero gradient history never divides by zero.',
  },
  biasCorrection: {
    key: 'biasCorrection', urlKey: 'bc', label: 'bias correction', symbol: null, short: 'bias correction', scale: 'boolean', range: null, options: null,
    appliesTo: ADAM, glossary: 'bias-correction', help: 'Adam’s division of its averages by 1 − β₁ᵗ and 1 − β₂ᵗ, undoing their start at zero.',
  },
  batchNorm: {
    key: 'batchNorm', urlKey: 'bn', label: 'BatchNorm', symbol: null, short: 'BatchNorm', scale: 'boolean', range: null, options: null,
    appliesTo: 'all', glossary: 'batch-normalization', help: 'Normalize features with each batch’s mean and variance.',
  },
  standardize: {
    key: 'standardize', urlKey: 'std', label: 'input standardization', symbol: null, short: 'standardization', scale: 'boolean', range: null, options: null,
    appliesTo: 'all', glossary: 'standardization', help: 'Rescale each input feature to mean 0 and standard deviation 1, with the training rows’ statistics.',
  },
  l1: {
    key: 'l1', urlKey: 'l1', label: 'L1 strength', symbol: 'λ₁', short: 'L1 λ₁', scale: 'log', range: { min: 0, max: MAX_LAMBDA }, options: null,
    appliesTo: 'all', glossary: 'l1-regularization', help: 'Adds λ₁·Σ|w| to the loss, which pushes small weights to exactly zero.',
  },
  l2: {
    key: 'l2', urlKey: 'l2', label: 'L2 strength', symbol: 'λ₂', short: 'L2 λ₂', scale: 'log', range: { min: 0, max: MAX_LAMBDA }, options: null,
    appliesTo: 'all', glossary: 'l2-regularization', help: 'Adds (λ₂/2)·Σw² to the loss, which shrinks every weight toward zero.',
  },
} satisfies Record<SettingKey, SettingDef>);

/** One setting's definition. */
export function settingDef(key: SettingKey): SettingDef {
  return SETTINGS_REGISTRY[key];
}

/** Whether a run with this optimizer reads the setting (the player hides the others). */
export function settingApplies(key: SettingKey, optimizer: OptimizerId): boolean {
  const to = SETTINGS_REGISTRY[key].appliesTo;
  return to === 'all' || to.includes(optimizer);
}

/** A control's title: the label capitalized, with its symbol ("Learning rate η", "Batch size B"). */
export function settingTitle(key: SettingKey): string {
  const d = SETTINGS_REGISTRY[key];
  const words = d.label.charAt(0).toUpperCase() + d.label.slice(1);
  return d.symbol && !d.label.includes(d.symbol) ? `${words} ${d.symbol}` : words;
}

/** Display name of one option of an enum setting (the value itself when unknown). */
export function optionLabel(key: SettingKey, value: string): string {
  return SETTINGS_REGISTRY[key].options?.find((o) => o.value === value)?.label ?? value;
}

/** Whether values in [min, …] are best chosen on a log scale: a `log` setting whose range excludes 0. */
export function isLogScale(key: SettingKey, min: number): boolean {
  return SETTINGS_REGISTRY[key].scale === 'log' && min > 0;
}

/** A value as a sentence names it: "learning rate 0.05", "optimizer Adam", "bias correction on". */
export function describeSetting(key: SettingKey, value: unknown): string {
  const shown = typeof value === 'boolean' ? (value ? 'on' : 'off') : key === 'optimizer' ? optionLabel(key, String(value)) : String(value);
  return `${SETTINGS_REGISTRY[key].short} ${shown}`;
}
