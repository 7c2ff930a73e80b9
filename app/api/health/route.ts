/**
 * GET /api/health — for a load balancer: the process is up and the database answers
 * `SELECT 1` within a few seconds → 200 `{ ok: true, db: "up" }`; otherwise 503
 * `{ ok: false, db: "down" }` with Retry-After. Never cached, no rate limit, no details.
 */
import { getDb } from '@/app/_server/db/db';
import { OUTAGE_RETRY_AFTER_S } from '@/app/_server/db/outage';
import { json } from '@/app/_server/http/responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** How long the database may take to answer before it counts as down, in ms. */
const PROBE_TIMEOUT_MS = 3_000;

async function databaseUp(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const probe = (async () => {
    await (await getDb()).query('SELECT 1 AS ok');
    return true;
  })().catch((err: unknown) => {
    console.error('[api] GET /api/health: database down:', err instanceof Error ? err.message : err);
    return false;
  });
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Answers whether this instance can serve (see file note). */
export async function GET(): Promise<Response> {
  return (await databaseUp())
    ? json(200, { ok: true, db: 'up' })
    : json(503, { ok: false, db: 'down' }, { 'retry-after': String(OUTAGE_RETRY_AFTER_S) });
}
