/**
 * The optimizer table, the default hyper-parameters and the slider ranges.
 */
import type { Hyper, Optimizer, OptimizerId } from './types';
import { sgd } from './sgd';
import { momentum } from './momentum';
import { nesterov } from './nesterov';
import { adagrad } from './adagrad';
import { rmsprop } from './rmsprop';
import { adam } from './adam';

/** Every optimizer the game offers, by id. */
export const OPTIMIZERS: Readonly<Record<OptimizerId, Optimizer>> = Object.freeze({
  sgd,
  momentum,
  nesterov,
  adagrad,
  rmsprop,
  adam,
});

/** The optimizer ids in teaching order. */
export const OPTIMIZER_IDS: readonly OptimizerId[] = Object.freeze([
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
] as const);

/** Looks an optimizer up by id. */
export function getOptimizer(id: OptimizerId): Optimizer {
  return OPTIMIZERS[id];
}

/**
 * Default hyper-parameters (PyTorch's Adam defaults; RMSprop's ρ = 0.99 as PyTorch's `alpha`;
 * lr 0.01; momentum 0.9). Typed as `Hyper` (not literal types) so `{ ...DEFAULT_HYPER, lr: 0.1 }`
 * stays a `Hyper`. DEFAULT_SETTINGS (../settings.ts) takes these values.
 */
export const DEFAULT_HYPER: Hyper = Object.freeze({
  lr: 0.01,
  momentum: 0.9,
  momentumForm: 'pytorch',
  beta1: 0.9,
  beta2: 0.999,
  rho: 0.99,
  eps: 1e-8,
  biasCorrection: true,
} as const);

/** The numeric fields of Hyper. */
export type NumericHyperKey = 'lr' | 'momentum' | 'beta1' | 'beta2' | 'rho' | 'eps';

/** A slider range; `log` means the value is best chosen on a logarithmic scale. */
export interface HyperRange {
  readonly min: number;
  readonly max: number;
  readonly log: boolean;
}

/**
 * Sensible ranges for the numeric hyper-parameters. Within them every optimizer stays
 * finite for finite inputs (decays < 1 keep 1 − ρ^t > 0; eps > 0 keeps divisions safe).
 */
export const HYPER_RANGES = {
  lr: { min: 1e-12, max: 10, log: true },
  momentum: { min: 0, max: 0.999, log: false },
  beta1: { min: 0, max: 0.999, log: false },
  beta2: { min: 0, max: 0.99999, log: false },
  rho: { min: 0, max: 0.99999, log: false },
  eps: { min: 1e-12, max: 1e-2, log: true },
} as const satisfies Record<NumericHyperKey, HyperRange>;

/** Clamps every numeric field of `h` into HYPER_RANGES (non-finite values fall back to the defaults). */
export function clampHyper(h: Hyper): Hyper {
  const c = (k: NumericHyperKey): number => {
    const x = h[k];
    if (!Number.isFinite(x)) return DEFAULT_HYPER[k];
    return Math.min(HYPER_RANGES[k].max, Math.max(HYPER_RANGES[k].min, x));
  };
  return {
    lr: c('lr'),
    momentum: c('momentum'),
    beta1: c('beta1'),
    beta2: c('beta2'),
    rho: c('rho'),
    eps: c('eps'),
    momentumForm: h.momentumForm,
    biasCorrection: h.biasCorrection,
  };
}
