/**
 * GET /api/levels/[levelId]/leaderboard?page=1&pageSize=20 — the best run of each nickname on a
 * built-in level, or on a teacher's published level (`c-<slug>`), ranked by score (ties: earliest
 * first). pageSize ≤ 100; 404 for an unknown level.
 */
import { getDb } from '@/app/_server/db/db';
import { levelForPlayId } from '@/app/_server/services/play-level';
import { MAX_PAGE_SIZE, getLeaderboard } from '@/app/_server/db/leaderboard';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { runUrl } from '@/app/_server/services/store-run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A positive integer query parameter, its default when absent, or null when malformed. */
function positiveInt(params: URLSearchParams, name: string, fallback: number, max: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : null;
}

/** Reads a page of a level's leaderboard. */
export const GET = apiRoute('GET /api/levels/[levelId]/leaderboard', async (request: Request, context: { params: Promise<{ levelId: string }> }) => {
  const { levelId } = await context.params;
  const found = await levelForPlayId(getDb, levelId);
  if (!found) return jsonError(404, `unknown level: ${levelId}`, 'levelId');
  const params = new URL(request.url).searchParams;
  const page = positiveInt(params, 'page', 1, 1_000_000);
  if (page === null) return jsonError(400, 'page must be a whole number ≥ 1', 'page');
  const pageSize = positiveInt(params, 'pageSize', 20, MAX_PAGE_SIZE);
  if (pageSize === null) return jsonError(400, `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`, 'pageSize');
  const board = await getLeaderboard(await getDb(), found.runLevelId, page, pageSize);
  return json(200, {
    levelId,
    page,
    pageSize,
    total: board.total,
    entries: board.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), url: runUrl(e.runId) })),
  });
});
