/**
 * The player's settings: everything a level can unlock. Validated at every boundary (URL,
 * request body, level file) with zod; the ranges come from the settings registry
 * (./settings-registry.ts), which also names each setting for people.
 */
import { z } from './zod';
import type { OptimizerId, Hyper } from './optim/types';
import { DEFAULT_HYPER, HYPER_RANGES, OPTIMIZER_IDS } from './optim/registry';
import { SHUFFLE_MODES, type ShuffleMode } from './sampler';
import { MAX_EXAMPLES } from './landscape/registry';
import { MAX_LAMBDA } from './settings-registry';

export { MAX_LAMBDA };

const within = (r: { min: number; max: number }) => z.number().min(r.min).max(r.max);

/** All settings of a run. */
export const SettingsSchema = z
  .object({
    optimizer: z.enum(OPTIMIZER_IDS as [OptimizerId, ...OptimizerId[]]),
    lr: within(HYPER_RANGES.lr),
    batchSize: z.number().int().min(1).max(MAX_EXAMPLES),
    shuffle: z.enum(SHUFFLE_MODES as [ShuffleMode, ...ShuffleMode[]]),
    momentum: within(HYPER_RANGES.momentum),
    momentumForm: z.enum(['pytorch', 'classic']),
    beta1: within(HYPER_RANGES.beta1),
    beta2: within(HYPER_RANGES.beta2),
    /** RMSprop's decay (PyTorch's `alpha`); before level format 2 RMSprop read beta2. */
    rho: within(HYPER_RANGES.rho),
    eps: within(HYPER_RANGES.eps),
    biasCorrection: z.boolean(),
    batchNorm: z.boolean(),
    /** Z-score the inputs with the training rows' statistics (real-network levels). */
    standardize: z.boolean(),
    l1: z.number().min(0).max(MAX_LAMBDA),
    l2: z.number().min(0).max(MAX_LAMBDA),
  })
  .strict();

/** A complete, validated set of run settings. */
export type Settings = z.infer<typeof SettingsSchema>;

/** Names of the settings. */
export type SettingKey = keyof Settings;

/** Every setting key, in the order the player shows them. */
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

const { lr, momentum, momentumForm, beta1, beta2, rho, eps, biasCorrection } = DEFAULT_HYPER;

/**
 * Defaults: SGD at B = 32 with the optimizers' default hyper-parameters (DEFAULT_HYPER, the one
 * place they are written), no BatchNorm, no penalty.
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  optimizer: 'sgd',
  lr,
  batchSize: 32,
  shuffle: 'epoch',
  momentum,
  momentumForm,
  beta1,
  beta2,
  rho,
  eps,
  biasCorrection,
  batchNorm: false,
  standardize: false,
  l1: 0,
  l2: 0,
});

/** The optimizer hyper-parameters contained in a settings object. */
export function hyperOf(s: Settings): Hyper {
  return {
    lr: s.lr,
    momentum: s.momentum,
    momentumForm: s.momentumForm,
    beta1: s.beta1,
    beta2: s.beta2,
    rho: s.rho,
    eps: s.eps,
    biasCorrection: s.biasCorrection,
  };
}
