/**
 * The data layer against every test driver (PGlite always; Postgres when TEST_DATABASE_URL is
 * set): migrations, runs, leaderboards, progress, concurrency and atomicity.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, levelDefaults, resolveSettings } from '@/engine';
import { getLevel } from '@/content/levels';
import { closeDb, configFromEnv, getDb, openDb } from './db';
import { getLeaderboard } from './leaderboard';
import { MIGRATIONS, runMigrations } from './migrations';
import { getProgress, putProgress } from './progress';
import { countRuns, getRun, insertRunRow, storeRun, type NewRun } from './runs';
import { getIpSalt } from './secrets';
import { TEST_DATABASE_URL, TEST_DRIVERS, openPostgresSchema, type TestDb } from './test-drivers';
import type { Db } from './types';

let serial = 0;
/** A run fixture with a unique id. */
function newRun(over: Partial<NewRun> = {}): NewRun {
  serial += 1;
  return {
    id: `run${serial}_${Math.random().toString(36).slice(2, 8)}`,
    levelId: 'saddle-escape',
    levelSource: 'builtin',
    levelJson: null,
    levelHash: 'hash',
    publicName: true,
    settings: { ...DEFAULT_SETTINGS, optimizer: 'adam', lr: 0.05 },
    seeds: [
      { seed: 1, outcome: 'reached-goal', goalStep: 40, score: 968 },
      { seed: 2, outcome: 'stalled', goalStep: null, score: 120.5 },
    ],
    score: 544,
    stars: 1,
    outcome: 'reached-goal',
    successRate: 0.5,
    nickname: null,
    ipHash: 'iphash',
    ...over,
  };
}

describe.each(TEST_DRIVERS)('data layer on $name', (driver) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => {
    t = await driver.open();
    db = t.db;
  });
  afterAll(() => t?.cleanup());

  it('records every migration once; a second run applies nothing', async () => {
    const rows = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await runMigrations(db)).toEqual([]);
  });

  it('migration ids are unique and in order', () => {
    const ids = MIGRATIONS.map((m) => m.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses to start when a shipped migration was edited', async () => {
    const edited = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, sql: m.sql + '\n-- edited' } : m));
    await expect(runMigrations(db, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it('a failing migration leaves nothing behind (one transaction)', async () => {
    const broken = [...MIGRATIONS, { id: '9001_ok', sql: 'CREATE TABLE probe_ok (a int)' }, { id: '9002_bad', sql: 'CREATE TABLE probe_bad (a nosuchtype)' }];
    await expect(runMigrations(db, broken)).rejects.toThrow();
    const tables = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'probe_ok'");
    expect(tables[0].n).toBe(0);
    const ids = await db.query<{ id: string }>("SELECT id FROM schema_migrations WHERE id LIKE '9%'");
    expect(ids).toEqual([]);
  });

  it('stores a run and reads it back with the same values', async () => {
    const run = newRun({ nickname: 'Ada' });
    const stored = await storeRun(db, run);
    expect(stored.createdAt).toBeInstanceOf(Date);
    const read = await getRun(db, run.id);
    expect(read).toEqual(stored);
    expect(read).toMatchObject({ levelId: 'saddle-escape', settings: run.settings, seeds: run.seeds, score: 544, stars: 1, successRate: 0.5, levelJson: null });
    expect(await getRun(db, 'nope')).toBeNull();
  });

  it('reads a row stored before RMSprop had its own ρ: its β₂ becomes ρ, and it resolves on the level', async () => {
    // No built-in level unlocks ρ today: the row's level is a document that does.
    const base = getLevel('long-slope')!;
    const level = { ...base, controls: { ...base.controls, rho: { min: 0.5, max: 0.999 } } };
    const { rho: _rho, ...old } = { ...levelDefaults(level), optimizer: 'rmsprop' as const, lr: 0.3, beta2: 0.95 };
    const run = newRun({ levelId: 'long-slope' });
    await storeRun(db, run);
    await db.query('UPDATE runs SET settings = $1::text::jsonb WHERE id = $2', [JSON.stringify(old), run.id]);
    const read = await getRun(db, run.id);
    expect(read?.settings).toMatchObject({ optimizer: 'rmsprop', lr: 0.3, rho: 0.95 });
    expect(read?.settings).not.toHaveProperty('beta2');
    expect(resolveSettings(level, read?.settings)).toMatchObject({ ok: true, settings: { optimizer: 'rmsprop', rho: 0.95, beta2: levelDefaults(level).beta2 } });
  });

  it('keeps a custom level snapshot', async () => {
    const levelJson = { id: 'mine', budget: 100, nested: [1, { a: 'b' }] };
    const run = newRun({ levelId: 'custom:mine', levelSource: 'custom', levelJson });
    await storeRun(db, run);
    expect((await getRun(db, run.id))?.levelJson).toEqual(levelJson);
  });

  it('leaderboard: best per nickname, ties to the earliest, anonymous runs excluded, paginated', async () => {
    const level = 'board-test';
    await storeRun(db, newRun({ levelId: level, nickname: 'ann', score: 500 }));
    const annBest = await storeRun(db, newRun({ levelId: level, nickname: 'ann', score: 700 }));
    await storeRun(db, newRun({ levelId: level, nickname: 'ann', score: 650 }));
    const bobFirst = await storeRun(db, newRun({ levelId: level, nickname: 'bob', score: 700 }));
    await storeRun(db, newRun({ levelId: level, nickname: 'bob', score: 700 }));
    await storeRun(db, newRun({ levelId: level, nickname: 'cy', score: 900 }));
    await storeRun(db, newRun({ levelId: level, nickname: null, score: 1000 }));
    const page1 = await getLeaderboard(db, level, 1, 2);
    expect(page1.total).toBe(3);
    expect(page1.entries.map((e) => [e.rank, e.nickname, e.score])).toEqual([
      [1, 'cy', 900],
      [2, 'ann', 700],
    ]);
    expect(page1.entries[1].runId).toBe(annBest.id);
    const page2 = await getLeaderboard(db, level, 2, 2);
    expect(page2.entries.map((e) => [e.rank, e.nickname, e.runId])).toEqual([[3, 'bob', bobFirst.id]]);
    expect((await getLeaderboard(db, level, 3, 2)).entries).toEqual([]);
    expect((await getLeaderboard(db, 'empty-level', 1, 20)).total).toBe(0);
  });

  it('progress: saved, replaced and read per player', async () => {
    expect(await getProgress(db, 'p1')).toBeNull();
    await putProgress(db, 'p1', { version: 1, bests: { a: 1 } });
    await putProgress(db, 'p2', { version: 1, bests: {} });
    const at = await putProgress(db, 'p1', { version: 1, bests: { b: 2 } });
    const p1 = await getProgress(db, 'p1');
    expect(p1?.data).toEqual({ version: 1, bests: { b: 2 } });
    expect(p1?.updatedAt.getTime()).toBe(at.getTime());
  });

  it('has a per-deployment IP salt', async () => {
    expect((await getIpSalt(db)).length).toBeGreaterThanOrEqual(32);
  });

  it('200 concurrent stores: every run stored exactly once', async () => {
    const level = 'concurrency-test';
    const runs = Array.from({ length: 200 }, (_, i) => newRun({ levelId: level, nickname: `n${i % 7}`, score: i }));
    const stored = await Promise.all(runs.map((r) => storeRun(db, r)));
    expect(new Set(stored.map((s) => s.id)).size).toBe(200);
    expect(await countRuns(db, level)).toBe(200);
    const board = await getLeaderboard(db, level, 1, 100);
    expect(board.total).toBe(7);
    expect(board.entries[0].score).toBe(199);
  });

  it('an error inside the transaction leaves no partial rows', async () => {
    const before = await countRuns(db);
    const run = newRun({ nickname: 'zed' });
    await expect(
      db.transaction(async (tx) => {
        await insertRunRow(tx, run);
        throw new Error('injected failure after the first insert');
      }),
    ).rejects.toThrow('injected failure');
    expect(await getRun(db, run.id)).toBeNull();
    expect(await countRuns(db)).toBe(before);
    // the database is still usable afterwards
    await storeRun(db, newRun());
    expect(await countRuns(db)).toBe(before + 1);
  });

  it('a constraint violation in storeRun stores nothing', async () => {
    const before = await countRuns(db);
    await expect(storeRun(db, newRun({ nickname: 'x'.repeat(33) }))).rejects.toThrow();
    expect(await countRuns(db)).toBe(before);
  });
});

