/**
 * GET / PUT /api/progress — the optional server copy of a player's progress, keyed by the
 * anonymous `descent_pid` cookie (httpOnly, SameSite=Lax, one year; issued when absent).
 * PUT body: a ProgressSchema document (≤ 16 KB). GET answers `{ progress: null }` before any PUT.
 */
import { getDb } from '@/app/_server/db/db';
import { getProgress, putProgress } from '@/app/_server/db/progress';
import { MAX_PROGRESS_BODY_BYTES, readJsonBody } from '@/app/_server/http/body';
import { newPlayerId, playerCookie, playerIdOf, playerKey } from '@/app/_server/http/client';
import { limitWrite } from '@/app/_server/http/rate-limit';
import { apiRoute, json, jsonError } from '@/app/_server/http/responses';
import { ProgressSchema } from '@/app/_server/services/progress-schema';
import { zodProblem } from '@/app/_server/http/zod-problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The caller's player id, and the Set-Cookie header to send when it was just issued. */
function player(request: Request): { id: string; headers: HeadersInit } {
  const existing = playerIdOf(request);
  if (existing) return { id: existing, headers: {} };
  const id = newPlayerId();
  return { id, headers: { 'set-cookie': playerCookie(request, id) } };
}

/** Reads the caller's saved progress. */
export const GET = apiRoute('GET /api/progress', async (request: Request) => {
  const { id, headers } = player(request);
  const saved = await getProgress(await getDb(), playerKey(id));
  return json(200, saved ? { progress: saved.data, updatedAt: saved.updatedAt.toISOString() } : { progress: null }, headers);
});

/** Replaces the caller's saved progress. */
export const PUT = apiRoute('PUT /api/progress', async (request: Request) => {
  const limited = await limitWrite(request);
  if (limited) return limited;
  const body = await readJsonBody(request, MAX_PROGRESS_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = ProgressSchema.safeParse(body.value);
  if (!parsed.success) {
    const { error, field } = zodProblem(parsed.error);
    return jsonError(400, error, field);
  }
  const { id, headers } = player(request);
  const updatedAt = await putProgress(await getDb(), playerKey(id), parsed.data);
  return json(200, { ok: true, updatedAt: updatedAt.toISOString() }, headers);
});
