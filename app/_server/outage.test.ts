/**
 * Outages are not missing data (issue 11): with the database unreachable the API answers 503
 * with Retry-After (never a bare 500 or a 404), /runs/<id>'s loader throws instead of answering
 * "not found", and GET /api/health says whether the database answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getRunRoute } from '@/app/api/runs/[id]/route';
import { GET as getBoard } from '@/app/api/levels/[levelId]/leaderboard/route';
import { GET as getProgressRoute } from '@/app/api/progress/route';
import { GET as health } from '@/app/api/health/route';
import { loadRun } from '@/app/[locale]/runs/[id]/load-run';
import { closeDb, setDb } from './db/db';
import { StorageUnavailableError, isStorageOutage } from './db/outage';
import { TEST_DRIVERS } from './db/test-drivers';
import type { Db } from './db/types';

const params = <T>(p: T) => ({ params: Promise.resolve(p) });

/** A database whose every statement fails the way a stopped Postgres does. */
function downDb(): Db {
  const fail = async (): Promise<never> => {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  };
  return { driver: 'postgres', query: fail, exec: fail, transaction: fail, close: async () => undefined };
}

async function expect503(res: Response) {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = await res.json();
  expect(body).toEqual({ error: 'storage is unavailable: try again shortly' });
}

const routes = () => [
  postRun(new Request('http://localhost/api/runs', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.12.0.1' }, body: JSON.stringify({ levelId: 'saddle-escape', settings: {} }) })),
  getRunRoute(new Request('http://localhost/api/runs/abcdefabcdef'), params({ id: 'abcdefabcdef' })),
  getBoard(new Request('http://localhost/api/levels/saddle-escape/leaderboard'), params({ levelId: 'saddle-escape' })),
  getProgressRoute(new Request('http://localhost/api/progress')),
];

describe('storage outages', () => {
  afterEach(async () => {
    await closeDb();
    delete process.env.DATABASE_URL;
    delete process.env.DESCENT_PG_CONNECT_TIMEOUT_MS;
  });

  it('a database that refuses connections: 503 + Retry-After on the API, the run page loader throws, health 503', async () => {
    setDb(downDb());
    for (const res of await Promise.all(routes())) await expect503(res);
    await expect(loadRun('abcdefabcdef')).rejects.toBeInstanceOf(StorageUnavailableError);
    const h = await health();
    expect(h.status).toBe(503);
    expect(h.headers.get('retry-after')).toBeTruthy();
    expect(await h.json()).toEqual({ ok: false, db: 'down' });
  });

  it('a Postgres that cannot be opened (nothing listens): 503, not 500', async () => {
    await closeDb();
    process.env.DATABASE_URL = 'postgresql://descent@127.0.0.1:1/descent';
    process.env.DESCENT_PG_CONNECT_TIMEOUT_MS = '2000';
    for (const res of await Promise.all(routes())) await expect503(res);
    expect((await health()).status).toBe(503);
  });

  it('bugs stay 500s: only outage errors are classified as outages', () => {
    expect(isStorageOutage(new TypeError('x is undefined'))).toBe(false);
    expect(isStorageOutage(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isStorageOutage(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isStorageOutage(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(isStorageOutage(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isStorageOutage(new StorageUnavailableError(new Error('x')))).toBe(true);
  });

  it.each(TEST_DRIVERS)('health: 200 { ok, db: up } with a reachable $name; an unknown run is still null (404)', async (driver) => {
    const t = await driver.open();
    setDb(t.db);
    const h = await health();
    expect(h.status).toBe(200);
    expect(await h.json()).toEqual({ ok: true, db: 'up' });
    expect(await loadRun('abcdefabcdef')).toBeNull();
  });
});
