/**
 * The rate limits on the embedded default (in memory): per player and per address, sized for a
 * class behind one NAT; what a Postgres outage does to them (counted in memory, never a 500).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';
import { closeDb, setDb } from '../db/db';
import { openDriver } from '../db/drivers';
import { parseRateLimit, limitSimulatingRead, limitWrite, DEFAULT_RATE_LIMIT, DEFAULT_RATE_LIMIT_PER_ADDRESS } from './rate-limit';
import { windowOf } from './rate-limit-store';

/** A request from `address`, as player `player` (a 22-character cookie) when given. */
function from(address: string, player?: string): Request {
  const headers: Record<string, string> = { [CLIENT_IP_HEADER]: address };
  if (player) headers.cookie = `descent_pid=${player.padEnd(22, 'x')}`;
  return new Request('http://localhost/api/runs', { method: 'POST', headers });
}

async function statuses(n: number, request: () => Request, limit = limitWrite): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await limit(request()))?.status ?? 200);
  return out;
}

const ENV = ['DESCENT_RATE_LIMIT', 'DESCENT_RATE_LIMIT_PER_ADDRESS', 'DESCENT_SIMULATE_LIMIT', 'DESCENT_SIMULATE_LIMIT_PER_ADDRESS', 'DATABASE_URL', 'DESCENT_PG_CONNECT_TIMEOUT_MS'];
afterEach(async () => {
  for (const name of ENV) delete process.env[name];
  vi.restoreAllMocks();
  await closeDb();
});

describe('settings', () => {
  it('parses <requests>/<seconds>[/<burst>] and off; refuses the rest naming the variable', () => {
    expect(parseRateLimit(DEFAULT_RATE_LIMIT)).toEqual({ perSecond: 1, burst: 30 });
    expect(parseRateLimit(DEFAULT_RATE_LIMIT_PER_ADDRESS)).toEqual({ perSecond: 10, burst: 300 });
    expect(parseRateLimit(' OFF ')).toBeNull();
    expect(() => parseRateLimit('60 a minute', 'DESCENT_SIMULATE_LIMIT')).toThrow(/DESCENT_SIMULATE_LIMIT/);
    expect(() => parseRateLimit('0/60')).toThrow();
  });

  it('a setting is a fixed window: the burst per burst/rate seconds', () => {
    expect(windowOf({ perSecond: 1, burst: 30 })).toEqual({ points: 30, durationS: 30 });
    expect(windowOf({ perSecond: 10, burst: 300 })).toEqual({ points: 300, durationS: 30 });
    expect(windowOf({ perSecond: 30 / 3600, burst: 10 })).toEqual({ points: 10, durationS: 1200 });
  });
});

