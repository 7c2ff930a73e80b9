/**
 * Teachers' desks (table `desks`, migration 0010): a desk is an id and the sha-256 of its secret
 * key; levels and playlists name their desk in `desk_id` (NULL: on no desk). The key itself is
 * never stored (services/desk.ts makes and checks it).
 */
import type { Queryable } from './types';

/** What a desk owns: a custom level or a playlist. */
export type DeskItemKind = 'level' | 'playlist';

const TABLE: Record<DeskItemKind, string> = { level: 'custom_levels', playlist: 'playlists' };

/** Stores a new desk. */
export async function insertDesk(q: Queryable, id: string, keyHash: string): Promise<void> {
  await q.query('INSERT INTO desks (id, key_hash) VALUES ($1, $2)', [id, keyHash]);
}

/** The stored key hash of a desk, or null when there is no such desk. */
export async function deskKeyHash(q: Queryable, id: string): Promise<string | null> {
  const rows = await q.query<{ key_hash: string }>('SELECT key_hash FROM desks WHERE id = $1', [id]);
  return rows.length ? rows[0].key_hash : null;
}

/** The owning desk of a level or playlist: its id and key hash, or null when it is on no desk. */
export async function ownerDesk(q: Queryable, kind: DeskItemKind, slug: string): Promise<{ id: string; keyHash: string } | null> {
  const rows = await q.query<{ id: string; key_hash: string }>(
    `SELECT d.id, d.key_hash FROM ${TABLE[kind]} t JOIN desks d ON d.id = t.desk_id WHERE t.slug = $1`,
    [slug],
  );
  return rows.length ? { id: rows[0].id, keyHash: rows[0].key_hash } : null;
}

/** Puts a level or playlist on a desk (moving it from any other); false when the slug is unknown. */
export async function setDesk(q: Queryable, kind: DeskItemKind, slug: string, deskId: string): Promise<boolean> {
  const rows = await q.query<{ slug: string }>(`UPDATE ${TABLE[kind]} SET desk_id = $2 WHERE slug = $1 RETURNING slug`, [slug, deskId]);
  return rows.length > 0;
}

/** Most items of each kind a desk lists (newest first). */
export const MAX_DESK_LIST = 500;

/** A level or playlist as its desk lists it. */
export interface DeskItemRow {
  readonly slug: string;
  readonly title: string;
  readonly published: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Runs counted in its results (a level: every counted run on it; a playlist: runs played from it). */
  readonly runs: number;
  /** Distinct nicknames among those runs (runs without one are not counted here). */
  readonly players: number;
  /** A level's proof status at its last publish (custom_levels.proof_json); null: not checked, or a playlist. */
  readonly proof: 'proven' | 'unproven' | 'none' | null;
}

interface Row {
  slug: string;
  title: string;
  published: boolean;
  created_at: Date;
  updated_at: Date;
  runs: number;
  players: number;
  proof?: string | null;
}

const fromRow = (r: Row): DeskItemRow => ({
  slug: r.slug,
  title: r.title,
  published: r.published,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  runs: r.runs,
  players: r.players,
  proof: r.proof === 'proven' || r.proof === 'unproven' || r.proof === 'none' ? r.proof : null,
});

/** The levels on a desk, newest first, with their result counts (runs stored under `c/<slug>`). */
export async function deskLevels(q: Queryable, deskId: string): Promise<DeskItemRow[]> {
  const rows = await q.query<Row>(
    `SELECT c.slug, c.level_json->>'title' AS title, c.published, c.created_at, c.updated_at, c.proof_json->>'status' AS proof,
            coalesce(r.runs, 0)::int AS runs, coalesce(r.players, 0)::int AS players
       FROM custom_levels c
       LEFT JOIN LATERAL (
         SELECT count(*) AS runs, count(DISTINCT nickname) AS players
           FROM runs WHERE level_id = 'c/' || c.slug
       ) r ON true
      WHERE c.desk_id = $1
      ORDER BY c.created_at DESC, c.slug
      LIMIT ${MAX_DESK_LIST}`,
    [deskId],
  );
  return rows.map(fromRow);
}

/** The playlists on a desk, newest first, with their result counts (runs played from them). */
export async function deskPlaylists(q: Queryable, deskId: string): Promise<DeskItemRow[]> {
  const rows = await q.query<Row>(
    `SELECT p.slug, p.title, p.published, p.created_at, p.updated_at,
            coalesce(r.runs, 0)::int AS runs, coalesce(r.players, 0)::int AS players
       FROM playlists p
       LEFT JOIN LATERAL (
         SELECT count(*) AS runs, count(DISTINCT nickname) AS players
           FROM runs WHERE playlist_slug = p.slug AND (level_source = 'builtin' OR level_id LIKE 'c/%')
       ) r ON true
      WHERE p.desk_id = $1
      ORDER BY p.created_at DESC, p.slug
      LIMIT ${MAX_DESK_LIST}`,
    [deskId],
  );
  return rows.map(fromRow);
}
