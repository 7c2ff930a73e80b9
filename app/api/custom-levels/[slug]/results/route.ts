/**
 * GET /api/custom-levels/<slug>/results (Authorization: Bearer <edit token>) — per nickname:
 * attempts, best stars, best score and the most common failure explanation of the runs on this
 * level: `results` over all versions together, and `versions` (services/result-versions.ts): the
 * same lines per version of the level (runs.level_hash), the current version first, then newest
 * first. `?format=csv` answers text/csv (one line per version and nickname, with a `version`
 * column) instead of JSON. Works after unpublishing too.
 */
import { getCustomLevel } from '@/app/_server/db/custom-levels';
import { levelResults } from '@/app/_server/db/results';
import { ownedRecord } from '@/app/_server/http/owned';
import { apiRoute, json } from '@/app/_server/http/responses';
import { customRunLevelId } from '@/app/_server/services/custom-level';
import { VERSION_RESULT_COLUMNS, resultVersions, versionJson, versionRows } from '@/app/_server/services/result-versions';
import { csvResponse, resultJson, toCsv, wantsCsv } from '@/app/_server/services/results';
import { levelHash } from '@/app/_server/services/verify-run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The level's results (see file note). */
export const GET = apiRoute('GET /api/custom-levels/[slug]/results', async (request: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const owned = await ownedRecord(request, ctx.params, getCustomLevel, 'level');
  if (!owned.ok) return owned.response;
  const { db, slug, found } = owned;
  const runLevelId = customRunLevelId(slug);
  // Runs are scored on the stored document as read back (services/verify-run.ts): the same hash.
  const current = { levelHash: levelHash(found.level), publishedAt: found.published ? found.updatedAt : null, listEmpty: true };
  const versions = await resultVersions(db, runLevelId, null, current);
  if (wantsCsv(request)) return csvResponse(toCsv(VERSION_RESULT_COLUMNS, versionRows(versions)), `results-${slug}.csv`);
  const results = await levelResults(db, runLevelId);
  return json(200, { slug, title: found.level.title, published: found.published, results: results.map(resultJson), versions: versions.map(versionJson) });
});
