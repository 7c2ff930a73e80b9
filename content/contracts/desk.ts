/**
 * The documents of the teacher's desk API (app/api/desk), for both sides: the server checks
 * bodies and the desk key with these, the browser (components/desk/client.ts) checks answers.
 *
 * A desk key is `<desk id><secret>`: the desk's id (ten [a-z0-9]) then 32 url-safe base64
 * characters (192 random bits). It is shown once; the server keeps only its sha-256. It never
 * travels in a URL the server sees: in links it sits in the #fragment, in requests in a header.
 * Pure: no server or UI code, so the browser bundle can import it.
 */
import { z } from '@/engine/zod';
import { PUBLIC_SLUG } from './api';

/** The shape of a desk key (42 characters; an edit token has 32, so the two never look alike). */
export const DESK_KEY = /^[a-z0-9]{10}[A-Za-z0-9_-]{32}$/;

/** The request header that names the desk a new level or playlist goes to. */
export const DESK_KEY_HEADER = 'x-desk-key';

/** A desk key, checked. */
export const DeskKeySchema = z.string().regex(DESK_KEY, 'not a desk key');

/** What POST /api/desk answers (201): the key, shown this once, and the desk's secret link. */
export const NewDeskSchema = z.object({
  key: DeskKeySchema,
  deskUrl: z.string().startsWith('/desk#key='),
});
export type NewDeskDoc = z.infer<typeof NewDeskSchema>;

/** One level or playlist as its desk lists it. */
export const DeskItemSchema = z.object({
  slug: z.string().regex(PUBLIC_SLUG),
  title: z.string(),
  published: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  shareUrl: z.string().startsWith('/'),
  /** The edit page with the desk key in the #fragment: the desk key edits what its desk owns. */
  editUrl: z.string().startsWith('/'),
  runs: z.number().int().nonnegative(),
  players: z.number().int().nonnegative(),
  /** A level's proof at its last publish (proven / unproven / no intent stated); null: not checked, or a playlist. */
  proof: z.enum(['proven', 'unproven', 'none']).nullable().optional(),
});
export type DeskItem = z.infer<typeof DeskItemSchema>;

/** What GET /api/desk answers (200). */
export const DeskDocSchema = z.object({
  levels: z.array(DeskItemSchema),
  playlists: z.array(DeskItemSchema),
});
export type DeskDoc = z.infer<typeof DeskDocSchema>;

/** The body of POST /api/desk/attach: a level or playlist and its own edit token. */
export const AttachBodySchema = z
  .object({
    kind: z.enum(['level', 'playlist']),
    slug: z.string().regex(PUBLIC_SLUG, 'not a level or playlist address'),
    token: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'not an edit token'),
  })
  .strict();
export type AttachBody = z.infer<typeof AttachBodySchema>;

/** What POST /api/desk/attach answers (200). */
export const AttachedSchema = z.object({ kind: z.enum(['level', 'playlist']), slug: z.string(), title: z.string() });
export type Attached = z.infer<typeof AttachedSchema>;