describe('PGlite data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'descent-pglite-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('survives a restart: close, reopen on the same folder, everything is still there', async () => {
    const first = await openDb({ driver: 'pglite', dataDir: path.join(dir, 'nested', 'pglite') });
    const run = newRun({ nickname: 'keeper' });
    await storeRun(first, run);
    const salt = await getIpSalt(first);
    await first.close();
    const second = await openDb({ driver: 'pglite', dataDir: path.join(dir, 'nested', 'pglite') });
    try {
      expect((await getRun(second, run.id))?.nickname).toBe('keeper');
      expect(await getIpSalt(second)).toBe(salt);
      expect((await getLeaderboard(second, run.levelId, 1, 10)).entries.map((e) => e.runId)).toEqual([run.id]);
    } finally {
      await second.close();
    }
  });

  it('getDb() is one instance per process, reopened after closeDb()', async () => {
    const saved = { ...process.env };
    process.env.DESCENT_DATA_DIR = path.join(dir, 'singleton');
    delete process.env.DATABASE_URL;
    try {
      const [a, b] = await Promise.all([getDb(), getDb()]);
      expect(a).toBe(b);
      await closeDb();
      const c = await getDb();
      expect(c).not.toBe(a);
      expect(c.driver).toBe('pglite');
    } finally {
      await closeDb();
      process.env = saved;
    }
  });
});

describe('configuration from the environment', () => {
  it('PGlite in ./data/pglite by default, DESCENT_DATA_DIR when set, Postgres when DATABASE_URL is set', () => {
    expect(configFromEnv({})).toEqual({ driver: 'pglite', dataDir: './data/pglite' });
    expect(configFromEnv({ DESCENT_DATA_DIR: '/tmp/x' })).toEqual({ driver: 'pglite', dataDir: '/tmp/x' });
    expect(configFromEnv({ DATABASE_URL: 'postgresql://h/db', DESCENT_PG_POOL_MAX: '4' })).toEqual({ driver: 'postgres', url: 'postgresql://h/db', poolMax: 4, connectTimeoutMs: 5000, statementTimeoutMs: 15000 });
  });
});

describe.runIf(TEST_DATABASE_URL)('Postgres: processes racing to migrate', () => {
  it('two pools migrating the same schema at once apply each migration exactly once', async () => {
    const t = await openPostgresSchema(TEST_DATABASE_URL!, { migrate: false });
    const { openDriver } = await import('./drivers');
    const other = await openDriver({ driver: 'postgres', url: TEST_DATABASE_URL!, schema: t.schema });
    try {
      const [a, b] = await Promise.all([runMigrations(t.db), runMigrations(other)]);
      expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
      const rows = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0].n).toBe(MIGRATIONS.length);
    } finally {
      await other.close();
      await t.cleanup();
    }
  });
});
