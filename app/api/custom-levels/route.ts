/**
 * POST /api/custom-levels — publish a teacher's level. Body `{ level }` (any supported format
 * version, ≤ 64 KB); the level is validated, bounded in cost, and its `solution` must earn three
 * stars with the engine's scoring (422 otherwise). 201 `{ slug, shareUrl, editUrl, editToken, proof }`:
 * the edit token is shown once, only its sha-256 is stored; `proof` is the server's own shortcut
 * sweep of the level's intent (proven / unproven / none), stored with the level.
 * With the header `x-desk-key: <desk key>` the level is also put on that desk (`desk: true` in
 * the answer; a key that opens no desk: 401, nothing stored).
 */
import { getDb } from '@/app/_server/db/db';
import { insertCustomLevel } from '@/app/_server/db/custom-levels';
import { MAX_LEVEL_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { hashEditToken, newEditToken, withNewSlug } from '@/app/_server/http/edit-token';
import { limitPublish, limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json } from '@/app/_server/http/responses';
import { checkPublishable, customLevelLinks } from '@/app/_server/services/custom-level';
import { setDesk } from '@/app/_server/db/desks';
import { creatorDesk } from '@/app/_server/services/desk';
import { problemResponse } from '@/app/_server/sim/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Publishes a level (see file note). */
export const POST = apiRoute('POST /api/custom-levels', async (request: Request) => {
  const limited = (await limitWrite(request)) ?? (await limitPublish(request));
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_LEVEL_BODY_BYTES);
  if (!body.ok) return body.response;
  const db = await getDb();
  // With an `x-desk-key` header the level goes on that desk (services/desk.ts); a wrong key: 401.
  const desk = await creatorDesk(db, request);
  if (!desk.ok) return desk.response;
  const checked = await checkPublishable(body.value);
  if (!checked.ok) return problemResponse(checked);
  const token = newEditToken();
  const { slug } = await withNewSlug((s) =>
    db.transaction(async (tx) => {
      const level = await insertCustomLevel(tx, s, checked.level, hashEditToken(token), checked.proof);
      if (desk.id !== null) await setDesk(tx, 'level', s, desk.id);
      return level;
    }),
  );
  const onDesk = desk.id !== null ? { desk: true } : {};
  return json(201, { slug, ...customLevelLinks(slug, token), proof: checked.proof, ...onDesk }, { location: `/api/custom-levels/${slug}` });
});
