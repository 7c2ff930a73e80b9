/**
 * POST /api/runs — submit settings for a built-in level (or a custom level document); the server
 * re-runs the engine over the
 * level's K seeds, stores the verified run and answers 201 with its score and id.
 * Body: `{ levelId: string } | { level: LevelJson }` plus `{ settings: Partial<Settings>, nickname?: string }` (≤ 64 KB).
 */
import { getDb } from '@/app/_server/db/db';
import { MAX_RUN_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { clientIp } from '@/app/_server/http/client';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { storeVerifiedRun, submittedRunJson } from '@/app/_server/services/store-run';
import { verifyRun } from '@/app/_server/services/verify-run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Submits a run (see file note). */
export const POST = apiRoute('POST /api/runs', async (request: Request) => {
  const ip = clientIp(request);
  const limited = limitWrite(ip);
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_RUN_BODY_BYTES);
  if (!body.ok) return body.response;
  const verified = verifyRun(body.value);
  if (!verified.ok) return jsonError(verified.status, verified.error, verified.field);
  const run = await storeVerifiedRun(await getDb(), verified, ip);
  return json(201, submittedRunJson(run), { location: `/api/runs/${run.id}` });
});
