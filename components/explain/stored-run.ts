/**
 * The shape of a stored run as the explanation page needs it, checked at runtime: the storage
 * layer (app/_server/db) is written separately, so whatever its getter returns is validated
 * here before the page trusts it. Settings stay `unknown` until resolveSettings checks them
 * against the level.
 */
import { z } from 'zod';
import type { Outcome } from '@/engine';

/** A stored run, as the run page reads it. */
export interface StoredRun {
  readonly id: string;
  readonly levelId: string;
  readonly levelSource: 'builtin' | 'custom';
  /** The level document of a custom level (null for built-in levels). */
  readonly levelJson: unknown;
  readonly settings: unknown;
  /** The seed to show, when the storage names one. */
  readonly seed?: number;
  /** Per-seed outcomes, when stored. */
  readonly seeds: readonly { readonly seed: number; readonly outcome: Outcome }[];
  readonly score: number;
  readonly stars: number;
  readonly outcome: Outcome;
  readonly createdAt: Date;
  readonly nickname: string | null;
}

const OUTCOMES = ['reached-goal', 'budget-exhausted', 'diverged', 'stalled'] as const;

const StoredRunSchema = z.object({
  id: z.string().min(1).max(200),
  levelId: z.string().min(1).max(200),
  levelSource: z.enum(['builtin', 'custom']).default('builtin'),
  levelJson: z.unknown().optional(),
  settings: z.unknown(),
  seed: z.number().int().min(1).max(1_000_000).optional(),
  seeds: z
    .array(z.object({ seed: z.number().int().min(1), outcome: z.enum(OUTCOMES) }).loose())
    .default([]),
  score: z.number(),
  stars: z.coerce.number().int().min(0).max(3),
  outcome: z.enum(OUTCOMES),
  createdAt: z.union([z.date(), z.string(), z.number()]).transform((v) => (v instanceof Date ? v : new Date(v))),
  nickname: z.string().nullable().optional(),
});

/** The run in `raw` (whatever the storage returned), or null when it is not a usable run. */
export function normalizeStoredRun(raw: unknown): StoredRun | null {
  const parsed = StoredRunSchema.safeParse(raw);
  if (!parsed.success) return null;
  const r = parsed.data;
  return {
    id: r.id,
    levelId: r.levelId,
    levelSource: r.levelSource,
    levelJson: r.levelJson ?? null,
    settings: r.settings,
    seed: r.seed,
    seeds: r.seeds.map((s) => ({ seed: s.seed, outcome: s.outcome })),
    score: r.score,
    stars: r.stars,
    outcome: r.outcome,
    createdAt: r.createdAt,
    nickname: r.nickname ?? null,
  };
}

/** The seed to show for a stored run: its own, else the first seed with the run's outcome, else 1. */
export function seedToShow(run: StoredRun): number {
  return run.seed ?? run.seeds.find((s) => s.outcome === run.outcome)?.seed ?? 1;
}
