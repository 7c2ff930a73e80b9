/**
 * POST /api/runs — submit settings for a built-in level, a published custom level
 * (`customSlug`) or a custom level document; the server re-runs the engine over the level's K
 * seeds, stores the verified run and answers 201 with its score and id.
 * Body: `{ levelId } | { customSlug } | { level: LevelJson }` plus
 * `{ settings: Partial<Settings>, nickname?: string, publicName?: boolean, playlist?: string }` (≤ 64 KB).
 */
import { getDb } from '@/app/_server/db/db';
import { getPublishedCustomLevel } from '@/app/_server/db/custom-levels';
import { getPlaylist } from '@/app/_server/db/playlists';
import { MAX_RUN_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { clientIp } from '@/app/_server/http/client';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { depthProblem } from '@/app/_server/services/custom-level';
import { playlistHasLevel } from '@/app/_server/services/playlist';
import { storeVerifiedRun, submittedRunJson } from '@/app/_server/services/store-run';
import { customSlugOf, verifyRun } from '@/app/_server/services/verify-run';
import { problemResponse } from '@/app/_server/sim/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Submits a run (see file note). */
export const POST = apiRoute('POST /api/runs', async (request: Request) => {
  const ip = clientIp(request);
  const limited = await limitWrite(request);
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_RUN_BODY_BYTES);
  if (!body.ok) return body.response;
  const deep = depthProblem(body.value);
  if (deep) return jsonError(deep.status, deep.error);
  const db = await getDb();
  const slug = customSlugOf(body.value);
  const custom = slug === null ? null : await getPublishedCustomLevel(db, slug);
  const verified = await verifyRun(body.value, custom && { slug: custom.slug, level: custom.level });
  if (!verified.ok) return problemResponse(verified);
  // A playlist counts the run only when it is published and lists this level.
  let playlist = verified.playlist;
  if (playlist !== null) {
    const list = await getPlaylist(db, playlist);
    if (!list?.published || !playlistHasLevel(list.items, verified.runLevelId)) playlist = null;
  }
  const run = await storeVerifiedRun(db, { ...verified, playlist }, ip);
  return json(201, submittedRunJson(run), { location: `/api/runs/${run.id}` });
});
