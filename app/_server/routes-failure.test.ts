/**
 * A request that fails inside the store transaction (the leaderboard write throws after the run
 * row was inserted) answers a bare 500 and leaves no partial rows.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as postRun } from '@/app/api/runs/route';
import { closeDb, getDb } from './db/db';
import { countRuns } from './db/runs';

const fault = vi.hoisted(() => ({ on: false }));
vi.mock('./db/leaderboard', async (importOriginal) => {
  const real = await importOriginal<typeof import('./db/leaderboard')>();
  return {
    ...real,
    recordBest: async (...args: Parameters<typeof real.recordBest>) => {
      if (fault.on) throw new Error('injected: leaderboard write failed after the run insert');
      return real.recordBest(...args);
    },
  };
});

const submit = (nickname: string) =>
  postRun(
    new Request('http://localhost/api/runs', {
      method: 'POST',
      body: JSON.stringify({ levelId: 'saddle-escape', settings: { optimizer: 'adam', lr: 0.05 }, nickname, publicName: true }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
    }),
  );

describe('a failure inside the store transaction', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'descent-fail-'));
    delete process.env.DATABASE_URL;
    process.env.DESCENT_DATA_DIR = dir;
    process.env.DESCENT_RATE_LIMIT = 'off';
  });
  afterAll(async () => {
    await closeDb();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 500 { error: "internal error" }, logs server-side, stores nothing', async () => {
    expect((await submit('before')).status).toBe(201);
    const db = await getDb();
    const before = await countRuns(db);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fault.on = true;
    try {
      const res = await submit('during');
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('{"error":"internal error"}');
      expect(logged).toHaveBeenCalledOnce();
      expect(String(logged.mock.calls[0][1])).toMatch(/injected/);
    } finally {
      fault.on = false;
      logged.mockRestore();
    }
    expect(await countRuns(db)).toBe(before);
    const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM leaderboard_best WHERE nickname = 'during'");
    expect(n).toBe(0);
    expect((await submit('after')).status).toBe(201);
    expect(await countRuns(db)).toBe(before + 1);
  });
});
