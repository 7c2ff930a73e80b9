/**
 * The API route handlers, called directly with `new Request(...)`: validation, limits, the
 * verified score, persistence. Runs on PGlite in a temp data folder through the default wiring
 * (DESCENT_DATA_DIR), and on Postgres too when TEST_DATABASE_URL is set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { levelDefaults, resolveSettings, scoreLevel } from '@/engine';
import { getLevel } from '@/content/levels';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getRunRoute } from '@/app/api/runs/[id]/route';
import { GET as getBoard } from '@/app/api/levels/[levelId]/leaderboard/route';
import { GET as getProgressRoute, PUT as putProgressRoute } from '@/app/api/progress/route';
import { closeDb, getDb, setDb } from './db/db';
import { countRuns } from './db/runs';
import { TEST_DATABASE_URL, openPostgresSchema, type TestDb } from './db/test-drivers';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';
import { newPlayerId } from './http/client';

const LEVEL = 'saddle-escape';
const SOLUTION = { optimizer: 'adam', lr: 0.05 } as const;
let ipCounter = 0;
/** A fresh client IP, so rate-limit buckets never leak between tests. */
const nextIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return postRun(
    new Request('http://localhost/api/runs', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: nextIp(), ...headers },
    }),
  );
}

const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const readRun = (id: string) => getRunRoute(new Request(`http://localhost/api/runs/${id}`), params({ id }));

/** Reads an error response and checks its shape: { error, field? }, no stack trace. */
async function errorOf(res: Response): Promise<{ error: string; field?: string }> {
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  const body = JSON.parse(text);
  expect(Object.keys(body).every((k) => k === 'error' || k === 'field')).toBe(true);
  expect(typeof body.error).toBe('string');
  return body;
}

interface RouteDriver {
  name: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  restartable: boolean;
}

let dataDir = '';
let pgTest: TestDb | undefined;
const DRIVERS: RouteDriver[] = [
  {
    name: 'pglite (DESCENT_DATA_DIR)',
    restartable: true,
    async setup() {
      dataDir = await mkdtemp(path.join(tmpdir(), 'descent-routes-'));
      delete process.env.DATABASE_URL;
      process.env.DESCENT_DATA_DIR = path.join(dataDir, 'pglite');
    },
    async teardown() {
      await closeDb();
      await rm(dataDir, { recursive: true, force: true });
    },
  },
  ...(TEST_DATABASE_URL
    ? [
        {
          name: 'postgres',
          restartable: false,
          async setup() {
            pgTest = await openPostgresSchema(TEST_DATABASE_URL!);
            setDb(pgTest.db);
          },
          async teardown() {
            await closeDb();
            await pgTest?.cleanup();
          },
        },
      ]
    : []),
];

