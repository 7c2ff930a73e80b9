/**
 * The documents the custom-levels and playlists APIs exchange, defined once for both sides: the
 * server (app/_server, app/api) checks request bodies with these schemas and types its answers
 * with them; the browser's client (components/api/client.ts) checks the answers with them, and
 * the playlist editor (components/editor/playlist-draft.ts) warns before sending with the same
 * limits. Pure: no server or UI code, so the browser bundle can import it.
 */
import { z } from '@/engine/zod';
import { LEVEL_ID } from '@/engine/level/schema';
import { LevelProofSchema } from '@/engine/proof';

/** Most items in a playlist. */
export const MAX_PLAYLIST_ITEMS = 50;
/** Longest playlist title, in characters. */
export const MAX_PLAYLIST_TITLE = 120;

/** The public slug of a custom level or a playlist: ten lowercase letters or digits. */
export const PUBLIC_SLUG = /^[a-z0-9]{10}$/;

/** What publishing a level or creating a playlist answers (201): its slug and links. */
export const PublishedSchema = z.object({
  slug: z.string().min(1),
  shareUrl: z.string().startsWith('/'),
  editUrl: z.string().startsWith('/'),
  editToken: z.string().min(1),
  /** A level's proof, computed by the server on publish (engine/proof.ts; absent for playlists). */
  proof: LevelProofSchema.nullable().optional(),
});
export type Published = z.infer<typeof PublishedSchema>;

/** A results table (per nickname): flat records; the server names the columns. */
export const ResultsSchema = z.union([
  z.array(z.record(z.string(), z.unknown())),
  z.object({ results: z.array(z.record(z.string(), z.unknown())) }).transform((b) => b.results),
  z.object({ rows: z.array(z.record(z.string(), z.unknown())) }).transform((b) => b.rows),
]);
/** A row of a results table. */
export type ResultRow = Record<string, unknown>;

/**
 * One version of a level in a results answer (issue 14): the runs scored on one level hash, the
 * version the level has now (`current`) first, then newest first; numbered by first run.
 */
export const ResultVersionSchema = z.object({
  version: z.number().int().min(1),
  levelHash: z.string(),
  current: z.boolean(),
  /** When the current version of a custom level was published (null otherwise). */
  publishedAt: z.string().nullable(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  attempts: z.number(),
  players: z.number(),
  results: z.array(z.record(z.string(), z.unknown())),
});
export type ResultVersion = z.infer<typeof ResultVersionSchema>;

/** GET /api/custom-levels/<slug>/results: all versions together (`results`) and per version. */
export const LevelResultsSchema = z.object({
  results: z.array(z.record(z.string(), z.unknown())),
  versions: z.array(ResultVersionSchema).optional(),
});
export type LevelResultsDoc = z.infer<typeof LevelResultsSchema>;

/** One entry of a playlist body (POST/PUT /api/playlists): a built-in level or a teacher's level. */
export const PlaylistItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), id: z.string().regex(LEVEL_ID, 'not a level id') }).strict(),
  z.object({ kind: z.literal('custom'), slug: z.string().regex(PUBLIC_SLUG, 'not a level slug') }).strict(),
]);
/** One entry of a playlist, as stored and sent. */
export type PlaylistItem = z.infer<typeof PlaylistItemSchema>;

/** An entry in an answer (other fields are read by the schema around it). */
const ItemRefSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('builtin'), id: z.string() }), z.object({ kind: z.literal('custom'), slug: z.string() })]);

/** An entry as players see it. */
export const PlaylistItemViewSchema = ItemRefSchema.and(
  z.object({
    /** The level's title (null when a custom level was unpublished since). */
    title: z.string().nullable(),
    /** Where to play it (null when unavailable). */
    playUrl: z.string().nullable(),
    /** The level id the browser keeps its stars under. */
    progressId: z.string(),
  }),
);
export type PlaylistItemView = z.infer<typeof PlaylistItemViewSchema>;

/** GET /api/playlists/<slug>: the title and the entries with their titles and play links. */
export const PlaylistDocSchema = z.object({
  slug: z.string(),
  title: z.string(),
  published: z.boolean().optional(),
  items: z.array(PlaylistItemViewSchema),
});
export type PlaylistDoc = z.infer<typeof PlaylistDocSchema>;

/** GET /api/playlists/<slug>/results: per level (in order) the per-nickname rows. */
export const PlaylistResultsSchema = z.object({
  slug: z.string(),
  title: z.string(),
  published: z.boolean(),
  levels: z.array(
    ItemRefSchema.and(z.object({ position: z.number(), title: z.string().nullable(), levelId: z.string(), results: z.array(z.record(z.string(), z.unknown())), versions: z.array(ResultVersionSchema).optional() })),
  ),
});
export type PlaylistResultsDoc = z.infer<typeof PlaylistResultsSchema>;
