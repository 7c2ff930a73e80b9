/**
 * Teachers' published levels (table `custom_levels`): the validated level document under a
 * public slug, with the sha-256 of its edit token. Unpublishing keeps the row (its runs and
 * results stay readable with the token) but hides it from players.
 */
import type { Level, LevelProof } from '@/engine';
import type { Queryable } from './types';

/** A stored custom level. */
export interface CustomLevel {
  readonly slug: string;
  readonly level: Level;
  readonly editTokenHash: string;
  readonly published: boolean;
  /** The server's shortcut sweep at the last publish (engine/proof.ts); null before proofs. */
  readonly proof: LevelProof | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface Row {
  slug: string;
  level_json: Level;
  edit_token_hash: string;
  published: boolean;
  proof_json: LevelProof | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'slug, level_json, edit_token_hash, published, proof_json, created_at, updated_at';

function fromRow(r: Row): CustomLevel {
  return {
    slug: r.slug,
    level: r.level_json,
    editTokenHash: r.edit_token_hash,
    published: r.published,
    proof: r.proof_json ?? null,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Stores a new, published custom level; returns it. */
export async function insertCustomLevel(q: Queryable, slug: string, level: Level, editTokenHash: string, proof: LevelProof | null = null): Promise<CustomLevel> {
  const rows = await q.query<Row>(
    `INSERT INTO custom_levels (slug, level_json, edit_token_hash, published, proof_json)
     VALUES ($1, $2::text::jsonb, $3, true, $4::text::jsonb)
     RETURNING ${COLUMNS}`,
    [slug, JSON.stringify(level), editTokenHash, proof === null ? null : JSON.stringify(proof)],
  );
  return fromRow(rows[0]);
}

/** The custom level with this slug (published or not), or null. */
export async function getCustomLevel(q: Queryable, slug: string): Promise<CustomLevel | null> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM custom_levels WHERE slug = $1`, [slug]);
  return rows.length ? fromRow(rows[0]) : null;
}

/** The published custom level with this slug, or null (what players may see). */
export async function getPublishedCustomLevel(q: Queryable, slug: string): Promise<CustomLevel | null> {
  const found = await getCustomLevel(q, slug);
  return found?.published ? found : null;
}

/** Replaces a custom level's document and publishes it again; returns the new row (null when missing). */
export async function updateCustomLevel(q: Queryable, slug: string, level: Level, proof: LevelProof | null = null): Promise<CustomLevel | null> {
  const rows = await q.query<Row>(
    `UPDATE custom_levels SET level_json = $2::text::jsonb, updated_at = now(), published = true, proof_json = $3::text::jsonb
      WHERE slug = $1
      RETURNING ${COLUMNS}`,
    [slug, JSON.stringify(level), proof === null ? null : JSON.stringify(proof)],
  );
  return rows.length ? fromRow(rows[0]) : null;
}

/** Hides a custom level from players (the row and its runs stay). */
export async function unpublishCustomLevel(q: Queryable, slug: string): Promise<void> {
  await q.query('UPDATE custom_levels SET published = false, updated_at = now() WHERE slug = $1', [slug]);
}

/** Number of stored custom levels (tests: "nothing stored"). */
export async function countCustomLevels(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM custom_levels');
  return rows[0].n;
}

/** Titles of the published custom levels among `slugs` (slug → title). */
export async function publishedTitles(q: Queryable, slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await q.query<{ slug: string; title: string }>(
    `SELECT slug, level_json->>'title' AS title FROM custom_levels WHERE published AND slug = ANY($1::text[])`,
    [slugs],
  );
  return new Map(rows.map((r) => [r.slug, r.title]));
}
