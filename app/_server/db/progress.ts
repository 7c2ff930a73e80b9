/**
 * The optional server copy of a player's progress: one JSON document per anonymous player,
 * keyed by the sha-256 of their `descent_pid` cookie (never the cookie itself).
 */
import type { Queryable } from './types';

/** A stored progress document. */
export interface StoredProgress {
  readonly data: unknown;
  readonly updatedAt: Date;
}

/** The player's progress, or null when none was saved. */
export async function getProgress(q: Queryable, playerHash: string): Promise<StoredProgress | null> {
  const rows = await q.query<{ data: unknown; updated_at: Date }>('SELECT data, updated_at FROM player_progress WHERE player_hash = $1', [playerHash]);
  return rows.length ? { data: rows[0].data, updatedAt: new Date(rows[0].updated_at) } : null;
}

/** Saves (replaces) the player's progress; returns the time it was saved. */
export async function putProgress(q: Queryable, playerHash: string, data: unknown): Promise<Date> {
  const rows = await q.query<{ updated_at: Date }>(
    `INSERT INTO player_progress (player_hash, data, updated_at) VALUES ($1, $2::text::jsonb, now())
     ON CONFLICT (player_hash) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at
     RETURNING updated_at`,
    [playerHash, JSON.stringify(data)],
  );
  return new Date(rows[0].updated_at);
}
