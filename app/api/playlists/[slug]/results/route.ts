/**
 * GET /api/playlists/<slug>/results (Authorization: Bearer <edit token>) — per level, in the
 * playlist's order, per nickname: attempts, best stars, best score, most common failure
 * (`results`), and the same lines per version of the level (`versions`, current first, then
 * newest first: services/result-versions.ts). Built-in levels count only the runs played from
 * this playlist (runs.playlist_slug); a custom level counts all its runs (the teacher owns it).
 * `?format=csv` answers text/csv, with a `version` column.
 */
import { getLevel } from '@/content/levels';
import { getCustomLevel } from '@/app/_server/db/custom-levels';
import { getPlaylist } from '@/app/_server/db/playlists';
import { levelResults } from '@/app/_server/db/results';
import type { Queryable } from '@/app/_server/db/types';
import { ownedRecord } from '@/app/_server/http/owned';
import { apiRoute, json } from '@/app/_server/http/responses';
import { itemRunLevelId, itemViews } from '@/app/_server/services/playlist';
import { VERSION_RESULT_COLUMNS, resultVersions, versionJson, versionRows, type CurrentVersion } from '@/app/_server/services/result-versions';
import { csvResponse, resultJson, toCsv, wantsCsv } from '@/app/_server/services/results';
import { levelHash } from '@/app/_server/services/verify-run';
import type { PlaylistItem } from '@/content/contracts/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The version a playlist item's level has now (null: it no longer exists). */
async function currentVersion(db: Queryable, item: PlaylistItem): Promise<CurrentVersion | null> {
  if (item.kind === 'builtin') {
    const level = getLevel(item.id);
    return level ? { levelHash: levelHash(level), publishedAt: null, listEmpty: false } : null;
  }
  const found = await getCustomLevel(db, item.slug);
  return found ? { levelHash: levelHash(found.level), publishedAt: found.published ? found.updatedAt : null, listEmpty: false } : null;
}

/** The playlist's results (see file note). */
export const GET = apiRoute('GET /api/playlists/[slug]/results', async (request: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const owned = await ownedRecord(request, ctx.params, getPlaylist, 'playlist');
  if (!owned.ok) return owned.response;
  const { db, slug, found } = owned;
  const views = await itemViews(db, found.items);
  const levels = [];
  for (const [i, item] of found.items.entries()) {
    const scope = item.kind === 'builtin' ? slug : null;
    const results = await levelResults(db, itemRunLevelId(item), scope);
    const versions = await resultVersions(db, itemRunLevelId(item), scope, await currentVersion(db, item));
    levels.push({ position: i + 1, ...views[i], levelId: itemRunLevelId(item), results, versions });
  }
  if (wantsCsv(request)) {
    const rows = levels.flatMap((l) => versionRows(l.versions).map((cells) => [l.position, l.levelId, l.title, ...cells]));
    return csvResponse(toCsv(['position', 'level', 'title', ...VERSION_RESULT_COLUMNS], rows), `playlist-${slug}.csv`);
  }
  return json(200, {
    slug,
    title: found.title,
    published: found.published,
    levels: levels.map(({ results, versions, ...l }) => ({ ...l, results: results.map(resultJson), versions: versions.map(versionJson) })),
  });
});
