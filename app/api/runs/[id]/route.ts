/** GET /api/runs/[id] — a stored, verified run (settings, score, stars, outcome, seeds) or 404. */
import { getDb } from '@/app/_server/db/db';
import { getRun } from '@/app/_server/db/runs';
import { isRunIdShape } from '@/app/_server/http/client';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { storedRunJson } from '@/app/_server/services/store-run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Reads one run. */
export const GET = apiRoute('GET /api/runs/[id]', async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const run = isRunIdShape(id) ? await getRun(await getDb(), id) : null;
  return run ? json(200, storedRunJson(run)) : jsonError(404, 'run not found', 'id');
});
