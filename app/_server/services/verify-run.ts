/**
 * Verified scoring: a client sends only settings; the server resolves them against the level
 * and re-runs the engine over the level's K seeds (in the simulation pool, ../sim/pool.ts). The
 * score a client might compute is never read.
 */
import { createHash } from 'node:crypto';
import { z } from '@/engine/zod';
import { resolveSettings, type Level, type LevelScore, type Settings } from '@/engine';
import { getLevel } from '@/content/levels';
import { zodProblem } from '../http/zod-problem';
import { BUSY, orBusy } from '../sim/http';
import { runSim } from '../sim/pool';
import { customRunLevelId, draftRunLevelId, validateLevelDoc } from './custom-level';
import { Nickname } from './nickname';
import { costProblem } from '@/components/explain/sim-cost';

export { MAX_NICKNAME } from './nickname';

/** A published custom level's slug (see app/_server/http/edit-token.ts). */
const Slug = z.string().regex(/^[a-z0-9]{10}$/, 'not a level slug');

/**
 * The body of POST /api/runs: a built-in level by id, a published custom level by slug, or a
 * custom level document (validated and migrated like an imported file). `playlist`: the slug of
 * the playlist the player came from (its results count the run). Unknown fields are refused.
 */
export const SubmitRunSchema = z
  .object({
    levelId: z.string().min(1).max(64).optional(),
    level: z.record(z.string(), z.unknown()).optional(),
    customSlug: Slug.optional(),
    playlist: Slug.optional(),
    /** Any subset of the settings; checked against the level by resolveSettings. */
    settings: z.record(z.string(), z.unknown()),
    nickname: Nickname.optional(),
    /** Show the nickname on the public leaderboard (opt-in; teachers see it either way). */
    publicName: z.boolean().optional(),
    /** Launched with a challenge solution's settings, unchanged: scored, stored, but no stars or leaderboard place. */
    assisted: z.boolean().optional(),
  })
  .strict()
  .refine((b) => [b.levelId, b.level, b.customSlug].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of levelId, level or customSlug',
    path: ['levelId'],
  });

/** A parsed submission. */
export type SubmitRun = z.infer<typeof SubmitRunSchema>;

/** The outcome of checking a submission: a 4xx problem, or what to store. */
export type Verification =
  | { ok: false; status: 400 | 404 | 422; error: string; field?: string }
  | typeof BUSY
  | {
      ok: true;
      level: Level;
      custom: boolean;
      /** The runs table's level id: the built-in id, `c/<slug>` for a published custom level, `draft/<document id>` for an ad-hoc document. */
      runLevelId: string;
      /** Whether the run may enter the level's leaderboard (not for ad-hoc documents, whose id a client chooses). */
      leaderboard: boolean;
      /** The published custom level's slug, when the run was on one. */
      customSlug: string | null;
      playlist: string | null;
      settings: Settings;
      result: LevelScore;
      levelHash: string;
      nickname: string | null;
      publicName: boolean;
      assisted: boolean;
    };

/** A published custom level, looked up by the route before verifying (see customSlugOf). */
export interface CustomLevelRef {
  readonly slug: string;
  readonly level: Level;
}

/** The customSlug a body names (before validation; the route loads that level first), or null. */
export function customSlugOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const slug = (body as Record<string, unknown>).customSlug;
  return typeof slug === 'string' && /^[a-z0-9]{10}$/.test(slug) ? slug : null;
}

const levelHashes = new WeakMap<Level, string>();

/** sha-256 of the level as scored (cached per level object). */
export function levelHash(level: Level): string {
  let h = levelHashes.get(level);
  if (h === undefined) {
    h = createHash('sha256').update(JSON.stringify(level)).digest('base64url');
    levelHashes.set(level, h);
  }
  return h;
}

/**
 * Validates a parsed body and re-runs the engine on it (in the simulation pool; BUSY when its
 * queue is full). For a body with `customSlug`, `custom` is the published level the route found
 * under that slug (null: none).
 */
export async function verifyRun(body: unknown, custom: CustomLevelRef | null = null): Promise<Verification> {
  const parsed = SubmitRunSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, ...zodProblem(parsed.error) };
  const { levelId, level: doc, customSlug, playlist, settings: input, nickname, publicName = false, assisted = false } = parsed.data;
  let level: Level | undefined;
  if (customSlug !== undefined) {
    if (!custom || custom.slug !== customSlug) return { ok: false, status: 404, error: `unknown level: ${customSlug}`, field: 'customSlug' };
    level = custom.level;
    // Published before the bound covered pages: still scored while the scoring itself is within it.
    const costly = costProblem(level, 'score');
    if (costly) return costly;
  } else if (doc !== undefined) {
    const valid = validateLevelDoc(doc);
    if (!valid.ok) return valid;
    level = valid.level;
    // Stored with the run, so its run page must be within the bound too.
    const costly = costProblem(level, 'page');
    if (costly) return costly;
  } else {
    level = getLevel(levelId!);
    if (!level) return { ok: false, status: 404, error: `unknown level: ${levelId}`, field: 'levelId' };
  }
  const resolved = resolveSettings(level, input);
  if (!resolved.ok) return { ok: false, status: 400, error: resolved.message, field: `settings.${resolved.field}` };
  const run = await orBusy(runSim({ kind: 'score', level, settings: resolved.settings }));
  if (!run.ok) return run;
  const scored = run.value;
  // A solution replayed as given earns no stars (the score still says how the settings did).
  const result = assisted ? { ...scored, stars: 0 } : scored;
  return {
    ok: true,
    level,
    custom: doc !== undefined || customSlug !== undefined,
    runLevelId: customSlug !== undefined ? customRunLevelId(customSlug) : doc !== undefined ? draftRunLevelId(level.id) : level.id,
    leaderboard: doc === undefined && !assisted,
    customSlug: customSlug ?? null,
    // A draft (ad-hoc document) never counts in a playlist, whatever it claims.
    playlist: doc === undefined ? (playlist ?? null) : null,
    settings: resolved.settings,
    result,
    levelHash: levelHash(level),
    nickname: nickname ?? null,
    publicName: nickname !== undefined && publicName,
    assisted,
  };
}