describe.each(DRIVERS)('API routes on $name', (driver) => {
  beforeAll(() => driver.setup());
  afterAll(() => driver.teardown());
  beforeEach(() => {
    process.env.DESCENT_RATE_LIMIT = 'off';
  });

  it('201: stores the run with the score the engine computes here, and serves it back', async () => {
    const level = getLevel(LEVEL)!;
    const resolved = resolveSettings(level, SOLUTION);
    if (!resolved.ok) throw new Error(resolved.message);
    const expected = scoreLevel(level, resolved.settings);
    const res = await post({ levelId: LEVEL, settings: SOLUTION, nickname: '  Ada   L. ', publicName: true });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ levelId: LEVEL, score: expected.score, stars: expected.stars, outcome: expected.outcome, successRate: expected.successRate });
    expect(body.seeds).toEqual(expected.seeds.map((s) => ({ seed: s.seed, outcome: s.outcome, goalStep: s.goalStep, score: s.score })));
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(body.url).toBe(`/runs/${body.id}`);
    expect(res.headers.get('location')).toBe(`/api/runs/${body.id}`);

    const read = await readRun(body.id);
    expect(read.status).toBe(200);
    const run = await read.json();
    expect(run).toMatchObject({ id: body.id, levelId: LEVEL, score: expected.score, stars: expected.stars, settings: resolved.settings, nickname: 'Ada L.', createdAt: body.createdAt });
    expect(run.seeds).toEqual(body.seeds);
    expect(run).not.toHaveProperty('ipHash');
  });

  it('201 for an old client that sets RMSprop’s decay as β₂: scored and stored as ρ', async () => {
    // No built-in level unlocks ρ today: a level document (run as a draft) that does.
    const base = getLevel('long-slope')!;
    const level = { ...base, id: 'old-client-slope', controls: { ...base.controls, rho: { min: 0.5, max: 0.999 } } };
    const expected = scoreLevel(level, { ...levelDefaults(level), optimizer: 'rmsprop', lr: 0.1, rho: 0.95 });
    const res = await post({ level, settings: { optimizer: 'rmsprop', lr: 0.1, beta2: 0.95 } });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ score: expected.score, stars: expected.stars });
    const run = await (await readRun(body.id)).json();
    expect(run.settings).toMatchObject({ optimizer: 'rmsprop', rho: 0.95, beta2: levelDefaults(level).beta2 });
  });

  it('201 for a custom level document: validated, scored by the engine, stored with its JSON', async () => {
    const level = getLevel('ravine-momentum')!;
    const doc = { ...level, id: 'my-ravine', title: 'My ravine' };
    const expected = scoreLevel(doc, { ...levelDefaults(doc), ...level.solution });
    const res = await post({ level: doc, settings: level.solution });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ levelId: 'draft/my-ravine', score: expected.score, stars: expected.stars }); // a draft: its own namespace
    const run = await (await readRun(body.id)).json();
    expect(run.levelSource).toBe('custom');
    const bad = await post({ level: { ...doc, budget: -1 }, settings: {} });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).field).toBe('level.budget');
    const both = await post({ level: doc, levelId: 'ravine-momentum', settings: {} });
    expect(both.status).toBe(400);
  });

  it('a client cannot submit a score: extra fields are refused', async () => {
    const res = await post({ levelId: LEVEL, settings: SOLUTION, score: 1000 });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ error: 'unknown field: score', field: 'score' });
  });

  it('400: bad JSON, wrong types, unknown settings, locked and out-of-range settings, bad nicknames', async () => {
    const cases: [unknown, number, string | undefined, RegExp][] = [
      ['{"levelId": ', 400, undefined, /not valid JSON/],
      ['', 400, undefined, /not valid JSON/],
      [[1, 2], 400, '(body)', /expected object/],
      [{ settings: {} }, 400, 'levelId', /levelId/],
      [{ levelId: LEVEL, settings: 'adam' }, 400, 'settings', /settings/],
      [{ levelId: LEVEL, settings: { bogus: 1 } }, 400, 'settings.bogus', /bogus/],
      [{ levelId: LEVEL, settings: { momentum: 0.5 } }, 400, 'settings.momentum', /momentum is locked/],
      [{ levelId: LEVEL, settings: { lr: 0.5 } }, 400, 'settings.lr', /lr must be between 0.001 and 0.05/],
      [{ levelId: LEVEL, settings: { optimizer: 'rmsprop' } }, 400, 'settings.optimizer', /optimizer must be one of/],
      [{ levelId: LEVEL, settings: {}, nickname: 'x'.repeat(25) }, 400, 'nickname', /at most 24/],
      [{ levelId: LEVEL, settings: {}, nickname: 'a\u0000b' }, 400, 'nickname', /control/],
      [{ levelId: LEVEL, settings: {}, nickname: '   ' }, 400, 'nickname', /empty/],
    ];
    for (const [body, status, field, message] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const err = await errorOf(res);
      expect(err.field, JSON.stringify(body)).toBe(field);
      expect(err.error).toMatch(message);
    }
  });

  it('404: unknown level', async () => {
    const res = await post({ levelId: 'no-such-level', settings: {} });
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({ error: 'unknown level: no-such-level', field: 'levelId' });
  });

  it('413: a body over 64 KB, by its declared length and by its actual length', async () => {
    const big = JSON.stringify({ levelId: LEVEL, settings: {}, nickname: 'x'.repeat(70_000) });
    const actual = await post(big);
    expect(actual.status).toBe(413);
    await errorOf(actual);
    const declared = await post('{}', { 'content-length': String(65 * 1024) });
    expect(declared.status).toBe(413);
    const justUnder = await post(JSON.stringify({ levelId: LEVEL, settings: {}, pad: 'x'.repeat(60_000) }));
    expect(justUnder.status).toBe(400); // read and parsed: refused for the unknown field, not the size
  });

  it('429 after the burst, with Retry-After; classmates and other clients unaffected', async () => {
    process.env.DESCENT_RATE_LIMIT = '60/60';
    // Fresh ones per driver: the in-memory buckets outlive one describe.each round.
    const ip = nextIp();
    const player = { [CLIENT_IP_HEADER]: ip, cookie: `descent_pid=${newPlayerId()}` };
    const statuses: number[] = [];
    // A forged X-Forwarded-For changes nothing: the address comes from the custom server's header.
    for (let i = 0; i < 31; i++) statuses.push((await post('not json', { ...player, 'x-forwarded-for': `10.1.0.${i}` })).status);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    const limited = await post({ levelId: LEVEL, settings: SOLUTION }, player);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(limited)).error).toMatch(/too many writes/);
    expect((await post('not json', { [CLIENT_IP_HEADER]: ip, cookie: `descent_pid=${newPlayerId()}` })).status).toBe(400);
    expect((await post('not json', { [CLIENT_IP_HEADER]: nextIp() })).status).toBe(400);
  });

  it('GET /api/runs/[id]: 404 for unknown or malformed ids', async () => {
    for (const id of ['AAAAAAAAAAAA', '../etc', 'x'.repeat(40)]) {
      const res = await readRun(id);
      expect(res.status).toBe(404);
      await errorOf(res);
    }
  });

  it('leaderboard: best per nickname, anonymous runs excluded, paginated, 404 unknown level, 400 bad page size', async () => {
    const level = 'ravine-momentum';
    const board = (query: string) => getBoard(new Request(`http://localhost/api/levels/${level}/leaderboard${query}`), params({ levelId: level }));
    const before = await (await board('?pageSize=100')).json();
    for (const [nickname, lr] of [['lb-a', 0.001], ['lb-a', 0.01], ['lb-b', 0.005], [undefined, 0.01]] as const) {
      expect((await post({ levelId: level, settings: { lr }, ...(nickname ? { nickname, publicName: true } : {}) })).status).toBe(201);
    }
    const res = await board('?page=1&pageSize=100');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.total).toBe(before.total + 2);
    const mine = body.entries.filter((e: { nickname: string }) => e.nickname.startsWith('lb-'));
    expect(mine.map((e: { nickname: string }) => e.nickname).sort()).toEqual(['lb-a', 'lb-b']);
    const scores = body.entries.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.entries[0]).toMatchObject({ rank: 1, url: `/runs/${body.entries[0].runId}` });
    expect((await (await board('?page=2&pageSize=1')).json()).entries[0].rank).toBe(2);
    expect((await board('?pageSize=101')).status).toBe(400);
    expect((await board('?page=0')).status).toBe(400);
    const unknown = await getBoard(new Request('http://localhost/api/levels/nope/leaderboard'), params({ levelId: 'nope' }));
    expect(unknown.status).toBe(404);
    await errorOf(unknown);
  });

  it('an assisted run (a solution applied unchanged) is stored as such with no stars and no leaderboard place', async () => {
    const board = async () => (await (await getBoard(new Request(`http://localhost/api/levels/${LEVEL}/leaderboard?pageSize=100`), params({ levelId: LEVEL }))).json()) as { entries: { nickname: string }[] };
    const res = await post({ levelId: LEVEL, settings: SOLUTION, nickname: 'helped-1', publicName: true, assisted: true });
    expect(res.status).toBe(201);
    const body = await res.json();
    const expected = scoreLevel(getLevel(LEVEL)!, (resolveSettings(getLevel(LEVEL)!, SOLUTION) as { ok: true; settings: never }).settings);
    expect(expected.stars).toBe(3);
    expect(body).toMatchObject({ score: expected.score, stars: 0, assisted: true });
    expect((await board()).entries.some((e) => e.nickname === 'helped-1')).toBe(false);
    // The same settings set by hand count normally.
    const own = await (await post({ levelId: LEVEL, settings: SOLUTION, nickname: 'helped-1', publicName: true })).json();
    expect(own).toMatchObject({ stars: 3, assisted: false });
    expect((await board()).entries.some((e) => e.nickname === 'helped-1')).toBe(true);
    expect((await post({ levelId: LEVEL, settings: SOLUTION, assisted: 'yes' })).status).toBe(400);
  });

  it('progress: cookie issued when absent, saved per player, validated, ≤ 16 KB', async () => {
    const first = await getProgressRoute(new Request('http://localhost/api/progress'));
    expect(await first.json()).toEqual({ progress: null });
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^descent_pid=[A-Za-z0-9_-]{22}; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);
    const pid = cookie.split(';')[0];
    const doc = { version: 1, bests: { [LEVEL]: { score: 900, stars: 3, query: 'opt=adam&lr=0.05', at: '2026-01-01T00:00:00.000Z' } } };
    const put = (body: unknown, headers: Record<string, string> = { cookie: pid }) =>
      putProgressRoute(new Request('http://localhost/api/progress', { method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: nextIp(), ...headers } }));
    const saved = await put(doc);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('set-cookie')).toBeNull();
    const read = await getProgressRoute(new Request('http://localhost/api/progress', { headers: { cookie: `other=1; ${pid}` } }));
    expect(await read.json()).toMatchObject({ progress: doc });
    const stranger = await getProgressRoute(new Request('http://localhost/api/progress', { headers: { cookie: 'descent_pid=AAAAAAAAAAAAAAAAAAAAAA' } }));
    expect((await stranger.json()).progress).toBeNull();
    const bad = await put({ version: 1, bests: { [LEVEL]: { score: 2000, stars: 3, query: '', at: '' } } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).field).toBe(`bests.${LEVEL}.score`);
    const extra = await put({ ...doc, admin: true });
    expect(await errorOf(extra)).toEqual({ error: 'unknown field: admin', field: 'admin' });
    const tooBig = await put({ version: 1, bests: { x: { score: 1, stars: 1, query: 'q'.repeat(17_000), at: '' } } });
    expect(tooBig.status).toBe(413);
    const anonymous = await put(doc, {});
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('set-cookie')).toMatch(/^descent_pid=/);
  });

  it('no data lost: 200 concurrent submissions all stored exactly once', async () => {
    const level = 'himmelblau-choice';
    const before = await countRuns(await getDb(), level);
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => post({ levelId: level, settings: {}, nickname: `c${i % 10}`, publicName: true })));
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = await Promise.all(responses.map(async (r) => (await r.json()).id as string));
    expect(new Set(ids).size).toBe(200);
    expect(await countRuns(await getDb(), level)).toBe(before + 200);
    const reads = await Promise.all(ids.slice(0, 20).map((id) => readRun(id)));
    expect(reads.every((r) => r.status === 200)).toBe(true);
  });

  it.runIf(driver.restartable)('restart: close the database, reopen the same data folder, runs are still there', async () => {
    const created = await (await post({ levelId: LEVEL, settings: SOLUTION, nickname: 'restart', publicName: true })).json();
    const total = await countRuns(await getDb());
    await closeDb();
    const read = await readRun(created.id);
    expect(read.status).toBe(200);
    expect((await read.json()).score).toBe(created.score);
    expect(await countRuns(await getDb())).toBe(total);
  });
});
