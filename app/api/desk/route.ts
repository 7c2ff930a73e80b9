/**
 * /api/desk — the teacher's desk (issue 14; services/desk.ts has the credential design).
 * - POST, body `{}` (JSON, ≤ 1 KB): makes a desk. 201 `{ key, deskUrl }`: the key is shown this
 *   once (only its sha-256 is stored); `deskUrl` is `/desk#key=<key>`.
 * - GET (Authorization: Bearer <desk key>): 200 `{ levels, playlists }`, newest first, each with
 *   title, slug, share link, edit link (the desk key in its #fragment: it edits what its desk
 *   owns), published, and result counts (runs, distinct nicknames). A missing, malformed, unknown
 *   or wrong key: the same 401.
 */
import { z } from '@/engine/zod';
import { getDb } from '@/app/_server/db/db';
import { insertDesk } from '@/app/_server/db/desks';
import { readJsonBody } from '@/app/_server/http/body';
import { limitPublish, limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { zodProblem } from '@/app/_server/http/zod-problem';
import { deskDoc, deskUrl, newDeskKey, requestDesk } from '@/app/_server/services/desk';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Largest body POST /api/desk reads (it takes none: `{}`). */
const MAX_DESK_BODY_BYTES = 1024;

const NewDeskBodySchema = z.object({}).strict();

/** Makes a desk (see file note). */
export const POST = apiRoute('POST /api/desk', async (request: Request) => {
  const limited = (await limitWrite(request)) ?? (await limitPublish(request));
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_DESK_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = NewDeskBodySchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, zodProblem(parsed.error).error, zodProblem(parsed.error).field);
  const desk = newDeskKey();
  await insertDesk(await getDb(), desk.id, desk.keyHash);
  return json(201, { key: desk.key, deskUrl: deskUrl(desk.key) });
});

/** Lists a desk (see file note). */
export const GET = apiRoute('GET /api/desk', async (request: Request) => {
  const limited = await limitWrite(request);
  if (limited) return limited;
  const db = await getDb();
  const desk = await requestDesk(db, request);
  if (!desk.ok) return desk.response;
  return json(200, await deskDoc(db, desk.id, desk.key));
});
