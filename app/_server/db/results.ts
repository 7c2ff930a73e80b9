/**
 * Teachers' results: per level and per nickname, how many runs were submitted, the best stars
 * and score, and the most common failure explanation (runs.failure_kind, the top finding of the
 * server's explanation of each run that fell short of three stars). Runs without a nickname are
 * grouped together under `nickname: null`.
 */
import type { Queryable } from './types';

/** One nickname's results on one level. */
export interface NicknameResult {
  readonly nickname: string | null;
  readonly attempts: number;
  readonly bestStars: number;
  readonly bestScore: number;
  /** The most frequent failure kind of the nickname's runs below three stars (ties: alphabetical), or null. */
  readonly commonFailure: string | null;
  readonly lastAt: Date;
}

/**
 * Only runs that can count: a built-in level's runs scored on the built-in level, a published
 * level's runs (`c/…`) on it. Rows stored before ad-hoc documents got their own `draft/` namespace
 * could carry a built-in id with a client's document (level_source 'custom'): never counted.
 */
const COUNTED = "AND (level_source = 'builtin' OR level_id LIKE 'c/%')";

/**
 * The results of one level (runs.level_id), optionally only the runs played from a playlist.
 * Ordered by best score (highest first), then nickname.
 */
export async function levelResults(q: Queryable, levelId: string, playlistSlug: string | null = null): Promise<NicknameResult[]> {
  const scope = playlistSlug === null ? '' : 'AND playlist_slug = $2';
  const params = playlistSlug === null ? [levelId] : [levelId, playlistSlug];
  const rows = await q.query<{ nickname: string | null; attempts: number; best_stars: number; best_score: number; last_at: Date }>(
    `SELECT nickname, count(*)::int AS attempts, max(stars)::int AS best_stars, coalesce(max(score) FILTER (WHERE NOT assisted), 0)::int AS best_score, max(created_at) AS last_at
       FROM runs
      WHERE level_id = $1 ${scope} ${COUNTED}
      GROUP BY nickname
      ORDER BY best_score DESC, nickname ASC NULLS LAST
      LIMIT 1000`,
    params,
  );
  const failures = await q.query<{ nickname: string | null; failure_kind: string }>(
    `SELECT DISTINCT ON (nickname) nickname, failure_kind
       FROM (SELECT nickname, failure_kind, count(*)::int AS n
               FROM runs
              WHERE level_id = $1 ${scope} ${COUNTED} AND failure_kind IS NOT NULL
              GROUP BY nickname, failure_kind) AS f
      ORDER BY nickname, n DESC, failure_kind ASC`,
    params,
  );
  const common = new Map(failures.map((f) => [f.nickname, f.failure_kind]));
  return rows.map((r) => ({
    nickname: r.nickname,
    attempts: r.attempts,
    bestStars: r.best_stars,
    bestScore: r.best_score,
    commonFailure: common.get(r.nickname) ?? null,
    lastAt: new Date(r.last_at),
  }));
}

/** One nickname's results on one version of a level (the runs scored on one level hash). */
export interface VersionNicknameResult extends NicknameResult {
  readonly levelHash: string;
  readonly firstAt: Date;
}

/**
 * Like levelResults, split by level version: one line per (runs.level_hash, nickname), with the
 * first and last run of that line. The service (services/result-versions.ts) groups and numbers
 * the versions; the order here is only by hash, then best score, then nickname.
 */
export async function levelResultsByHash(q: Queryable, levelId: string, playlistSlug: string | null = null): Promise<VersionNicknameResult[]> {
  const scope = playlistSlug === null ? '' : 'AND playlist_slug = $2';
  const params = playlistSlug === null ? [levelId] : [levelId, playlistSlug];
  const rows = await q.query<{ level_hash: string; nickname: string | null; attempts: number; best_stars: number; best_score: number; first_at: Date; last_at: Date }>(
    `SELECT level_hash, nickname, count(*)::int AS attempts, max(stars)::int AS best_stars,
            coalesce(max(score) FILTER (WHERE NOT assisted), 0)::int AS best_score,
            min(created_at) AS first_at, max(created_at) AS last_at
       FROM runs
      WHERE level_id = $1 ${scope} ${COUNTED}
      GROUP BY level_hash, nickname
      ORDER BY level_hash ASC, best_score DESC, nickname ASC NULLS LAST
      LIMIT 5000`,
    params,
  );
  const failures = await q.query<{ level_hash: string; nickname: string | null; failure_kind: string }>(
    `SELECT DISTINCT ON (level_hash, nickname) level_hash, nickname, failure_kind
       FROM (SELECT level_hash, nickname, failure_kind, count(*)::int AS n
               FROM runs
              WHERE level_id = $1 ${scope} ${COUNTED} AND failure_kind IS NOT NULL
              GROUP BY level_hash, nickname, failure_kind) AS f
      ORDER BY level_hash, nickname, n DESC, failure_kind ASC`,
    params,
  );
  const key = (hash: string, nickname: string | null) => `${hash}\u0000${nickname ?? '\u0001'}`;
  const common = new Map(failures.map((f) => [key(f.level_hash, f.nickname), f.failure_kind]));
  return rows.map((r) => ({
    levelHash: r.level_hash,
    nickname: r.nickname,
    attempts: r.attempts,
    bestStars: r.best_stars,
    bestScore: r.best_score,
    commonFailure: common.get(key(r.level_hash, r.nickname)) ?? null,
    firstAt: new Date(r.first_at),
    lastAt: new Date(r.last_at),
  }));
}
