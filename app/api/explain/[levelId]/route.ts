/**
 * GET /api/explain/<levelId>?<settings and seed, as in /play links> — the server's explanation of
 * a run (the same engine rules as the /explain page), as JSON for the player to show after a
 * run. Read-only and deterministic. `levelId` is a built-in id or `c-<slug>` (a teacher's
 * published level, read from the database).
 */
import { explainRun, landscapeFor, scoreLevel, simulate } from '@/engine';
import { getDb } from '@/app/_server/db/db';
import { levelForPlayId } from '@/app/_server/services/play-level';
import { readRunFromUrl } from '@/components/player/url-state';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';

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
  const land = landscapeFor(level, run.settings);
  const trace = simulate(level, run.settings, run.seed, { record: 'every-step', landscape: land });
  const score = scoreLevel(level, run.settings, land);
  const e = explainRun(level, run.settings, trace, land, { score });
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
