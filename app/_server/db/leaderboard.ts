/**
 * Per-level leaderboards: the best run of each nickname, ranked by score, ties going to whoever
 * got there first. Runs without a nickname never appear. The `leaderboard_best` table holds one
 * row per (level, nickname) and is updated in the run's own transaction (see runs.ts).
 */
import type { Queryable } from './types';

/** One leaderboard line. */
export interface LeaderboardEntry {
  /** 1-based position (ties by score are ordered by time, so ranks are distinct). */
  readonly rank: number;
  readonly nickname: string;
  readonly score: number;
  readonly stars: number;
  readonly runId: string;
  readonly createdAt: Date;
}

/** One page of a leaderboard. */
export interface LeaderboardPage {
  readonly entries: readonly LeaderboardEntry[];
  /** Number of nicknames on the whole leaderboard. */
  readonly total: number;
}

/** Largest page size the API serves. */
export const MAX_PAGE_SIZE = 100;

/**
 * Offers a stored run to its level's leaderboard: it becomes the nickname's entry when it beats
 * the current one (a higher score, or the same score earlier). Runs without a nickname are
 * ignored, and so are runs whose player did not choose to show the nickname publicly. One atomic upsert, safe under concurrent submissions; the timestamps stay in SQL so
 * ties compare at full (microsecond) precision.
 */
export async function recordBest(q: Queryable, runId: string): Promise<void> {
  await q.query(
    `INSERT INTO leaderboard_best AS b (level_id, nickname, run_id, score, stars, created_at)
     SELECT level_id, nickname, id, score, stars, created_at FROM runs WHERE id = $1 AND nickname IS NOT NULL AND public_name AND (level_source = 'builtin' OR level_id LIKE 'c/%')
     ON CONFLICT (level_id, nickname) DO UPDATE
       SET run_id = EXCLUDED.run_id, score = EXCLUDED.score, stars = EXCLUDED.stars, created_at = EXCLUDED.created_at
       WHERE EXCLUDED.score > b.score OR (EXCLUDED.score = b.score AND EXCLUDED.created_at < b.created_at)`,
    [runId],
  );
}

/** A page (1-based) of a level's leaderboard; pageSize is clamped to 1…MAX_PAGE_SIZE. */
export async function getLeaderboard(q: Queryable, levelId: string, page: number, pageSize: number): Promise<LeaderboardPage> {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize)));
  const offset = (Math.max(1, Math.floor(page)) - 1) * size;
  const rows = await q.query<{ nickname: string; score: number; stars: number; run_id: string; created_at: Date }>(
    `SELECT nickname, score, stars, run_id, created_at
       FROM leaderboard_best
      WHERE level_id = $1
      ORDER BY score DESC, created_at ASC, nickname ASC
      LIMIT $2 OFFSET $3`,
    [levelId, size, offset],
  );
  const [{ n }] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM leaderboard_best WHERE level_id = $1', [levelId]);
  return {
    total: n,
    entries: rows.map((r, i) => ({
      rank: offset + i + 1,
      nickname: r.nickname,
      score: r.score,
      stars: Number(r.stars),
      runId: r.run_id,
      createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
    })),
  };
}

/**
 * Removes a nickname's entry from a level's leaderboard (an operator's decision, see
 * scripts/leaderboard-remove.ts); with `allLevels`, from every level. The runs stay (teachers'
 * results still count them); the nickname's runs stored so far never return to the board, since
 * only a new run is offered to it. Returns the number of entries removed.
 */
export async function removeLeaderboardEntry(q: Queryable, nickname: string, levelId: string | null): Promise<number> {
  const rows =
    levelId === null
      ? await q.query<{ level_id: string }>('DELETE FROM leaderboard_best WHERE nickname = $1 RETURNING level_id', [nickname])
      : await q.query<{ level_id: string }>('DELETE FROM leaderboard_best WHERE nickname = $1 AND level_id = $2 RETURNING level_id', [nickname, levelId]);
  return rows.length;
}
