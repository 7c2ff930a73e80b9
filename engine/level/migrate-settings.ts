/**
 * Settings written before level format 2 — stored runs, old API clients, old shared links —
 * have no `rho`: RMSprop then read its decay from Adam's `beta2`. Such input is upgraded before
 * validation so it replays the same trajectory:
 *
 * - RMSprop with a `beta2` and no `rho`: the value moves to `rho` (and `beta2` is dropped, so
 *   it falls back to the level's default, which only Adam reads);
 * - no `rho` otherwise: left missing, so the level's default applies (a v1 level migrated to
 *   v2 has `rho` = the β its RMSprop runs used, see ./migrate.ts).
 *
 * Input that already has `rho` is the current format and passes unchanged (the function is
 * idempotent). Pure; never throws.
 */
import type { OptimizerId } from '../optim/types';
import { SettingsSchema, type Settings } from '../settings';

/** RMSprop's decay in v1 runs that set no β₂ (Adam's default β₂, which RMSprop used). */
export const V1_RMSPROP_DECAY = 0.999;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Upgrades any subset of settings (`optimizer` missing: `fallbackOptimizer`, the level's default,
 * ran). Returns a new object when it changes something, else `input` itself.
 */
export function migrateSettings(input: unknown, fallbackOptimizer: OptimizerId = 'sgd'): unknown {
  if (!isObject(input) || input.rho !== undefined) return input;
  const optimizer = input.optimizer ?? fallbackOptimizer;
  if (optimizer !== 'rmsprop' || input.beta2 === undefined) return input;
  const { beta2, ...rest } = input;
  return { ...rest, rho: beta2 };
}

const StoredSettings = SettingsSchema.partial().strict();

/**
 * Settings read back from storage (the runs table's JSON, written by any past version):
 * migrated, then validated. Partial, because a migrated old row may leave `rho` or `beta2` to
 * the level's defaults; resolveSettings(level, …) completes them. Throws on a corrupt row.
 */
export function parseStoredSettings(raw: unknown): Partial<Settings> {
  return StoredSettings.parse(migrateSettings(raw));
}
