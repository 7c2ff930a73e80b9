/**
 * /api/custom-levels/<slug>
 * - GET: the published level `{ slug, level, createdAt, updatedAt, published }` (404 when missing
 *   or unpublished — except with the level's edit token, so the editor can reopen an unpublished level).
 *   With the edit token it also carries `proof` (the server's verdict, null before proofs): the
 *   teacher sees "unproven", players never do.
 * - PUT (Authorization: Bearer <edit token>): body `{ level }`, validated and re-checked like a
 *   publish; replaces the level (and publishes it again). 200 `{ slug, shareUrl, updatedAt, proof }`.
 * - DELETE (Bearer): unpublishes; 204. Runs and results stay readable with the token.
 * Without a token 401, with a wrong one 403: the share link alone never edits.
 */
import { getDb } from '@/app/_server/db/db';
import { getCustomLevel, unpublishCustomLevel, updateCustomLevel } from '@/app/_server/db/custom-levels';
import { MAX_LEVEL_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { isSlugShape } from '@/app/_server/http/edit-token';
import { refuseForeignOrigin } from '@/app/_server/http/origin';
import { ownedRecord } from '@/app/_server/http/owned';
import { limitPublish, limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { checkPublishable, customLevelLinks } from '@/app/_server/services/custom-level';
import { isOwner } from '@/app/_server/services/desk';
import { problemResponse } from '@/app/_server/sim/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ slug: string }> };

const notFound = () => jsonError(404, 'level not found', 'slug');

/** Reads a published level. */
export const GET = apiRoute('GET /api/custom-levels/[slug]', async (request: Request, ctx: Ctx) => {
  const { slug } = await ctx.params;
  const db = await getDb();
  const found = isSlugShape(slug) ? await getCustomLevel(db, slug) : null;
  if (!found) return notFound();
  // The edit token, or the key of the desk that owns the level (services/desk.ts).
  const owner = await isOwner(db, request, 'level', slug, found.editTokenHash);
  if (!found.published && !owner) return notFound();
  return json(200, {
    slug,
    level: found.level,
    createdAt: found.createdAt.toISOString(),
    updatedAt: found.updatedAt.toISOString(),
    published: found.published,
    ...(owner ? { proof: found.proof } : {}),
  });
});

/** Replaces a level (edit token required). */
export const PUT = apiRoute('PUT /api/custom-levels/[slug]', async (request: Request, ctx: Ctx) => {
  const limited = await limitWrite(request);
  if (limited) return limited;
  const owned = await ownedRecord(request, ctx.params, getCustomLevel, 'level');
  if (!owned.ok) return owned.response;
  const { db, slug } = owned;
  const slow = await limitPublish(request);
  if (slow) return slow;
  const body = await readJsonBody(request, MAX_LEVEL_BODY_BYTES);
  if (!body.ok) return body.response;
  const checked = await checkPublishable(body.value);
  if (!checked.ok) return problemResponse(checked);
  const updated = await updateCustomLevel(db, slug, checked.level, checked.proof);
  if (!updated) return notFound();
  return json(200, { slug, ...customLevelLinks(slug), updatedAt: updated.updatedAt.toISOString(), proof: checked.proof });
});

/** Unpublishes a level (edit token required). */
export const DELETE = apiRoute('DELETE /api/custom-levels/[slug]', async (request: Request, ctx: Ctx) => {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const limited = await limitWrite(request);
  if (limited) return limited;
  const owned = await ownedRecord(request, ctx.params, getCustomLevel, 'level');
  if (!owned.ok) return owned.response;
  await unpublishCustomLevel(owned.db, owned.slug);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
