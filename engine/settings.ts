/**
 * The player's settings: everything a level can unlock. Validated at every boundary (URL,
 * request body, level file) with zod; ranges double as the player's slider limits.
 */
import { z } from 'zod';
import type { OptimizerId, Hyper } from './optim/types';
import { HYPER_RANGES, OPTIMIZER_IDS } from './optim/registry';
import { SHUFFLE_MODES, type ShuffleMode } from './sampler';
import { MAX_EXAMPLES } from './landscape/registry';

/** Largest λ for L1 or L2. */
export const MAX_LAMBDA = 10;

/** All settings of a run. */
export const SettingsSchema = z
  .object({
    optimizer: z.enum(OPTIMIZER_IDS as [OptimizerId, ...OptimizerId[]]),
    lr: z.number().min(HYPER_RANGES.lr.min).max(HYPER_RANGES.lr.max),
    batchSize: z.number().int().min(1).max(MAX_EXAMPLES),
    shuffle: z.enum(SHUFFLE_MODES as [ShuffleMode, ...ShuffleMode[]]),
    momentum: z.number().min(HYPER_RANGES.momentum.min).max(HYPER_RANGES.momentum.max),
    momentumForm: z.enum(['pytorch', 'classic']),
    beta1: z.number().min(HYPER_RANGES.beta1.min).max(HYPER_RANGES.beta1.max),
    beta2: z.number().min(HYPER_RANGES.beta2.min).max(HYPER_RANGES.beta2.max),
    eps: z.number().min(HYPER_RANGES.eps.min).max(HYPER_RANGES.eps.max),
    biasCorrection: z.boolean(),
    batchNorm: z.boolean(),
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

/** Defaults: full-batch-ish SGD at lr 0.01 with the syllabus's momentum and Adam values. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  optimizer: 'sgd',
  lr: 0.01,
  batchSize: 32,
  shuffle: 'epoch',
  momentum: 0.9,
  momentumForm: 'pytorch',
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  biasCorrection: true,
  batchNorm: false,
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
    eps: s.eps,
    biasCorrection: s.biasCorrection,
  };
}
