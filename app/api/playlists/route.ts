/**
 * POST /api/playlists — body `{ title (≤ 120), items: [{ kind: "builtin", id } | { kind: "custom", slug }] }`
 * (1–50 items, each an existing level; ≤ 16 KB). 201 `{ slug, shareUrl, editUrl, editToken }`.
 */
import { getDb } from '@/app/_server/db/db';
import { insertPlaylist } from '@/app/_server/db/playlists';
import { MAX_PLAYLIST_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { hashEditToken, newEditToken, withNewSlug } from '@/app/_server/http/edit-token';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { depthProblem } from '@/app/_server/services/custom-level';
import { checkPlaylistBody, playlistLinks } from '@/app/_server/services/playlist';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Creates a playlist (see file note). */
export const POST = apiRoute('POST /api/playlists', async (request: Request) => {
  const limited = await limitWrite(request);
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_PLAYLIST_BODY_BYTES);
  if (!body.ok) return body.response;
  const deep = depthProblem(body.value);
  if (deep) return jsonError(deep.status, deep.error);
  const db = await getDb();
  const checked = await checkPlaylistBody(db, body.value);
  if (!checked.ok) return jsonError(checked.status, checked.error, checked.field);
  const token = newEditToken();
  const { slug } = await withNewSlug((s) => insertPlaylist(db, s, checked.title, checked.items, hashEditToken(token)));
  return json(201, { slug, ...playlistLinks(slug, token) }, { location: `/api/playlists/${slug}` });
});
