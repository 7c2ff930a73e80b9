/**
 * GET /api/custom-levels/<slug>/results (Authorization: Bearer <edit token>) — per nickname:
 * attempts, best stars, best score and the most common failure explanation of the runs on this
 * level. `?format=csv` answers text/csv instead of JSON. Works after unpublishing too.
 */
import { getCustomLevel } from '@/app/_server/db/custom-levels';
import { levelResults } from '@/app/_server/db/results';
import { ownedRecord } from '@/app/_server/http/owned';
import { apiRoute, json } from '@/app/_server/http/responses';
import { customRunLevelId } from '@/app/_server/services/custom-level';
import { RESULT_COLUMNS, csvResponse, resultCells, resultJson, toCsv, wantsCsv } from '@/app/_server/services/results';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The level's results (see file note). */
export const GET = apiRoute('GET /api/custom-levels/[slug]/results', async (request: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const owned = await ownedRecord(request, ctx.params, getCustomLevel, 'level');
  if (!owned.ok) return owned.response;
  const { db, slug, found } = owned;
  const results = await levelResults(db, customRunLevelId(slug));
  if (wantsCsv(request)) return csvResponse(toCsv(RESULT_COLUMNS, results.map(resultCells)), `results-${slug}.csv`);
  return json(200, { slug, title: found.level.title, published: found.published, results: results.map(resultJson) });
});
