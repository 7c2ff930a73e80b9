/**
 * Levels that prove their point (issue 14), server half: publishing runs the shortcut sweep of
 * the level's intent itself and stores the verdict with the level. A level declared "momentum"
 * whose sweep lets plain SGD reach three stars is stored unproven (and still published); a proper
 * one proven; a level without an intent "none"; a mark sent by the client is refused, never
 * stored. On PGlite in a temp data folder and, with TEST_DATABASE_URL, on Postgres.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LevelProofSchema, loadLevel, proveLevel } from '@/engine';
import { getLevel } from '@/content/levels';
import { POST as publish } from '@/app/api/custom-levels/route';
import { GET as getLevelRoute, PUT as putLevel } from '@/app/api/custom-levels/[slug]/route';
import { getDb } from './db/db';
import { bearer, params, requestMaker, routeDrivers } from './route-test-kit';
import { countCustomLevels, getCustomLevel } from './db/custom-levels';
import { proveOnServer } from './services/level-proof';
import { MAX_PROOF_COST, simulationCost } from '@/components/explain/sim-cost';

const req = requestMaker(8);

/** The built-in momentum level under a teacher's id: proven (the content test's own level). */
function momentumDoc(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...getLevel('ravine-momentum')!, id: 'class-ravine', title: 'Our ravine', ...over };
}
/** The same level with a lower three-star threshold: plain SGD at its best rate (≈ 926) earns 3★. */
const leakyDoc = () => momentumDoc({ stars: [300, 600, 900] });

const DRIVERS = routeDrivers('proof');

describe.each(DRIVERS)('level proofs on $name', (driver) => {
  beforeAll(() => driver.setup());
  afterAll(() => driver.teardown());
  beforeEach(() => {
    process.env.DESCENT_RATE_LIMIT = 'off';
    process.env.DESCENT_PUBLISH_LIMIT = 'off';
  });

  it('a "momentum" level that plain SGD wins is published and stored unproven, naming the shortcut', async () => {
    const res = await publish(req('/api/custom-levels', 'POST', { level: leakyDoc() }));
    expect(res.status).toBe(201);
    const pub = await res.json();
    expect(pub.proof.status).toBe('unproven');
    expect(pub.proof.verdict).toMatch(/^unproven: only lr earns 3★/);
    const lr = pub.proof.rows.find((r: { label: string }) => r.label === 'only lr');
    expect(lr.stars).toBe(3);
    expect(pub.proof.rows[0]).toMatchObject({ kind: 'fix', stars: 3 });
    const stored = await getCustomLevel(await getDb(), pub.slug);
    expect(stored?.proof?.status).toBe('unproven');
    expect(LevelProofSchema.safeParse(stored?.proof).success).toBe(true);

    // The teacher (edit token) sees the mark; players reading the share link do not.
    const owner = await (await getLevelRoute(req(`/api/custom-levels/${pub.slug}`, 'GET', undefined, bearer(pub.editToken)), params({ slug: pub.slug }))).json();
    expect(owner.proof.status).toBe('unproven');
    const player = await (await getLevelRoute(req(`/api/custom-levels/${pub.slug}`, 'GET'), params({ slug: pub.slug }))).json();
    expect(player).not.toHaveProperty('proof');

    // Republished with the proper threshold: the server sweeps again and now proves it.
    const put = await putLevel(req(`/api/custom-levels/${pub.slug}`, 'PUT', { level: momentumDoc() }, bearer(pub.editToken)), params({ slug: pub.slug }));
    expect(put.status).toBe(200);
    expect((await put.json()).proof).toMatchObject({ status: 'proven', verdict: 'proven: only the idea wins', full: true });
    expect((await getCustomLevel(await getDb(), pub.slug))?.proof?.status).toBe('proven');
  });

  it('a level without an intent is stored as "no intent stated"', async () => {
    const { intent: _intent, ...doc } = momentumDoc();
    const res = await publish(req('/api/custom-levels', 'POST', { level: doc }));
    expect(res.status).toBe(201);
    const pub = await res.json();
    expect(pub.proof).toMatchObject({ status: 'none', rows: [] });
    expect((await getCustomLevel(await getDb(), pub.slug))?.proof?.status).toBe('none');
  });

  it('a mark sent by the client is refused (strict body and level), nothing stored', async () => {
    const before = await countCustomLevels(await getDb());
    const forged = { status: 'proven', verdict: 'proven: only the idea wins', idea: 'x', cap: 2, positions: 33, full: true, rows: [] };
    for (const body of [{ level: leakyDoc(), proof: forged }, { level: { ...leakyDoc(), proof: forged } }, { level: { ...leakyDoc(), proven: true } }]) {
      const res = await publish(req('/api/custom-levels', 'POST', body));
      expect(res.status, JSON.stringify(Object.keys(body))).toBe(400);
    }
    expect(await countCustomLevels(await getDb())).toBe(before);
  });
});

describe('the server sweep is the engine sweep', () => {
  it('gives the verdict of proveLevel, row for row', async () => {
    for (const doc of [momentumDoc(), leakyDoc()]) {
      const loaded = loadLevel(doc);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const server = await proveOnServer(loaded.level);
      if (!server.ok) throw new Error('busy');
      expect(server.proof).toEqual(proveLevel(loaded.level, simulationCost(loaded.level, 'score'), MAX_PROOF_COST));
    }
  });

  it('over the cost bound: a smaller grid, said so; under even the smallest, unproven as too costly', async () => {
    const loaded = loadLevel(leakyDoc());
    if (!loaded.ok) throw new Error('invalid');
    const cost = simulationCost(loaded.level, 'score');
    const small = await proveOnServer(loaded.level, cost * 40);
    if (!small.ok) throw new Error('busy');
    expect(small.proof.full).toBe(false);
    expect(small.proof.positions).toBeLessThan(33);
    expect(small.proof.verdict).toMatch(/smaller grid: \d+ positions per slider/);
    const none = await proveOnServer(loaded.level, cost);
    if (!none.ok) throw new Error('busy');
    expect(none.proof).toMatchObject({ status: 'unproven', positions: null });
    expect(none.proof.verdict).toMatch(/too costly/);
  });
});
