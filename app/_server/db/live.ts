/**
 * What a live class view reads (issue 14): one run as it appears there, and a level's latest
 * runs with their paths. Runs that cannot count are left out, as in the results (./results.ts).
 */
import type { Queryable } from './types';

/** A run as the live view shows it: who, how it went, and its thinned path (flat [x0, y0, …]). */
export interface LiveRunRow {
  readonly id: string;
  readonly levelId: string;
  readonly playlist: string | null;
  readonly nickname: string | null;
  readonly stars: number;
  readonly score: number;
  readonly outcome: string;
  readonly assisted: boolean;
  readonly path: readonly number[];
  readonly createdAt: Date;
}

interface Row {
  id: string;
  level_id: string;
  playlist_slug: string | null;
  nickname: string | null;
  stars: number;
  score: number;
  outcome: string;
  assisted: boolean;
  path_json: number[] | null;
  created_at: Date;
}

const COLUMNS = 'id, level_id, playlist_slug, nickname, stars, score, outcome, assisted, path_json, created_at';
const COUNTED = "AND (level_source = 'builtin' OR level_id LIKE 'c/%')";

function fromRow(r: Row): LiveRunRow {
  return {
    id: r.id,
    levelId: r.level_id,
    playlist: r.playlist_slug,
    nickname: r.nickname,
    stars: Number(r.stars),
    score: Number(r.score),
    outcome: r.outcome,
    assisted: Boolean(r.assisted),
    path: Array.isArray(r.path_json) ? r.path_json : [],
    createdAt: new Date(r.created_at),
  };
}

/** The run with this id as the live view shows it, or null (unknown here, or never counted). */
export async function getLiveRun(q: Queryable, id: string): Promise<LiveRunRow | null> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM runs WHERE id = $1 ${COUNTED}`, [id]);
  return rows.length ? fromRow(rows[0]) : null;
}

/**
 * The latest `limit` runs of a level that kept a path, newest first; with a playlist, only the
 * runs played from it.
 */
export async function latestLiveRuns(q: Queryable, levelId: string, playlistSlug: string | null, limit: number): Promise<LiveRunRow[]> {
  const scope = playlistSlug === null ? '' : 'AND playlist_slug = $3';
  const params: unknown[] = playlistSlug === null ? [levelId, limit] : [levelId, limit, playlistSlug];
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM runs
      WHERE level_id = $1 AND path_json IS NOT NULL ${scope} ${COUNTED}
      ORDER BY created_at DESC, id ASC
      LIMIT $2`,
    params,
  );
  return rows.map(fromRow);
}
