/**
 * GET /api/explain/<levelId>?<settings and seed, as in /play links> — the server's explanation of
 * a run (the same engine rules as the /explain page), as JSON for the player to show after a
 * run. Read-only and deterministic. `levelId` is a built-in id or `c-<slug>` (a teacher's
 * published level, read from the database). Within the simulation cost bound (422 over it),
 * cached by (level hash, settings, seed), rate-limited on a cache miss (429), simulated in the
 * worker pool (503 when its queue is full): app/_server/sim/views.ts.
 */
import { getDb } from '@/app/_server/db/db';
import { levelForPlayId } from '@/app/_server/services/play-level';
import { readRunFromUrl } from '@/components/player/url-state';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { problemResponse } from '@/app/_server/sim/http';
import { explanationFor } from '@/app/_server/sim/views';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Explains the run a query string describes (400 when it names a rejected value). */
export const GET = apiRoute('GET /api/explain/[levelId]', async (request: Request, ctx: { params: Promise<{ levelId: string }> }) => {
  const { levelId } = await ctx.params;
  const found = await levelForPlayId(getDb, levelId);
  if (!found) return jsonError(404, `unknown level: ${levelId}`, 'levelId');
  const { level } = found;
  const url = new URL(request.url);
  if (url.search.length > 2000) return jsonError(413, 'query string is over 2000 characters');
  const run = readRunFromUrl(level, url.searchParams);
  if (run.error) return jsonError(400, run.error);
  const explained = await explanationFor({ level, settings: run.settings, seed: run.seed }, request);
  if (!explained.ok) return problemResponse(explained);
  const e = explained.value;
  return json(200, {
    levelId,
    seed: run.seed,
    outcome: e.outcome,
    headline: e.headline,
    findings: e.findings.map((f) => ({ kind: f.kind, title: f.title, text: f.text })),
    lessonLinks: e.lessonLinks,
    url: `/explain/${levelId}${url.search}`,
  });
});
