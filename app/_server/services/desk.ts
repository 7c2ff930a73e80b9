/**
 * The teacher's desk (issue 14), without accounts. A desk key `<desk id><secret>`
 * (content/contracts/desk.ts) is made once and handed out once; the database keeps the desk id
 * and the key's sha-256, compared in constant time (../http/edit-token.ts, like edit tokens).
 *
 * Credential design: the desk key is an edit credential for exactly the levels and playlists
 * whose `desk_id` is that desk — sent like an edit token (`Authorization: Bearer <desk key>`),
 * so the existing edit pages work unchanged with the desk's links `/create/edit/<slug>#token=<desk
 * key>`. Lost edit tokens are never re-issued or stored in the clear; the desk key replaces them.
 * Items join a desk when made with the `x-desk-key` header, or later through
 * POST /api/desk/attach with their own edit token (proof of ownership).
 */
import { DESK_KEY, DESK_KEY_HEADER, DeskKeySchema, type DeskDoc, type DeskItem } from '@/content/contracts/desk';
import { deskKeyHash, deskLevels, deskPlaylists, ownerDesk, type DeskItemKind, type DeskItemRow } from '../db/desks';
import type { Queryable } from '../db/types';
import { bearerToken, hashEditToken, newEditToken, newSlug, tokenMatches } from '../http/edit-token';
import { jsonError } from '../http/responses';
import { customLevelLinks } from './custom-level';
import { playlistLinks } from './playlist';

/** A new desk: its id, its key (shown once) and the hash to store. */
export function newDeskKey(): { id: string; key: string; keyHash: string } {
  const id = newSlug();
  const key = `${id}${newEditToken()}`;
  return { id, key, keyHash: hashEditToken(key) };
}

/** The desk id a well-shaped key names (its first ten characters), or null for any other string. */
export function deskIdOf(key: string): string | null {
  return DESK_KEY.test(key) ? key.slice(0, 10) : null;
}

/** The desk's secret link (the key in the #fragment, which browsers never send to a server). */
export function deskUrl(key: string): string {
  return `/desk#key=${key}`;
}

/** The id of the desk this key opens, or null (malformed, unknown desk, or wrong secret: alike). */
export async function openDesk(q: Queryable, key: string): Promise<string | null> {
  const id = deskIdOf(key);
  if (id === null) return null;
  const stored = await deskKeyHash(q, id);
  // An unknown desk still costs a hash comparison, so timing does not tell it from a wrong key.
  const matches = tokenMatches(key, stored ?? '0'.repeat(64));
  return stored !== null && matches ? id : null;
}

/** Whether `token` is the key of the desk that owns this level or playlist. */
export async function deskKeyOwns(q: Queryable, kind: DeskItemKind, slug: string, token: string): Promise<boolean> {
  if (deskIdOf(token) === null) return false;
  const owner = await ownerDesk(q, kind, slug);
  return owner !== null && tokenMatches(token, owner.keyHash) && owner.id === deskIdOf(token);
}

/** Whether the request's bearer token is the record's edit token or the key of its desk. */
export async function isOwner(q: Queryable, request: Request, kind: DeskItemKind, slug: string, editTokenHash: string): Promise<boolean> {
  const token = bearerToken(request);
  if (token === null) return false;
  return tokenMatches(token, editTokenHash) || (await deskKeyOwns(q, kind, slug, token));
}

const REFUSED = 'this desk key is not recognized: open your desk from its saved link, or make a new desk';

/** The 401 every wrong, unknown or missing desk key gets (one answer: no desk's existence leaks). */
export function deskRefused(): Response {
  return jsonError(401, REFUSED, 'key', { 'www-authenticate': 'Bearer' });
}

/** The desk of a GET/POST /api/desk* request (Authorization: Bearer <desk key>), or the 401. */
export async function requestDesk(q: Queryable, request: Request): Promise<{ ok: true; id: string; key: string } | { ok: false; response: Response }> {
  const key = bearerToken(request);
  const id = key === null ? null : await openDesk(q, key);
  return key !== null && id !== null ? { ok: true, id, key } : { ok: false, response: deskRefused() };
}

/**
 * The desk a new level or playlist goes to: none without the `x-desk-key` header; its id when
 * the header holds a valid key; a 400 for a malformed header and the 401 for a key that opens
 * no desk (so a teacher never believes a level is on a desk when it is not).
 */
export async function creatorDesk(q: Queryable, request: Request): Promise<{ ok: true; id: string | null } | { ok: false; response: Response }> {
  const raw = request.headers.get(DESK_KEY_HEADER);
  if (raw === null) return { ok: true, id: null };
  const parsed = DeskKeySchema.safeParse(raw.trim());
  if (!parsed.success) return { ok: false, response: jsonError(400, `${DESK_KEY_HEADER}: not a desk key`, DESK_KEY_HEADER) };
  const id = await openDesk(q, parsed.data);
  return id === null ? { ok: false, response: deskRefused() } : { ok: true, id };
}

function item(row: DeskItemRow, links: { shareUrl: string }, editPath: string, key: string): DeskItem {
  return {
    slug: row.slug,
    title: row.title,
    published: row.published,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    shareUrl: links.shareUrl,
    editUrl: `${editPath}#token=${key}`,
    runs: row.runs,
    players: row.players,
    ...(row.proof !== null ? { proof: row.proof } : {}),
  };
}

/** Everything on a desk, with links whose #fragment carries the desk key. */
export async function deskDoc(q: Queryable, id: string, key: string): Promise<DeskDoc> {
  const [levels, playlists] = await Promise.all([deskLevels(q, id), deskPlaylists(q, id)]);
  return {
    levels: levels.map((r) => item(r, customLevelLinks(r.slug), `/create/edit/${r.slug}`, key)),
    playlists: playlists.map((r) => item(r, playlistLinks(r.slug), `/create/playlist/${r.slug}`, key)),
  };
}
