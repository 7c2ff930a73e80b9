/**
 * The schema, as one ordered list of migrations shared by PGlite and Postgres.
 *
 * Rules: append only. Never edit or reorder a migration that has shipped — add a new one. Each
 * applied migration's checksum is recorded in `schema_migrations`, and start-up refuses to run
 * when a shipped migration's SQL has changed. Migrations run at start-up in ONE transaction
 * that first takes a transaction-scoped advisory lock, so two processes starting at once (several
 * app instances on one Postgres) queue up: the second sees the first's work and applies nothing.
 * PGlite is single-process, the lock costs nothing there.
 */
import { createHash } from 'node:crypto';
import type { Db } from './types';

/** One schema change. */
export interface Migration {
  /** Unique, sortable id: `NNNN_what`. */
  readonly id: string;
  readonly sql: string;
}

/** Every migration, in the order it is applied. */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_runs_and_leaderboards',
    sql: `
      -- A verified run: the settings a player submitted and the score the server computed.
      CREATE TABLE runs (
        id            text PRIMARY KEY,
        level_id      text NOT NULL,
        level_source  text NOT NULL CHECK (level_source IN ('builtin', 'custom')),
        -- snapshot of a custom level (NULL for built-in levels, which level_id names)
        level_json    jsonb,
        -- sha-256 of the level as scored, so a later change to the level can be detected
        level_hash    text NOT NULL,
        settings      jsonb NOT NULL,
        seed_count    integer NOT NULL CHECK (seed_count > 0),
        -- per seed: {seed, outcome, goalStep, score}
        seeds         jsonb NOT NULL,
        score         integer NOT NULL CHECK (score BETWEEN 0 AND 1000),
        stars         smallint NOT NULL CHECK (stars BETWEEN 0 AND 3),
        outcome       text NOT NULL,
        success_rate  double precision NOT NULL CHECK (success_rate BETWEEN 0 AND 1),
        nickname      text CHECK (char_length(nickname) BETWEEN 1 AND 32),
        ip_hash       text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CHECK ((level_source = 'custom') = (level_json IS NOT NULL))
      );
      CREATE INDEX runs_level_created ON runs (level_id, created_at DESC);

      -- Best run per (level, nickname); kept in the same transaction as the run insert.
      CREATE TABLE leaderboard_best (
        level_id    text NOT NULL,
        nickname    text NOT NULL,
        run_id      text NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        score       integer NOT NULL,
        stars       smallint NOT NULL,
        created_at  timestamptz NOT NULL,
        PRIMARY KEY (level_id, nickname)
      );
      CREATE INDEX leaderboard_best_rank ON leaderboard_best (level_id, score DESC, created_at ASC);
    `,
  },
  {
    id: '0002_player_progress',
    sql: `
      -- Optional server copy of a player's progress, keyed by the sha-256 of the descent_pid
      -- cookie (the cookie itself is a bearer secret and is never stored).
      CREATE TABLE player_progress (
        player_hash  text PRIMARY KEY,
        data         jsonb NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '0003_custom_levels_and_playlists',
    sql: `
      -- For the level editor (not used yet).
      CREATE TABLE custom_levels (
        slug             text PRIMARY KEY,
        level_json       jsonb NOT NULL,
        edit_token_hash  text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        published        boolean NOT NULL DEFAULT false
      );
      CREATE TABLE playlists (
        slug             text PRIMARY KEY,
        title            text NOT NULL,
        items_json       jsonb NOT NULL,
        edit_token_hash  text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '0004_app_secrets',
    sql: `
      -- Per-deployment secrets generated once, shared by every instance (e.g. the salt of
      -- runs.ip_hash, so hashes cannot be reversed by hashing the IPv4 space).
      CREATE TABLE app_secrets (
        name   text PRIMARY KEY,
        value  text NOT NULL
      );
      INSERT INTO app_secrets (name, value)
      VALUES ('ip_hash_salt', gen_random_uuid()::text || gen_random_uuid()::text)
      ON CONFLICT (name) DO NOTHING;
    `,
  },
  {
    id: '0005_teacher_sharing',
    sql: `
      -- Teachers' published levels and playlists (issue 6).
      -- A run on a published custom level is stored with level_id 'c/<slug>'; failure_kind is the
      -- top finding kind of the server's explanation of a run that fell short of three stars
      -- (computed for custom-level and playlist runs only, NULL otherwise); playlist_slug is the
      -- playlist the run was played from, when the player came from one.
      ALTER TABLE runs ADD COLUMN failure_kind text CHECK (char_length(failure_kind) <= 40);
      ALTER TABLE runs ADD COLUMN playlist_slug text CHECK (char_length(playlist_slug) <= 40);
      CREATE INDEX runs_playlist_level ON runs (playlist_slug, level_id) WHERE playlist_slug IS NOT NULL;
      ALTER TABLE playlists ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE playlists ADD COLUMN published boolean NOT NULL DEFAULT true;
    `,
  },
  {
    id: '0006_assisted_runs',
    sql: `
      -- A run launched with a challenge solution's settings, unchanged ("Use these settings"):
      -- stored for the record with no stars, kept off the leaderboard and out of best scores.
      ALTER TABLE runs ADD COLUMN assisted boolean NOT NULL DEFAULT false;
    `,
  },
  {
    id: '0007_rate_limit_buckets',
    sql: `
      -- The rate limits' counters when DATABASE_URL is set, shared by every app instance
      -- (rate-limiter-flexible's RateLimiterPostgres, told not to create tables itself: the
      -- column names and types are the ones it queries). key: '<limit>:<player id or address>';
      -- points: requests counted in the current window; expire: its end, ms since the epoch.
      -- Unused on PGlite (in-memory limits there).
      CREATE TABLE rate_limit_buckets (
        key     varchar(255) PRIMARY KEY,
        points  integer NOT NULL DEFAULT 0,
        expire  bigint
      );
      -- The limiter deletes rows expired for an hour every 5 minutes.
      CREATE INDEX rate_limit_buckets_expire ON rate_limit_buckets (expire);
    `,
  },
  {
    id: '0008_public_nicknames',
    sql: `
      -- Public leaderboards are opt-in (issue 11): a run's nickname is shown there only when the
      -- player ticked "show my nickname"; teachers see their class's nicknames either way. No
      -- stored run was opted in, so every board starts empty (this also clears scores earned
      -- on the built-in levels before their redesign).
      ALTER TABLE runs ADD COLUMN public_name boolean NOT NULL DEFAULT false;
      DELETE FROM leaderboard_best;
    `,
  },
  {
    id: '0009_level_proof',
    sql: `
      -- A teacher's level's proof (issue 14): the server's shortcut sweep when the level was
      -- published or republished, engine/proof.ts LevelProofSchema (status proven / unproven /
      -- none, the verdict, the table). NULL: published before proofs (shown as not checked).
      ALTER TABLE custom_levels ADD COLUMN proof_json jsonb;
    `,
  },
  {
    id: '0010_teacher_desks',
    sql: `
      -- A teacher's desk (issue 14), without accounts: a secret desk key '<id><secret>' shown
      -- once; only its sha-256 is stored (like edit tokens). Levels and playlists made with the
      -- key, or attached later with their edit token, name their desk in desk_id (NULL: none).
      CREATE TABLE desks (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]{10}$'),
        key_hash    text NOT NULL CHECK (char_length(key_hash) = 64),
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE custom_levels ADD COLUMN desk_id text REFERENCES desks (id);
      ALTER TABLE playlists ADD COLUMN desk_id text REFERENCES desks (id);
      CREATE INDEX custom_levels_desk ON custom_levels (desk_id, created_at) WHERE desk_id IS NOT NULL;
      CREATE INDEX playlists_desk ON playlists (desk_id, created_at) WHERE desk_id IS NOT NULL;
    `,
  },
  {
    id: '0011_run_paths',
    sql: `
      -- The live class view (issue 14): a run counted by a playlist or a published custom level
      -- keeps its path on seed 1, thinned to at most 64 points (components/explain/path-points.ts),
      -- as a flat [x0, y0, x1, y1, …] array, so a live page can draw the class's swarm without
      -- re-running anything. NULL for other runs and for runs stored before.
      ALTER TABLE runs ADD COLUMN path_json jsonb;
      CREATE INDEX runs_level_path ON runs (level_id, created_at DESC) WHERE path_json IS NOT NULL;
    `,
  },
];

/** Advisory-lock key that serializes migrations across processes (any fixed 64-bit number). */
export const MIGRATION_LOCK_KEY = 0x64657363; // "desc"

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex').slice(0, 16);
}

/**
 * Applies the migrations the database lacks, in order, in one transaction under the advisory
 * lock (see file note). Returns the ids it applied (empty when the schema was current).
 */
export async function runMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  const ids = migrations.map((m) => m.id);
  if (new Set(ids).size !== ids.length) throw new Error('migrations: duplicate id');
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        id          text PRIMARY KEY,
        checksum    text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
    const applied = new Map(rows.map((r) => [r.id, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const sum = checksum(m.sql);
      const previous = applied.get(m.id);
      if (previous !== undefined) {
        if (previous !== sum) throw new Error(`migration ${m.id} was changed after it was applied: add a new migration instead`);
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, sum]);
      done.push(m.id);
    }
    const unknown = [...applied.keys()].filter((id) => !ids.includes(id));
    if (unknown.length) console.warn(`[db] the database has migrations this build does not know (newer code ran?): ${unknown.join(', ')}`);
    return done;
  });
}
