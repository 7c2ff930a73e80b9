/**
 * Verified runs: stored once, read by id. Storing a run also updates the level's leaderboard in
 * the same transaction, so a failure anywhere leaves neither row behind.
 */
import { parseStoredSettings, type Outcome, type SeedScore, type Settings } from '@/engine';
import { recordBest } from './leaderboard';
import type { Db, Queryable } from './types';

/** A run to store (everything the server computed; the client only sent settings). */
export interface NewRun {
  readonly id: string;
  readonly levelId: string;
  readonly levelSource: 'builtin' | 'custom';
  /** The level document for custom levels; null for built-in ones (levelId names them). */
  readonly levelJson: unknown | null;
  readonly levelHash: string;
  /** The complete settings the engine ran with (level defaults filled in). */
  readonly settings: Settings;
  readonly seeds: readonly SeedScore[];
  readonly score: number;
  readonly stars: number;
  readonly outcome: Outcome;
  readonly successRate: number;
  readonly nickname: string | null;
  /** The player chose to show the nickname on the public leaderboard (else only teachers see it). */
  readonly publicName?: boolean;
  readonly ipHash: string | null;
  /** Top finding kind of the explanation of a run below three stars (custom-level and playlist runs). */
  readonly failureKind?: string | null;
  /** The playlist the run was played from. */
  readonly playlistSlug?: string | null;
  /** Launched with a solution's settings, unchanged: no stars, no leaderboard place. */
  readonly assisted?: boolean;
  /** The path on seed 1, thinned, flat [x0, y0, …] (runs a live class view shows; else null). */
  readonly path?: readonly number[] | null;
}

/**
 * A stored run as the API and the run page read it (no IP hash). Its settings are those stored,
 * upgraded to the current format (engine's parseStoredSettings): a row written before RMSprop
 * had its own `rho` may leave `rho` or `beta2` to the level's defaults, which
 * resolveSettings(level, settings) fills in.
 */
export type StoredRun = Omit<NewRun, 'ipHash' | 'settings' | 'path'> & { readonly settings: Partial<Settings>; readonly createdAt: Date };

interface RunRow {
  id: string;
  level_id: string;
  level_source: 'builtin' | 'custom';
  level_json: unknown | null;
  level_hash: string;
  /** JSON as written by whichever version stored the row. */
  settings: unknown;
  seeds: SeedScore[];
  score: number;
  stars: number;
  outcome: Outcome;
  success_rate: number;
  nickname: string | null;
  public_name: boolean;
  assisted: boolean;
  created_at: Date;
}

const RUN_COLUMNS = 'id, level_id, level_source, level_json, level_hash, settings, seeds, score, stars, outcome, success_rate, nickname, public_name, assisted, created_at';

function toDate(v: Date | string): Date {
  return v instanceof Date ? v : new Date(v);
}

function fromRow(r: RunRow): StoredRun {
  return {
    id: r.id,
    levelId: r.level_id,
    levelSource: r.level_source,
    levelJson: r.level_json,
    levelHash: r.level_hash,
    settings: parseStoredSettings(r.settings),
    seeds: r.seeds,
    score: r.score,
    stars: Number(r.stars),
    outcome: r.outcome,
    successRate: r.success_rate,
    nickname: r.nickname,
    publicName: Boolean(r.public_name),
    assisted: Boolean(r.assisted),
    createdAt: toDate(r.created_at),
  };
}

/**
 * Inserts the run row alone (use storeRun, which also updates the leaderboard) and returns the
 * stored run. Only created_at comes back from the database: reading the JSON columns back
 * costs more than the insert itself on PGlite.
 */
export async function insertRunRow(q: Queryable, run: NewRun): Promise<StoredRun> {
  const rows = await q.query<{ created_at: Date }>(
    `INSERT INTO runs (id, level_id, level_source, level_json, level_hash, settings, seed_count, seeds,
                       score, stars, outcome, success_rate, nickname, ip_hash, failure_kind, playlist_slug, assisted, public_name, path_json)
     VALUES ($1, $2, $3, $4::text::jsonb, $5, $6::text::jsonb, $7, $8::text::jsonb, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19::text::jsonb)
     RETURNING created_at`,
    [
      run.id,
      run.levelId,
      run.levelSource,
      run.levelJson === null ? null : JSON.stringify(run.levelJson),
      run.levelHash,
      JSON.stringify(run.settings),
      run.seeds.length,
      JSON.stringify(run.seeds),
      run.score,
      run.stars,
      run.outcome,
      run.successRate,
      run.nickname,
      run.ipHash,
      run.failureKind ?? null,
      run.playlistSlug ?? null,
      run.assisted ?? false,
      run.publicName ?? false,
      run.path ? JSON.stringify(run.path) : null,
    ],
  );
  const { ipHash: _ipHash, path: _path, ...stored } = run;
  return { ...stored, assisted: run.assisted ?? false, publicName: run.publicName ?? false, createdAt: toDate(rows[0].created_at) };
}

/**
 * Stores a run and, when its player chose to show a nickname, offers it to the leaderboard —
 * atomically.
 * `leaderboard: false` keeps it off (runs on ad-hoc level documents, whose id the client picks).
 */
export async function storeRun(db: Db, run: NewRun, { leaderboard = true }: { leaderboard?: boolean } = {}): Promise<StoredRun> {
  return db.transaction(async (tx) => {
    const stored = await insertRunRow(tx, run);
    if (leaderboard && stored.nickname !== null && stored.publicName) await recordBest(tx, stored.id);
    return stored;
  });
}

/** The run with this id, or null. */
export async function getRun(q: Queryable, id: string): Promise<StoredRun | null> {
  const rows = await q.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM runs WHERE id = $1`, [id]);
  return rows.length ? fromRow(rows[0]) : null;
}

/** Number of stored runs, of one level or of all. */
export async function countRuns(q: Queryable, levelId?: string): Promise<number> {
  const rows =
    levelId === undefined
      ? await q.query<{ n: number }>('SELECT count(*)::int AS n FROM runs')
      : await q.query<{ n: number }>('SELECT count(*)::int AS n FROM runs WHERE level_id = $1', [levelId]);
  return rows[0].n;
}
