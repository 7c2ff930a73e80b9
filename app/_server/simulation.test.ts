/**
 * Issue 11, costly pages: one cost bound on every route that simulates (422 naming it, nothing
 * simulated), explanations and run views cached by (level hash, settings, seed) (a hit simulates
 * nothing and is not rate-limited), the worker pool bit-identical to the request thread, and a
 * cheap route answering while heavy explanations wait in the pool. PGlite in a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { levelDefaults, loadLevel, resolveSettings, scoreLevel, type Level, type Settings } from '@/engine';
import { getLevel } from '@/content/levels';
import { GET as explainRoute } from '@/app/api/explain/[levelId]/route';
import { GET as boardRoute } from '@/app/api/levels/[levelId]/leaderboard/route';
import { POST as postRun } from '@/app/api/runs/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import { loadRunView } from '@/app/[locale]/runs/[id]/load-run';
import { loadExplanation } from '@/app/[locale]/explain/[levelId]/load-explain';
import { closeDb, getDb } from './db/db';
import { insertCustomLevel } from './db/custom-levels';
import { insertRunRow } from './db/runs';
import { MAX_SIMULATION_COST, simulationCost } from '@/components/explain/sim-cost';
import { levelHash } from './services/verify-run';
import { inThreadRunner, poolRunner, simTaskCounts, useSimRunner, type SimRunner } from './sim/pool';
import type { SimTask } from './sim/tasks';
import { clearSimCaches } from './sim/views';

let dataDir = '';
const ENV = ['DESCENT_SIMULATE_LIMIT', 'DESCENT_SIMULATE_LIMIT_PER_ADDRESS'] as const;
const savedEnv = ENV.map((k) => process.env[k]);
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'descent-sim-'));
  delete process.env.DATABASE_URL;
  process.env.DESCENT_DATA_DIR = path.join(dataDir, 'pglite');
  process.env.DESCENT_SIMULATE_LIMIT = 'off';
});
afterEach(async () => {
  await useSimRunner(null);
  clearSimCaches();
});
afterAll(async () => {
  ENV.forEach((k, i) => (savedEnv[i] === undefined ? delete process.env[k] : (process.env[k] = savedEnv[i])));
  await closeDb();
  await rm(dataDir, { recursive: true, force: true });
});

/** saddle-escape with n train examples, batches up to n, and a goal no run reaches (every run uses its whole budget). */
function heavyLevel(over: { n?: number; budget?: number; seeds?: number } = {}): Level {
  const base = getLevel('saddle-escape')!;
  const n = over.n ?? 4096;
  const loaded = loadLevel({
    ...base,
    id: 'heavy',
    landscape: { ...base.landscape, variation: { n, nTest: 256 } },
    goal: { kind: 'loss', split: 'train', below: -100 },
    budget: over.budget ?? 1000,
    seeds: over.seeds ?? 4,
    defaults: { ...base.defaults, batchSize: n },
    controls: { ...base.controls, batchSize: { min: 1, max: n } },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

const req = (url: string, init: RequestInit = {}) => new Request(`http://localhost${url}`, init);
const post = (url: string, body: unknown) => req(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const explain = (levelId: string, query = '', headers: HeadersInit = {}) =>
  explainRoute(req(`/api/explain/${levelId}${query ? `?${query}` : ''}`, { headers }), { params: Promise.resolve({ levelId }) });
const board = (levelId: string) => boardRoute(req(`/api/levels/${levelId}/leaderboard`), { params: Promise.resolve({ levelId }) });
const noHeaders = { headers: new Headers() };
const totalTasks = () => Object.values(simTaskCounts()).reduce((a, b) => a + b, 0);
const BOUND = /simulation cost bound of 20 million \(MAX_SIMULATION_COST\)/;

describe('one simulation cost bound', () => {
  it('refuses over-bound levels on every simulating route with a 422 naming the bound, simulating nothing', async () => {
    const db = await getDb();
    // Page over the bound, scoring within it: as a level published before the bound covered pages.
    const pageHeavy = heavyLevel();
    expect(simulationCost(pageHeavy, 'score')).toBeLessThanOrEqual(MAX_SIMULATION_COST);
    expect(simulationCost(pageHeavy, 'explain')).toBeGreaterThan(MAX_SIMULATION_COST);
    // Scoring itself over the bound.
    const scoreHeavy = heavyLevel({ seeds: 8 });
    expect(simulationCost(scoreHeavy, 'score')).toBeGreaterThan(MAX_SIMULATION_COST);
    await insertCustomLevel(db, 'pageheavy1', pageHeavy, 'h');
    await insertCustomLevel(db, 'scoreheavy', scoreHeavy, 'h');
    const before = totalTasks();

    const refusals: Response[] = [
      await postRun(post('/api/runs', { level: pageHeavy, settings: {} })), // an ad-hoc document: stored, so its page must fit
      await postRun(post('/api/runs', { customSlug: 'scoreheavy', settings: {} })),
      await publish(post('/api/custom-levels', { level: { ...pageHeavy, solution: { optimizer: 'adam', lr: 0.05 } } })),
      await explain('c-pageheavy1'),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(422);
      expect((await res.json()).error).toMatch(BOUND);
    }

    const run = await insertRunRow(db, {
      id: 'heavyrun0001', levelId: 'c/pageheavy1', levelSource: 'custom', levelJson: pageHeavy, levelHash: levelHash(pageHeavy),
      settings: levelDefaults(pageHeavy), seeds: [{ seed: 1, outcome: 'budget-exhausted', goalStep: null, score: 10 }],
      score: 10, stars: 0, outcome: 'budget-exhausted', successRate: 0, nickname: null, ipHash: null,
    } as Parameters<typeof insertRunRow>[1]);
    const page = await loadRunView(run.id, noHeaders);
    const explainPage = await loadExplanation('c-pageheavy1', 'lr=0.02', noHeaders);
    for (const shown of [page?.shown, explainPage?.shown]) {
      expect(shown).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(BOUND) });
    }
    expect(totalTasks()).toBe(before);
  });
});

describe('the explanation cache', () => {
  it('answers a repeated (level, settings, seed) without simulating, whatever the query order', async () => {
    const before = simTaskCounts();
    const first = await explain('saddle-escape', 'opt=momentum&lr=0.02&seed=2');
    expect(first.status).toBe(200);
    const again = await explain('saddle-escape', 'seed=2&lr=0.02&opt=momentum');
    expect(await again.json()).toMatchObject({ ...(await first.json()), url: expect.any(String) });
    expect(simTaskCounts().explain).toBe(before.explain + 1);

    const a = await loadExplanation('saddle-escape', 'lr=0.03', noHeaders);
    const b = await loadExplanation('saddle-escape', 'lr=0.03', noHeaders);
    expect(a?.shown.ok && b?.shown.ok && a.shown.value === b.shown.value).toBe(true);
    expect(simTaskCounts().view).toBe(before.view + 1);
  });

  it('counts only simulations against the rate limit: a cached answer is never refused', async () => {
    process.env.DESCENT_SIMULATE_LIMIT = '1/3600/1';
    process.env.DESCENT_SIMULATE_LIMIT_PER_ADDRESS = 'off';
    try {
      const cookie = { cookie: `descent_pid=${'s'.repeat(21)}${Date.now() % 10}` };
      expect((await explain('saddle-escape', 'lr=0.011', cookie)).status).toBe(200);
      expect((await explain('saddle-escape', 'lr=0.011', cookie)).status).toBe(200); // a hit
      const refused = await explain('saddle-escape', 'lr=0.012', cookie);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      process.env.DESCENT_SIMULATE_LIMIT = 'off';
      delete process.env.DESCENT_SIMULATE_LIMIT_PER_ADDRESS;
    }
  });
});

/** Every number of a value, typed arrays byte by byte: equal strings mean bit-identical values. */
function bits(value: unknown): string {
  const f = new Float64Array(1);
  return JSON.stringify(value, (_k, v: unknown) => {
    if (ArrayBuffer.isView(v)) return `${v.constructor.name}:${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`;
    if (typeof v === 'number') {
      f[0] = v;
      return Number.isNaN(v) ? 'NaN' : `n:${Buffer.from(f.buffer).toString('hex')}`;
    }
    return v;
  });
}

describe('the worker pool', () => {
  let workerFile = '';
  let pool: SimRunner | null = null;
  beforeAll(() => {
    // Built on demand from the current source (the pool never runs a stale bundle here).
    workerFile = path.join(dataDir, 'worker.mjs');
    execFileSync(process.execPath, ['scripts/build-sim-worker.mjs', workerFile], { stdio: 'pipe' });
  }, 120_000);
  afterAll(async () => {
    await pool?.close();
  });

  it('gives results bit-identical to the request thread', async () => {
    pool = poolRunner(workerFile, 2);
    const here = inThreadRunner();
    const ravine = getLevel('ravine-momentum')!;
    const settings = (level: Level, given: Partial<Settings>) => {
      const resolved = resolveSettings(level, given);
      if (!resolved.ok) throw new Error(resolved.message);
      return resolved.settings;
    };
    const rs = settings(ravine, {}); // the defaults: short of three stars, so the failure kind is computed
    const saddle = getLevel('saddle-escape')!;
    const ss = settings(saddle, { optimizer: 'momentum', batchSize: 4 });
    const tasks: SimTask[] = [
      { kind: 'score', level: saddle, settings: ss },
      { kind: 'explain', level: ravine, settings: rs, seed: 2 },
      { kind: 'view', level: saddle, settings: ss, seed: 3 },
      { kind: 'failure', level: ravine, settings: rs, result: scoreLevel(ravine, rs) },
    ];
    expect(scoreLevel(ravine, rs).stars).toBeLessThan(3);
    for (const task of tasks) {
      const [fromPool, fromHere] = await Promise.all([pool.run(task), here.run(task)]);
      expect(bits(fromPool), task.kind).toBe(bits(fromHere));
    }
  });

  it('answers a cheap route while heavy explanations wait in the pool', async () => {
    await useSimRunner(poolRunner(workerFile, 1));
    const db = await getDb();
    const heavy = heavyLevel({ budget: 500 }); // within the bound, ≈ 0.5 s of explanation each
    expect(simulationCost(heavy, 'page')).toBeLessThanOrEqual(MAX_SIMULATION_COST);
    await insertCustomLevel(db, 'poolheavy1', heavy, 'h');
    const order: string[] = [];
    const started = simTaskCounts().explain;
    const heavyCalls = [1, 2, 3].map((seed) =>
      explain('c-poolheavy1', `seed=${seed}`).then((res) => {
        order.push(`explain ${res.status}`);
        return res;
      }),
    );
    // Once all three are in the pool, the leaderboard (a database read) must not wait for them.
    while (simTaskCounts().explain < started + 3) await new Promise((r) => setTimeout(r, 2));
    const cheap = await board('saddle-escape');
    order.push(`board ${cheap.status}`);
    await Promise.all(heavyCalls);
    expect(order).toEqual(['board 200', 'explain 200', 'explain 200', 'explain 200']);
  });
});
