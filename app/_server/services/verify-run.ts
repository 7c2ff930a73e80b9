/**
 * Verified scoring: a client sends only settings; the server resolves them against the level
 * and re-runs the engine over the level's K seeds. The score a client might compute is never read.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { loadLevel, resolveSettings, scoreLevel, type Level, type LevelScore, type Settings } from '@/engine';
import { getLevel } from '@/content/levels';
import { zodProblem } from '../http/zod-problem';

/** Largest nickname, in characters (code points). */
export const MAX_NICKNAME = 32;

const Nickname = z
  .string()
  .max(4 * MAX_NICKNAME)
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .refine((s) => s.length > 0, 'nickname must not be empty')
  .refine((s) => [...s].length <= MAX_NICKNAME, `nickname must be at most ${MAX_NICKNAME} characters`)
  .refine((s) => !/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(s), 'nickname contains control or invisible characters');

/**
 * The body of POST /api/runs: a built-in level by id, or a custom level document (validated and
 * migrated like an imported file). Unknown fields are refused.
 */
export const SubmitRunSchema = z
  .object({
    levelId: z.string().min(1).max(64).optional(),
    level: z.record(z.string(), z.unknown()).optional(),
    /** Any subset of the settings; checked against the level by resolveSettings. */
    settings: z.record(z.string(), z.unknown()),
    nickname: Nickname.optional(),
  })
  .strict()
  .refine((b) => (b.levelId === undefined) !== (b.level === undefined), { message: 'give either levelId or level', path: ['levelId'] });

/** A parsed submission. */
export type SubmitRun = z.infer<typeof SubmitRunSchema>;

/** The outcome of checking a submission: a 4xx problem, or what to store. */
export type Verification =
  | { ok: false; status: 400 | 404; error: string; field?: string }
  | { ok: true; level: Level; custom: boolean; settings: Settings; result: LevelScore; levelHash: string; nickname: string | null };

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

/** Validates a parsed body and re-runs the engine on it (synchronous, CPU-bound). */
export function verifyRun(body: unknown): Verification {
  const parsed = SubmitRunSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, ...zodProblem(parsed.error) };
  const { levelId, level: doc, settings: input, nickname } = parsed.data;
  let level: Level | undefined;
  if (doc !== undefined) {
    const loaded = loadLevel(doc);
    if (!loaded.ok) return { ok: false, status: 400, error: `level: ${loaded.errors[0].path}: ${loaded.errors[0].message}`, field: `level.${loaded.errors[0].path}` };
    level = loaded.level;
  } else {
    level = getLevel(levelId!);
    if (!level) return { ok: false, status: 404, error: `unknown level: ${levelId}`, field: 'levelId' };
  }
  const resolved = resolveSettings(level, input);
  if (!resolved.ok) return { ok: false, status: 400, error: resolved.message, field: `settings.${resolved.field}` };
  const result = scoreLevel(level, resolved.settings);
  return { ok: true, level, custom: doc !== undefined, settings: resolved.settings, result, levelHash: levelHash(level), nickname: nickname ?? null };
}
