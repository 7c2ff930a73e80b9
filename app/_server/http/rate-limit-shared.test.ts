/**
 * The rate limits with DATABASE_URL set: two app instances (each its own `pg` pool and its own
 * limiters, as two processes would have) on one Postgres share the buckets, in the table the
 * migrations created; the table holds keyed hashes, never an address or a cookie. Needs
 * TEST_DATABASE_URL (CI sets it); skipped without.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';
import { openDriver } from '../db/drivers';
import { runMigrations } from '../db/migrations';
import { openPostgresSchema, TEST_DATABASE_URL, type TestDb } from '../db/test-drivers';
import type { Db } from '../db/types';
import { checkLimit, LIMITS, sharedStore, type KeyedStore } from './rate-limit';
import { RATE_LIMIT_TABLE, RateLimitStore } from './rate-limit-store';

const PLAYER = 'sharedPlayer0123456789'; // a well-formed 22-character descent_pid

function from(address: string, player?: string): Request {
  const headers: Record<string, string> = { [CLIENT_IP_HEADER]: address };
  if (player) headers.cookie = `descent_pid=${player}`;
  return new Request('http://localhost/api/runs', { method: 'POST', headers });
}

const status = async (keyed: KeyedStore, request: Request) => (await checkLimit(keyed, LIMITS.writes, request))?.status ?? 200;

describe.skipIf(!TEST_DATABASE_URL)('rate limits shared through Postgres', () => {
  let first: TestDb & { schema: string };
  let second: Db;
  let a: KeyedStore;
  let b: KeyedStore;

  beforeAll(async () => {
    process.env.DESCENT_RATE_LIMIT = '4/60/4';
    process.env.DESCENT_RATE_LIMIT_PER_ADDRESS = '6/60/6';
    // Instance A opens the schema and migrates it; instance B starts on the same schema with a
    // pool of its own and finds nothing to migrate — as a second `npm run start` would.
    first = await openPostgresSchema(TEST_DATABASE_URL!);
    second = await openDriver({ driver: 'postgres', url: TEST_DATABASE_URL!, schema: first.schema, poolMax: 4 });
    expect(await runMigrations(second)).toEqual([]);
    a = await sharedStore(first.db);
    b = await sharedStore(second);
    expect(a.store).not.toBe(b.store);
  });

  afterAll(async () => {
    delete process.env.DESCENT_RATE_LIMIT;
    delete process.env.DESCENT_RATE_LIMIT_PER_ADDRESS;
    await second?.close();
    await first?.cleanup();
  });

  it('the table comes from the migrations (the library is told not to create it)', async () => {
    const rows = await first.db.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
      [first.schema, RATE_LIMIT_TABLE],
    );
    expect(rows.map((r) => r.column_name)).toEqual(['key', 'points', 'expire']);
  });

  it("a player's burst is counted once across both instances: the 5th request is refused on the other one", async () => {
    const seen = [await status(a, from('192.0.2.1', PLAYER)), await status(b, from('192.0.2.1', PLAYER)), await status(a, from('192.0.2.1', PLAYER)), await status(b, from('192.0.2.1', PLAYER))];
    expect(seen).toEqual([200, 200, 200, 200]);
    const refused = await checkLimit(b, LIMITS.writes, from('192.0.2.1', PLAYER));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await status(a, from('192.0.2.1', PLAYER))).toBe(429);
  });

  it('the per-address ceiling too: fresh cookies on both instances add up to one ceiling', async () => {
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) seen.push(await status(i % 2 ? b : a, from('192.0.2.2', `fresh${i}`.padEnd(22, 'z'))));
    expect(seen).toEqual(Array(6).fill(200));
    expect(await status(b, from('192.0.2.2', 'fresh6'.padEnd(22, 'z')))).toBe(429);
    expect(await status(a, from('192.0.2.2'))).toBe(429);
    expect(await status(b, from('192.0.2.3'))).toBe(200);
  });

  it('in memory, by contrast, each instance would have allowed the full burst', async () => {
    const memoryA: KeyedStore = { store: new RateLimitStore(null), addressKey: (x) => x };
    const memoryB: KeyedStore = { store: new RateLimitStore(null), addressKey: (x) => x };
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) seen.push(await status(i % 2 ? memoryB : memoryA, from('192.0.2.4', PLAYER)));
    expect(seen).toEqual(Array(8).fill(200));
  });

  it('the table holds keyed hashes: no address, no cookie', async () => {
    const rows = await first.db.query<{ key: string }>(`SELECT key FROM ${RATE_LIMIT_TABLE}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).toMatch(/^write-(player|address):[A-Za-z0-9_-]+$/);
      expect(key).not.toContain('192.0.2');
      expect(key).not.toContain(PLAYER);
    }
  });
});
