/**
 * Public leaderboards are opt-in (issue 11): a nickname sent without `publicName: true` never
 * reaches a public board nor the run's public page and JSON, while the teacher of the playlist it
 * was played from still sees it in the class results. On PGlite and (with TEST_DATABASE_URL)
 * on Postgres.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getRunRoute } from '@/app/api/runs/[id]/route';
import { GET as getBoard } from '@/app/api/levels/[levelId]/leaderboard/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import { GET as playlistResults } from '@/app/api/playlists/[slug]/results/route';
import { closeDb, setDb } from './db/db';
import { TEST_DRIVERS, type TestDb } from './db/test-drivers';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';

const params = <T>(p: T) => ({ params: Promise.resolve(p) });
let ip = 0;
const req = (url: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { host: 'localhost', 'content-type': 'application/json', [CLIENT_IP_HEADER]: `10.88.0.${++ip}`, ...headers },
  });
const SOLUTION = { optimizer: 'adam', lr: 0.05 };

describe.each(TEST_DRIVERS)('opt-in public nicknames on $name', (driver) => {
  let t: TestDb;
  beforeAll(async () => {
    process.env.DESCENT_RATE_LIMIT = 'off';
    t = await driver.open();
    setDb(t.db);
  });
  afterAll(async () => {
    await closeDb();
  });

  it('a nickname is private unless the player opts in; the class teacher sees it either way', async () => {
    const list = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'Period 2', items: [{ kind: 'builtin', id: 'saddle-escape' }] }))).json();
    const quiet = await postRun(req(`/api/runs`, 'POST', { levelId: 'saddle-escape', settings: SOLUTION, nickname: 'Quiet Student', playlist: list.slug }));
    expect(quiet.status).toBe(201);
    const loud = await postRun(req(`/api/runs`, 'POST', { levelId: 'saddle-escape', settings: SOLUTION, nickname: 'Proud Student', publicName: true, playlist: list.slug }));
    expect(loud.status).toBe(201);
    const [q, l] = [await quiet.json(), await loud.json()];

    const board = await (await getBoard(req('/api/levels/saddle-escape/leaderboard?pageSize=100', 'GET'), params({ levelId: 'saddle-escape' }))).json();
    const names = board.entries.map((e: { nickname: string }) => e.nickname);
    expect(names).toContain('Proud Student');
    expect(names).not.toContain('Quiet Student');

    const read = async (id: string) => (await getRunRoute(req(`/api/runs/${id}`, 'GET'), params({ id }))).json();
    expect((await read(q.id)).nickname).toBeNull();
    expect((await read(l.id)).nickname).toBe('Proud Student');

    const results = await (await playlistResults(req(`/api/playlists/${list.slug}/results`, 'GET', undefined, { authorization: `Bearer ${list.editToken}` }), params({ slug: list.slug }))).json();
    const seen = JSON.stringify(results);
    expect(seen).toContain('Quiet Student');
    expect(seen).toContain('Proud Student');
  });

  it('publicName without a nickname changes nothing, and a non-boolean is refused naming the field', async () => {
    const anon = await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: SOLUTION, publicName: true }));
    expect(anon.status).toBe(201);
    const bad = await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: SOLUTION, nickname: 'X', publicName: 'yes' }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).field).toBe('publicName');
  });
});
