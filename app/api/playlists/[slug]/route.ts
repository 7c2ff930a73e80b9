/**
 * /api/playlists/<slug>
 * - GET: `{ slug, title, items: [{ kind, id | slug, title, playUrl, progressId }], createdAt, updatedAt }`
 *   (404 when missing or deleted — except with the edit token). A custom level unpublished since
 *   shows `title: null, playUrl: null`.
 * - PUT (Authorization: Bearer <edit token>): body as POST; replaces title and items. 200.
 * - DELETE (Bearer): unpublishes; 204.
 */
import { getDb } from '@/app/_server/db/db';
import { getPlaylist, unpublishStoredPlaylist, updateStoredPlaylist } from '@/app/_server/db/playlists';
import { MAX_PLAYLIST_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { isSlugShape } from '@/app/_server/http/edit-token';
import { refuseForeignOrigin } from '@/app/_server/http/origin';
import { ownedRecord } from '@/app/_server/http/owned';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { depthProblem } from '@/app/_server/services/custom-level';
import { checkPlaylistBody, itemViews, playlistLinks } from '@/app/_server/services/playlist';
import { isOwner } from '@/app/_server/services/desk';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ slug: string }> };

const notFound = () => jsonError(404, 'playlist not found', 'slug');

/** Reads a playlist. */
export const GET = apiRoute('GET /api/playlists/[slug]', async (request: Request, ctx: Ctx) => {
  const { slug } = await ctx.params;
  const db = await getDb();
  const found = isSlugShape(slug) ? await getPlaylist(db, slug) : null;
  if (!found) return notFound();
  // The edit token, or the key of the desk that owns it (services/desk.ts).
  if (!found.published && !(await isOwner(db, request, 'playlist', slug, found.editTokenHash))) return notFound();
  return json(200, {
    slug,
    title: found.title,
    published: found.published,
    items: await itemViews(db, found.items),
    createdAt: found.createdAt.toISOString(),
    updatedAt: found.updatedAt.toISOString(),
  });
});

/** Replaces a playlist (edit token required). */
export const PUT = apiRoute('PUT /api/playlists/[slug]', async (request: Request, ctx: Ctx) => {
  const limited = await limitWrite(request);
  if (limited) return limited;
  const owned = await ownedRecord(request, ctx.params, getPlaylist, 'playlist');
  if (!owned.ok) return owned.response;
  const { db, slug } = owned;
  const body = await readJsonBody(request, MAX_PLAYLIST_BODY_BYTES);
  if (!body.ok) return body.response;
  const deep = depthProblem(body.value);
  if (deep) return jsonError(deep.status, deep.error);
  const checked = await checkPlaylistBody(db, body.value);
  if (!checked.ok) return jsonError(checked.status, checked.error, checked.field);
  const updated = await updateStoredPlaylist(db, slug, checked.title, checked.items);
  if (!updated) return notFound();
  return json(200, { slug, ...playlistLinks(slug), updatedAt: updated.updatedAt.toISOString() });
});

/** Unpublishes a playlist (edit token required). */
export const DELETE = apiRoute('DELETE /api/playlists/[slug]', async (request: Request, ctx: Ctx) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const limited = await limitWrite(request);
  if (limited) return limited;
  const owned = await ownedRecord(request, ctx.params, getPlaylist, 'playlist');
  if (!owned.ok) return owned.response;
  await unpublishStoredPlaylist(owned.db, owned.slug);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
