/**
 * POST /api/playlists — body `{ title (≤ 120), items: [{ kind: "builtin", id } | { kind: "custom", slug }] }`
 * (1–50 items, each an existing level; ≤ 16 KB). 201 `{ slug, shareUrl, editUrl, editToken }`.
 * With the header `x-desk-key: <desk key>` it is also put on that desk (`desk: true`; a key that
 * opens no desk: 401, nothing stored).
 */
import { getDb } from '@/app/_server/db/db';
import { insertPlaylist } from '@/app/_server/db/playlists';
import { MAX_PLAYLIST_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { hashEditToken, newEditToken, withNewSlug } from '@/app/_server/http/edit-token';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { depthProblem } from '@/app/_server/services/custom-level';
import { checkPlaylistBody, playlistLinks } from '@/app/_server/services/playlist';
import { setDesk } from '@/app/_server/db/desks';
import { creatorDesk } from '@/app/_server/services/desk';

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
  // With an `x-desk-key` header the playlist goes on that desk (services/desk.ts); a wrong key: 401.
  const desk = await creatorDesk(db, request);
  if (!desk.ok) return desk.response;
  const token = newEditToken();
  const { slug } = await withNewSlug((s) =>
    db.transaction(async (tx) => {
      const list = await insertPlaylist(tx, s, checked.title, checked.items, hashEditToken(token));
      if (desk.id !== null) await setDesk(tx, 'playlist', s, desk.id);
      return list;
    }),
  );
  const onDesk = desk.id !== null ? { desk: true } : {};
  return json(201, { slug, ...playlistLinks(slug, token), ...onDesk }, { location: `/api/playlists/${slug}` });
});