describe('per player and per address', () => {
  it('a player is refused after its burst with 429 + Retry-After; classmates behind the same address are not', async () => {
    process.env.DESCENT_RATE_LIMIT = '60/60'; // burst 30
    expect(await statuses(31, () => from('192.0.2.10', 'ada'))).toEqual([...Array(30).fill(200), 429]);
    const refused = await limitWrite(from('192.0.2.10', 'ada'));
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused?.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect((await refused!.json()).error).toMatch(/too many writes/);
    expect(await limitWrite(from('192.0.2.10', 'grace'))).toBeNull();
  });

  it('a class of 40 behind one NAT, each spending a full burst, stays under the default address ceiling', async () => {
    const statusesOfClass: number[] = [];
    for (let student = 0; student < 40; student++) {
      // 7 writes each at once (a run and a progress save, three times, and one more): 280 < 300.
      statusesOfClass.push(...(await statuses(7, () => from('192.0.2.20', `student${student}`))));
    }
    expect(statusesOfClass.every((s) => s === 200)).toBe(true);
  });

  it('the address ceiling holds whatever cookies (or none) a client sends', async () => {
    process.env.DESCENT_RATE_LIMIT_PER_ADDRESS = '10/60/10';
    let n = 0;
    expect(await statuses(12, () => from('192.0.2.30', `fresh${n++}`))).toEqual([...Array(10).fill(200), 429, 429]);
    expect((await limitWrite(from('192.0.2.30')))?.status).toBe(429);
    expect(await limitWrite(from('192.0.2.31'))).toBeNull();
  });

  it('a request refused by its player bucket costs the address nothing', async () => {
    process.env.DESCENT_RATE_LIMIT = '2/60/2';
    process.env.DESCENT_RATE_LIMIT_PER_ADDRESS = '5/60/5';
    expect(await statuses(10, () => from('192.0.2.40', 'runaway'))).toEqual([200, 200, ...Array(8).fill(429)]);
    expect(await statuses(3, () => from('192.0.2.40', 'classmate'))).toEqual([200, 200, 429]); // player limit 2
    expect(await statuses(2, () => from('192.0.2.40', 'other'))).toEqual([200, 429]); // address: 2 + 2 + 1 = 5
  });

  it('off: the per-player setting switches the whole limit off, the per-address one only the ceiling', async () => {
    process.env.DESCENT_RATE_LIMIT = 'off';
    process.env.DESCENT_RATE_LIMIT_PER_ADDRESS = '1/60/1';
    expect(await statuses(20, () => from('192.0.2.50'))).toEqual(Array(20).fill(200));
    process.env.DESCENT_RATE_LIMIT = '3/60/3';
    process.env.DESCENT_RATE_LIMIT_PER_ADDRESS = 'off';
    let n = 0;
    expect(await statuses(5, () => from('192.0.2.51', `p${n++}`))).toEqual(Array(5).fill(200));
    expect(await statuses(4, () => from('192.0.2.51', 'same'))).toEqual([200, 200, 200, 429]);
  });

  it('simulating reads have their own limit (limitSimulatingRead), separate from writes', async () => {
    process.env.DESCENT_SIMULATE_LIMIT = '2/60/2';
    expect(await statuses(3, () => from('192.0.2.60', 'reader'), limitSimulatingRead)).toEqual([200, 200, 429]);
    expect((await (await limitSimulatingRead(from('192.0.2.60', 'reader')))!.json()).error).toMatch(/too many simulations/);
    expect(await limitWrite(from('192.0.2.60', 'reader'))).toBeNull();
  });

  it('a page can pass its headers() instead of a Request', async () => {
    const headers = new Headers({ [CLIENT_IP_HEADER]: '192.0.2.70' });
    expect(await limitSimulatingRead({ headers })).toBeNull();
  });
});

describe('a Postgres outage under the shared limits', () => {
  it('a Postgres that cannot be reached: counted in memory with one warning, never a 500, still limited', async () => {
    process.env.DATABASE_URL = 'postgresql://descent@127.0.0.1:1/descent';
    process.env.DESCENT_PG_CONNECT_TIMEOUT_MS = '1000';
    process.env.DESCENT_RATE_LIMIT = '3/60/3';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await statuses(4, () => from('192.0.2.80', 'during-outage'))).toEqual([200, 200, 200, 429]);
    // One warning for the four requests: at most one a minute.
    const warnings = warn.mock.calls.filter(([m]) => String(m).startsWith('[rate-limit]'));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0][0])).toMatch(/counting in this instance's memory/);
  });

  it("a database that answers, with a pool that fails the limiter's statements: the same fallback", async () => {
    process.env.DATABASE_URL = 'postgresql://descent@127.0.0.1:1/descent';
    process.env.DESCENT_RATE_LIMIT = '2/60/2';
    // A pool on a port where nothing listens (opening it costs nothing, every statement fails),
    // behind a Db whose own queries answer (the IP-hash salt is read through it).
    const dead = await openDriver({ driver: 'postgres', url: process.env.DATABASE_URL, connectTimeoutMs: 1000 });
    const salt = async <T extends object>(): Promise<T[]> => [{ value: 'test-salt' } as unknown as T];
    setDb({ ...dead, query: salt });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await statuses(3, () => from('192.0.2.81', 'pool-down'))).toEqual([200, 200, 429]);
  });
});
