/**
 * A real Postgres stops in the middle of a class and comes back (issue 11): the test starts a
 * server of its own, submits runs, stops the server while more are in flight, and checks that
 * every answer is a verified store or a 503 with Retry-After (never a 500 or a 404), that the run
 * page's loader reports an outage rather than "not found", and that the same app process —
 * no restart — serves and stores again once the server is back, with nothing lost.
 * Skips where Debian's postgresql is not installed, except in CI (`.ci/run` installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getRunRoute } from '@/app/api/runs/[id]/route';
import { GET as health } from '@/app/api/health/route';
import { loadRun } from '@/app/[locale]/runs/[id]/load-run';
import { closeDb } from './db/db';
import { StorageUnavailableError } from './db/outage';
import { postgresBin, startOwnPostgres, type OwnPostgres } from './db/own-postgres';

const PORT = Number(process.env.PG_RESTART_TEST_PORT ?? 5452);
const available = postgresBin() !== null;
if (!available && process.env.CI) throw new Error('CI must run the Postgres restart test: install the postgresql package');

const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const submit = (i: number) =>
  postRun(
    new Request('http://localhost/api/runs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-descent-client-ip': `10.77.0.${i % 250}` },
      body: JSON.stringify({ levelId: 'saddle-escape', settings: {}, nickname: `student ${i}` }),
    }),
  );

/** Each answer is a stored run (201 with its id) or an outage (503 + Retry-After). */
async function classify(res: Response): Promise<{ stored?: string; outage?: true }> {
  if (res.status === 201) return { stored: ((await res.json()) as { id: string }).id };
  expect(res.status, await res.clone().text()).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  return { outage: true };
}

describe.skipIf(!available)('a real Postgres stopped mid-run and restarted', () => {
  let server: OwnPostgres;
  const saved = { url: process.env.DATABASE_URL, timeout: process.env.DESCENT_PG_CONNECT_TIMEOUT_MS, limit: process.env.DESCENT_RATE_LIMIT };

  beforeAll(async () => {
    server = await startOwnPostgres(PORT);
    await closeDb();
    process.env.DATABASE_URL = server.url;
    process.env.DESCENT_PG_CONNECT_TIMEOUT_MS = '2000';
    process.env.DESCENT_RATE_LIMIT = 'off';
  }, 60_000);

  afterAll(async () => {
    await closeDb();
    await server?.destroy();
    for (const [key, value] of [['DATABASE_URL', saved.url], ['DESCENT_PG_CONNECT_TIMEOUT_MS', saved.timeout], ['DESCENT_RATE_LIMIT', saved.limit]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }, 60_000);

  it('answers 201 or 503 while it goes down, 503 while down, and recovers without a restart', async () => {
    const before = await classify(await submit(0));
    expect(before.stored).toBeTruthy();
    expect((await health()).status).toBe(200);

    // Stop the server while eight submissions are in flight.
    const inFlight = Array.from({ length: 8 }, (_, i) => submit(i + 1));
    await server.stop();
    const during = await Promise.all((await Promise.all(inFlight)).map(classify));
    expect(during.every((r) => r.stored || r.outage)).toBe(true);

    // Down: the API says so, and the run page does not claim the stored run is missing.
    expect((await classify(await submit(20))).outage).toBe(true);
    const read = await getRunRoute(new Request(`http://localhost/api/runs/${before.stored}`), params({ id: before.stored! }));
    expect(read.status).toBe(503);
    await expect(loadRun(before.stored!)).rejects.toBeInstanceOf(StorageUnavailableError);
    const down = await health();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, db: 'down' });

    // Back: same process, same pool.
    await server.start();
    let up = await health();
    for (let i = 0; i < 20 && up.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      up = await health();
    }
    expect(up.status).toBe(200);
    const after = await classify(await submit(30));
    expect(after.stored).toBeTruthy();
    for (const id of [before.stored!, ...during.flatMap((r) => (r.stored ? [r.stored] : [])), after.stored!]) {
      const res = await getRunRoute(new Request(`http://localhost/api/runs/${id}`), params({ id }));
      expect(res.status, id).toBe(200);
      expect(await loadRun(id)).not.toBeNull();
    }
  }, 120_000);
});
