/**
 * POST /api/desk/attach (Authorization: Bearer <desk key>) — puts a level or playlist made
 * before (or on another desk) on this desk. Body `{ kind: "level" | "playlist", slug, token }`
 * (≤ 1 KB), where `token` is the item's own edit token: holding it proves ownership (a desk key
 * does not: it cannot take items from another desk). 200 `{ kind, slug, title }`.
 * A wrong desk key: 401. An unknown slug and a wrong edit token get the same 404, so the answer
 * never tells whether a slug exists.
 */
import { getDb } from '@/app/_server/db/db';
import { getCustomLevel } from '@/app/_server/db/custom-levels';
import { setDesk } from '@/app/_server/db/desks';
import { getPlaylist } from '@/app/_server/db/playlists';
import { readJsonBody } from '@/app/_server/http/body';
import { isSlugShape, tokenMatches } from '@/app/_server/http/edit-token';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { zodProblem } from '@/app/_server/http/zod-problem';
import { requestDesk } from '@/app/_server/services/desk';
import { AttachBodySchema } from '@/content/contracts/desk';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Largest body POST /api/desk/attach reads. */
const MAX_ATTACH_BODY_BYTES = 1024;

const NOT_FOUND = 'no level or playlist matches this edit link: paste the private edit link you got when you published it';

/** Attaches an item (see file note). */
export const POST = apiRoute('POST /api/desk/attach', async (request: Request) => {
  const limited = await limitWrite(request);
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_ATTACH_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = AttachBodySchema.safeParse(body.value);
  if (!parsed.success) {
    const problem = zodProblem(parsed.error);
    return jsonError(400, problem.error, problem.field);
  }
  const db = await getDb();
  const desk = await requestDesk(db, request);
  if (!desk.ok) return desk.response;
  const { kind, slug, token } = parsed.data;
  const found = !isSlugShape(slug)
    ? null
    : kind === 'level'
      ? await getCustomLevel(db, slug).then((l) => l && { hash: l.editTokenHash, title: l.level.title })
      : await getPlaylist(db, slug).then((p) => p && { hash: p.editTokenHash, title: p.title });
  // Compared even when the slug is unknown, so the two refusals take the same time.
  const matches = tokenMatches(token, found?.hash ?? '0'.repeat(64));
  if (!found || !matches) return jsonError(404, NOT_FOUND, 'token');
  await setDesk(db, kind, slug, desk.id);
  return json(200, { kind, slug, title: found.title });
});
