/**
 * Teachers' playlists (table `playlists`): an ordered list of built-in and custom levels under a
 * public slug, with the sha-256 of its edit token. Deleting unpublishes (the row stays).
 */
import type { PlaylistItem } from '@/content/contracts/api';
import type { Queryable } from './types';

/** A stored playlist. */
export interface Playlist {
  readonly slug: string;
  readonly title: string;
  readonly items: readonly PlaylistItem[];
  readonly editTokenHash: string;
  readonly published: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface Row {
  slug: string;
  title: string;
  items_json: PlaylistItem[];
  edit_token_hash: string;
  published: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'slug, title, items_json, edit_token_hash, published, created_at, updated_at';

function fromRow(r: Row): Playlist {
  return {
    slug: r.slug,
    title: r.title,
    items: r.items_json,
    editTokenHash: r.edit_token_hash,
    published: r.published,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Stores a new playlist; returns it. */
export async function insertPlaylist(q: Queryable, slug: string, title: string, items: readonly PlaylistItem[], editTokenHash: string): Promise<Playlist> {
  const rows = await q.query<Row>(
    `INSERT INTO playlists (slug, title, items_json, edit_token_hash) VALUES ($1, $2, $3::text::jsonb, $4) RETURNING ${COLUMNS}`,
    [slug, title, JSON.stringify(items), editTokenHash],
  );
  return fromRow(rows[0]);
}

/** The playlist with this slug (published or not), or null. */
export async function getPlaylist(q: Queryable, slug: string): Promise<Playlist | null> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM playlists WHERE slug = $1`, [slug]);
  return rows.length ? fromRow(rows[0]) : null;
}

/** Replaces a playlist's title and items (publishing it again); null when missing. */
export async function updateStoredPlaylist(q: Queryable, slug: string, title: string, items: readonly PlaylistItem[]): Promise<Playlist | null> {
  const rows = await q.query<Row>(
    `UPDATE playlists SET title = $2, items_json = $3::text::jsonb, updated_at = now(), published = true WHERE slug = $1 RETURNING ${COLUMNS}`,
    [slug, title, JSON.stringify(items)],
  );
  return rows.length ? fromRow(rows[0]) : null;
}

/** Hides a playlist (the row stays). */
export async function unpublishStoredPlaylist(q: Queryable, slug: string): Promise<void> {
  await q.query('UPDATE playlists SET published = false, updated_at = now() WHERE slug = $1', [slug]);
}

/** Number of stored playlists. */
export async function countPlaylists(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM playlists');
  return rows[0].n;
}
