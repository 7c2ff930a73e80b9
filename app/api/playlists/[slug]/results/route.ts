/**
 * GET /api/playlists/<slug>/results (Authorization: Bearer <edit token>) — per level, in the
 * playlist's order, per nickname: attempts, best stars, best score, most common failure.
 * Built-in levels count only the runs played from this playlist (runs.playlist_slug); a custom
 * level counts all its runs (the teacher owns it). `?format=csv` answers text/csv.
 */
import { getPlaylist } from '@/app/_server/db/playlists';
import { levelResults } from '@/app/_server/db/results';
import { ownedRecord } from '@/app/_server/http/owned';
import { apiRoute, json } from '@/app/_server/http/responses';
import { itemRunLevelId, itemViews } from '@/app/_server/services/playlist';
import { RESULT_COLUMNS, csvResponse, resultCells, resultJson, toCsv, wantsCsv } from '@/app/_server/services/results';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The playlist's results (see file note). */
export const GET = apiRoute('GET /api/playlists/[slug]/results', async (request: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const owned = await ownedRecord(request, ctx.params, getPlaylist, 'playlist');
  if (!owned.ok) return owned.response;
  const { db, slug, found } = owned;
  const views = await itemViews(db, found.items);
  const levels = [];
  for (const [i, item] of found.items.entries()) {
    const results = await levelResults(db, itemRunLevelId(item), item.kind === 'builtin' ? slug : null);
    levels.push({ position: i + 1, ...views[i], levelId: itemRunLevelId(item), results });
  }
  if (wantsCsv(request)) {
    const rows = levels.flatMap((l) => l.results.map((r) => [l.position, l.levelId, l.title, ...resultCells(r)]));
    return csvResponse(toCsv(['position', 'level', 'title', ...RESULT_COLUMNS], rows), `playlist-${slug}.csv`);
  }
  return json(200, {
    slug,
    title: found.title,
    published: found.published,
    levels: levels.map(({ results, ...l }) => ({ ...l, results: results.map(resultJson) })),
  });
});
