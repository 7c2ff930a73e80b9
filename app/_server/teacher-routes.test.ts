/**
 * Teachers' levels, playlists and results (issue 6, server half): the route handlers called with
 * `new Request(...)`, on PGlite in a temp data folder and, with TEST_DATABASE_URL, on Postgres.
 * Publish → read → play (POST /api/runs with customSlug) → results; tokens (hash only, 401/403,
 * the share link never edits); solvability re-checked; hostile input refused with nothing stored;
 * CSV escaping and formula injection.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LEVEL_VERSION } from '@/engine';
import { getLevel, LEVELS } from '@/content/levels';
import { renderMarkdown } from '@/components/markdown/safe-markdown';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getBoard } from '@/app/api/levels/[levelId]/leaderboard/route';
import { GET as explain } from '@/app/api/explain/[levelId]/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import { DELETE as deleteLevel, GET as getLevelRoute, PUT as putLevel } from '@/app/api/custom-levels/[slug]/route';
import { GET as levelResultsRoute } from '@/app/api/custom-levels/[slug]/results/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import { DELETE as deletePlaylist, GET as getPlaylistRoute, PUT as putPlaylist } from '@/app/api/playlists/[slug]/route';
import { GET as playlistResultsRoute } from '@/app/api/playlists/[slug]/results/route';
import { getDb } from './db/db';
import { bearer, params, requestMaker, routeDrivers } from './route-test-kit';
import { countCustomLevels, insertCustomLevel } from './db/custom-levels';
import { withNewSlug } from './http/edit-token';
import { countPlaylists } from './db/playlists';
import { csvCell, resultCells, toCsv } from './services/results';
import { insertRunRow } from './db/runs';
import { levelResults } from './db/results';
import { jsonDepth } from './services/custom-level';
import { MAX_SIMULATION_COST, simulationCost } from '@/components/explain/sim-cost';

const req = requestMaker(9);

const publishLevel = (body: unknown) => publish(req('/api/custom-levels', 'POST', body));
const readLevel = (slug: string) => getLevelRoute(req(`/api/custom-levels/${slug}`, 'GET'), params({ slug }));
const updateLevel = (slug: string, body: unknown, headers: Record<string, string> = {}) =>
  putLevel(req(`/api/custom-levels/${slug}`, 'PUT', body, headers), params({ slug }));
const unpublish = (slug: string, headers: Record<string, string> = {}) => deleteLevel(req(`/api/custom-levels/${slug}`, 'DELETE', undefined, headers), params({ slug }));
const results = (slug: string, headers: Record<string, string> = {}, query = '') =>
  levelResultsRoute(req(`/api/custom-levels/${slug}/results${query}`, 'GET', undefined, headers), params({ slug }));
const run = (body: unknown) => postRun(req('/api/runs', 'POST', body));

/** Reads an error response and checks its shape: { error, field? }, no stack trace. */
async function errorOf(res: Response): Promise<{ error: string; field?: string }> {
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  const body = JSON.parse(text);
  expect(Object.keys(body).every((k) => k === 'error' || k === 'field')).toBe(true);
  expect(typeof body.error).toBe('string');
  return body;
}

/** A solvable level document (a built-in level under a new id and title). */
function solvableDoc(over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = getLevel('saddle-escape')!;
  return { ...base, id: 'class-saddle', title: 'Our saddle', ...over };
}

const DRIVERS = routeDrivers('teacher', 'pglite (DESCENT_DATA_DIR)');

describe.each(DRIVERS)('teachers’ levels and playlists on $name', (driver) => {
  beforeAll(() => driver.setup());
  afterAll(() => driver.teardown());
  beforeEach(() => {
    process.env.DESCENT_RATE_LIMIT = 'off';
  });

  it('publish → get → play with customSlug → results show the attempts', async () => {
    const res = await publishLevel({ level: solvableDoc() });
    expect(res.status).toBe(201);
    const pub = await res.json();
    expect(pub.slug).toMatch(/^[a-z0-9]{10}$/);
    expect(pub.shareUrl).toBe(`/play/c/${pub.slug}`);
    expect(pub.editUrl).toBe(`/create/edit/${pub.slug}#token=${pub.editToken}`);
    expect(Buffer.from(pub.editToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(res.headers.get('location')).toBe(`/api/custom-levels/${pub.slug}`);

    const read = await readLevel(pub.slug);
    expect(read.status).toBe(200);
    const got = await read.json();
    expect(got).toMatchObject({ slug: pub.slug, level: { title: 'Our saddle', version: LEVEL_VERSION } });
    expect(typeof got.createdAt).toBe('string');

    const win = await run({ customSlug: pub.slug, settings: { optimizer: 'adam', lr: 0.05 }, nickname: 'Ada' });
    expect(win.status).toBe(201);
    const winBody = await win.json();
    expect(winBody).toMatchObject({ levelId: `c/${pub.slug}`, stars: 3 });
    const lose = await run({ customSlug: pub.slug, settings: {}, nickname: 'Ada' });
    expect(lose.status).toBe(201);
    expect((await lose.json()).stars).toBeLessThan(3);
    expect((await run({ customSlug: pub.slug, settings: { lr: 0.002 }, nickname: 'Bo' })).status).toBe(201);
    // The level's own locks and ranges apply.
    const locked = await run({ customSlug: pub.slug, settings: { momentum: 0.5 } });
    expect(locked.status).toBe(400);
    expect((await errorOf(locked)).field).toBe('settings.momentum');
    expect((await run({ customSlug: 'zzzzzzzzzz', settings: {} })).status).toBe(404);

    const r = await results(pub.slug, bearer(pub.editToken));
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.title).toBe('Our saddle');
    const ada = body.results.find((x: { nickname: string }) => x.nickname === 'Ada');
    expect(ada).toMatchObject({ attempts: 2, bestStars: 3, bestScore: winBody.score });
    expect(ada.commonFailure).toBe('saddle-stall');
    expect(ada.commonFailureLabel).toBe('Saddle stall');
    const bo = body.results.find((x: { nickname: string }) => x.nickname === 'Bo');
    expect(bo).toMatchObject({ attempts: 1 });
    expect(bo.bestStars).toBeLessThan(3);
    expect(typeof bo.commonFailure).toBe('string');
    expect(body.results[0].nickname).toBe('Ada');

    const csv = await results(pub.slug, bearer(pub.editToken), '?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('version,version_status,nickname,attempts,best_stars,best_score,common_failure,common_failure_label');
    expect(lines[1]).toBe(`1,current,Ada,2,3,${winBody.score},saddle-stall,Saddle stall`);
  });

  it('the player’s id c-<slug> works with the leaderboard and explanation endpoints', async () => {
    const pub = await (await publishLevel({ level: solvableDoc() })).json();
    expect((await run({ customSlug: pub.slug, settings: { optimizer: 'adam', lr: 0.05 }, nickname: 'Eve', publicName: true })).status).toBe(201);
    const levelId = `c-${pub.slug}`;
    const board = await getBoard(req(`/api/levels/${levelId}/leaderboard`, 'GET'), params({ levelId }));
    expect(board.status).toBe(200);
    expect((await board.json()).entries).toMatchObject([{ rank: 1, nickname: 'Eve', stars: 3 }]);
    const explained = await explain(req(`/api/explain/${levelId}`, 'GET'), params({ levelId }));
    expect(explained.status).toBe(200);
    expect((await explained.json()).findings.map((f: { kind: string }) => f.kind)).toContain('saddle-stall');
    expect((await getBoard(req('/api/levels/c-aaaaaaaaaa/leaderboard', 'GET'), params({ levelId: 'c-aaaaaaaaaa' }))).status).toBe(404);
    expect((await unpublish(pub.slug, bearer(pub.editToken))).status).toBe(204);
    expect((await explain(req(`/api/explain/${levelId}`, 'GET'), params({ levelId }))).status).toBe(404);
  });

  it('the share link cannot edit; a wrong token is refused; the token is stored only as its hash', async () => {
    const pub = await (await publishLevel({ level: solvableDoc() })).json();
    const update = { level: solvableDoc({ title: 'Renamed' }) };
    for (const res of [await updateLevel(pub.slug, update), await unpublish(pub.slug), await results(pub.slug)]) {
      expect(res.status).toBe(401);
      expect((await errorOf(res)).error).toMatch(/edit token is required/);
    }
    for (const headers of [bearer('x'.repeat(32)), bearer(pub.editToken.slice(0, -1)), bearer(pub.slug), { authorization: pub.editToken }]) {
      const res = await updateLevel(pub.slug, update, headers);
      expect([401, 403]).toContain(res.status);
      await errorOf(res);
    }
    expect((await updateLevel(pub.slug, update, bearer('x'.repeat(32)))).status).toBe(403);
    expect((await (await readLevel(pub.slug)).json()).level.title).toBe('Our saddle');

    const db = await getDb();
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM custom_levels WHERE slug = $1', [pub.slug]);
    expect(JSON.stringify(rows)).not.toContain(pub.editToken);
    expect(rows[0].edit_token_hash).toBe(createHash('sha256').update(pub.editToken).digest('hex'));

    const ok = await updateLevel(pub.slug, update, bearer(pub.editToken));
    expect(ok.status).toBe(200);
    expect((await (await readLevel(pub.slug)).json()).level.title).toBe('Renamed');
    // The update is validated like a publish.
    const bad = await updateLevel(pub.slug, { level: solvableDoc({ stars: [300, 600, 1000] }) }, bearer(pub.editToken));
    expect(bad.status).toBe(422);
    expect((await (await readLevel(pub.slug)).json()).level.title).toBe('Renamed');

    expect((await unpublish(pub.slug, bearer(pub.editToken))).status).toBe(204);
    expect((await readLevel(pub.slug)).status).toBe(404);
    // The editor can still reopen it with the token; a wrong token sees nothing.
    const own = await getLevelRoute(req(`/api/custom-levels/${pub.slug}`, 'GET', undefined, bearer(pub.editToken)), params({ slug: pub.slug }));
    expect(own.status).toBe(200);
    expect((await own.json()).published).toBe(false);
    expect((await getLevelRoute(req(`/api/custom-levels/${pub.slug}`, 'GET', undefined, bearer('z'.repeat(32))), params({ slug: pub.slug }))).status).toBe(404);
    expect((await run({ customSlug: pub.slug, settings: {} })).status).toBe(404);
    expect((await results(pub.slug, bearer(pub.editToken))).status).toBe(200);
    expect((await readLevel('nope')).status).toBe(404);
    expect((await updateLevel('aaaaaaaaaa', update, bearer(pub.editToken))).status).toBe(404);
  });

  it('422 for an unsolvable level or one without a solution, and nothing is stored', async () => {
    const db = await getDb();
    const before = await countCustomLevels(db);
    const unreachable = await publishLevel({ level: solvableDoc({ stars: [300, 600, 1000] }) });
    expect(unreachable.status).toBe(422);
    expect(await errorOf(unreachable)).toMatchObject({ field: 'level.solution', error: expect.stringMatching(/not solvable.*scores \d+ \(2 of 3 stars/) });
    const weak = await publishLevel({ level: solvableDoc({ solution: { optimizer: 'sgd', lr: 0.001 } }) });
    expect(weak.status).toBe(422);
    const none = await publishLevel({ level: solvableDoc({ solution: undefined }) });
    expect(none.status).toBe(422);
    expect((await errorOf(none)).error).toMatch(/no solution/);
    const costly = await publishLevel({ level: solvableDoc({ budget: 5000, seeds: 64 }) });
    expect(costly.status).toBe(422);
    expect((await errorOf(costly)).error).toMatch(/too costly/);
    expect(await countCustomLevels(db)).toBe(before);
  });

  it('an older format version is migrated on publish', async () => {
    const { version: _v, stars, seeds, budget, ...rest } = solvableDoc();
    const v0 = { ...rest, stars: { one: (stars as number[])[0], two: (stars as number[])[1], three: (stars as number[])[2] }, seedCount: seeds, maxSteps: budget };
    const res = await publishLevel({ level: v0 });
    expect(res.status).toBe(201);
    const got = await (await readLevel((await res.json()).slug)).json();
    expect(got.level).toMatchObject({ version: LEVEL_VERSION, seeds, budget, stars });
  });

  it('hostile input: oversize, deep nesting, bad JSON, bad terrain, random documents → clear 4xx, nothing stored', async () => {
    const db = await getDb();
    const before = await countCustomLevels(db);
    const big = await publishLevel({ level: solvableDoc({ goalText: 'x'.repeat(70_000) }) });
    expect(big.status).toBe(413);
    await errorOf(big);
    const deep = await publishLevel(`{"level":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(deep.status).toBe(400);
    expect((await errorOf(deep)).error).toMatch(/nested/);
    const deepObj = await publishLevel(`{"level":{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}}`);
    expect(deepObj.status).toBe(400);
    // Prototype keys are data, never an error path or a 500.
    for (const text of ['{"level":{"__proto__":{"polluted":1}}}', '{"__proto__":{"level":{}}}', '{"level":{"constructor":{"prototype":{"x":1}}}}']) {
      const res = await publishLevel(text);
      expect(res.status, text).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const terrainBase = getLevel('rolling-hills')!;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // malformed JSON text
          fc.string({ maxLength: 200 }).map((s) => `{"level": ${s}`),
          // random JSON values as the body or as the level
          fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
          fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify({ level: v })),
          // a real level with a field replaced by junk
          fc
            .tuple(fc.constantFrom('budget', 'seeds', 'start', 'goal', 'landscape', 'stars', 'controls', 'solution', 'version', 'id', 'title'), fc.jsonValue({ maxDepth: 4 }))
            .map(([k, v]) => JSON.stringify({ level: { ...solvableDoc(), [k]: v } })),
          // terrain expressions that do not parse or break the limits
          fc
            .oneof(
              fc.constantFrom('x^^2', 'eval(x)', 'constructor', '(x+y', 'x y', '1/', 'sin()', '('.repeat(200) + 'x' + ')'.repeat(200), 'x+'.repeat(300) + 'y', 'process.exit()'),
              fc.string({ maxLength: 60 }).map((s) => `x + ${s} (`),
            )
            .map((expr) => JSON.stringify({ level: { ...terrainBase, id: 'bad-terrain', landscape: { ...terrainBase.landscape, params: { ...terrainBase.landscape.params, expr } } } })),
          // extra fields next to the level (a client cannot slip a token or a slug in)
          fc.constantFrom('slug', 'editToken', 'published').map((k) => JSON.stringify({ level: solvableDoc(), [k]: 'x' })),
        ),
        async (text) => {
          const res = await publishLevel(text);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          const e = await errorOf(res);
          expect(e.error.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: 150, seed: 6 },
    );
    expect(await countCustomLevels(db)).toBe(before);
  });

  it('script tags and javascript: links in Markdown are stored as text and render inert', async () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const res = await publishLevel({ level: solvableDoc({ title: '<b>Hi</b>', hints: [hostile], solutionText: hostile }) });
    expect(res.status).toBe(201);
    const got = await (await readLevel((await res.json()).slug)).json();
    expect(got.level.hints).toEqual([hostile]);
    expect(got.level.title).toBe('<b>Hi</b>');
    const html = renderMarkdown(got.level.solutionText);
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('playlists: create, read with titles, results per level (built-in runs only from the playlist), edit with the token only', async () => {
    const pub = await (await publishLevel({ level: solvableDoc({ title: 'Class saddle' }) })).json();
    const res = await postPlaylist(
      req('/api/playlists', 'POST', { title: '  Week 3:   saddles ', items: [{ kind: 'builtin', id: 'saddle-escape' }, { kind: 'custom', slug: pub.slug }] }),
    );
    expect(res.status).toBe(201);
    const pl = await res.json();
    expect(pl.shareUrl).toBe(`/p/${pl.slug}`);
    expect(pl.editUrl).toBe(`/create/playlist/${pl.slug}#token=${pl.editToken}`);

    const read = await (await getPlaylistRoute(req(`/api/playlists/${pl.slug}`, 'GET'), params({ slug: pl.slug }))).json();
    expect(read.title).toBe('Week 3: saddles');
    expect(read.published).toBe(true);
    expect(read.items).toEqual([
      { kind: 'builtin', id: 'saddle-escape', title: getLevel('saddle-escape')!.title, playUrl: '/play/saddle-escape', progressId: 'saddle-escape' },
      { kind: 'custom', slug: pub.slug, title: 'Class saddle', playUrl: `/play/c/${pub.slug}`, progressId: `c-${pub.slug}` },
    ]);

    expect((await run({ levelId: 'saddle-escape', settings: { optimizer: 'adam', lr: 0.05 }, nickname: 'Cy', playlist: pl.slug })).status).toBe(201);
    expect((await run({ levelId: 'saddle-escape', settings: {}, nickname: 'Cy', playlist: pl.slug })).status).toBe(201);
    expect((await run({ levelId: 'saddle-escape', settings: {}, nickname: 'Outsider' })).status).toBe(201);
    // A formula nickname is refused since issue 11 (letters, digits, spaces, - _ . ' only); a leading '-' still reaches the CSV.
    expect((await run({ customSlug: pub.slug, settings: {}, nickname: '=HYPERLINK("http://x")', playlist: pl.slug })).status).toBe(400);
    expect((await run({ customSlug: pub.slug, settings: {}, nickname: "-2-Dee's", playlist: pl.slug })).status).toBe(201);

    const r = await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }));
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.levels).toHaveLength(2);
    expect(body.levels[0]).toMatchObject({ position: 1, levelId: 'saddle-escape' });
    expect(body.levels[0].results).toHaveLength(1);
    expect(body.levels[0].results[0]).toMatchObject({ nickname: 'Cy', attempts: 2, bestStars: 3, commonFailure: 'saddle-stall' });
    expect(body.levels[1].results[0]).toMatchObject({ nickname: "-2-Dee's", attempts: 1 });

    const csv = await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results?format=csv`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }));
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('position,level,title,version,version_status,nickname,attempts,best_stars,best_score,common_failure,common_failure_label');
    expect(text).toContain(`2,c/${pub.slug},Class saddle,1,current,'-2-Dee's,1,`);

    // The share link cannot edit; a wrong token cannot either.
    const update = { title: 'Mine now', items: [{ kind: 'builtin', id: 'saddle-escape' }] };
    expect((await putPlaylist(req(`/api/playlists/${pl.slug}`, 'PUT', update), params({ slug: pl.slug }))).status).toBe(401);
    expect((await putPlaylist(req(`/api/playlists/${pl.slug}`, 'PUT', update, bearer('y'.repeat(32))), params({ slug: pl.slug }))).status).toBe(403);
    expect((await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results`, 'GET', undefined, bearer('y'.repeat(32))), params({ slug: pl.slug }))).status).toBe(403);
    expect((await putPlaylist(req(`/api/playlists/${pl.slug}`, 'PUT', update, bearer(pl.editToken)), params({ slug: pl.slug }))).status).toBe(200);
    expect((await (await getPlaylistRoute(req(`/api/playlists/${pl.slug}`, 'GET'), params({ slug: pl.slug }))).json()).title).toBe('Mine now');
    const rows = await (await getDb()).query<Record<string, unknown>>('SELECT * FROM playlists WHERE slug = $1', [pl.slug]);
    expect(JSON.stringify(rows)).not.toContain(pl.editToken);

    expect((await deletePlaylist(req(`/api/playlists/${pl.slug}`, 'DELETE', undefined, bearer(pl.editToken)), params({ slug: pl.slug }))).status).toBe(204);
    expect((await getPlaylistRoute(req(`/api/playlists/${pl.slug}`, 'GET'), params({ slug: pl.slug }))).status).toBe(404);
    expect((await getPlaylistRoute(req(`/api/playlists/${pl.slug}`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }))).status).toBe(200);
  });

  it('playlists: refuses unknown levels, empty or oversized lists, long titles, extra fields — nothing stored', async () => {
    const db = await getDb();
    const before = await countPlaylists(db);
    const cases: [unknown, string | undefined][] = [
      [{ title: 'x', items: [{ kind: 'builtin', id: 'no-such-level' }] }, 'items.0.id'],
      [{ title: 'x', items: [{ kind: 'custom', slug: 'aaaaaaaaaa' }] }, 'items.0.slug'],
      [{ title: 'x', items: [] }, 'items'],
      [{ title: 'x', items: Array.from({ length: 51 }, () => ({ kind: 'builtin', id: 'saddle-escape' })) }, 'items'],
      [{ title: 'x'.repeat(121), items: [{ kind: 'builtin', id: 'saddle-escape' }] }, 'title'],
      [{ title: '   ', items: [{ kind: 'builtin', id: 'saddle-escape' }] }, 'title'],
      [{ title: 'x', items: [{ kind: 'builtin', id: 'saddle-escape', extra: 1 }] }, 'items.0.extra'],
      [{ title: 'x', items: [{ kind: 'other', id: 'saddle-escape' }] }, 'items.0.kind'],
      [{ title: 'x', items: [{ kind: 'builtin', id: 'saddle-escape' }], editToken: 'mine' }, 'editToken'],
      ['{"title":', undefined],
    ];
    for (const [body, field] of cases) {
      const res = await postPlaylist(req('/api/playlists', 'POST', body));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((await errorOf(res)).field).toBe(field);
    }
    expect(await countPlaylists(db)).toBe(before);
  });

  it('a run naming a playlist that does not list the level is stored without the playlist', async () => {
    const pl = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'Only saddles', items: [{ kind: 'builtin', id: 'saddle-escape' }] }))).json();
    const res = await run({ levelId: 'ravine-momentum', settings: {}, nickname: 'Dee', playlist: pl.slug });
    expect(res.status).toBe(201);
    const rows = await (await getDb()).query<{ playlist_slug: string | null; failure_kind: string | null }>('SELECT playlist_slug, failure_kind FROM runs WHERE id = $1', [
      (await res.json()).id,
    ]);
    expect(rows[0].playlist_slug).toBeNull();
  });

  it('a duplicate slug is reported as 23505 by the driver, and withNewSlug draws another', async () => {
    const db = await getDb();
    const level = getLevel('saddle-escape')!;
    await insertCustomLevel(db, 'dupdupdup1', level, 'h');
    const err = await insertCustomLevel(db, 'dupdupdup1', level, 'h').catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('23505');
    const slugs: string[] = [];
    const { slug } = await withNewSlug(async (s) => {
      slugs.push(s);
      if (slugs.length === 1) await insertCustomLevel(db, 'dupdupdup1', level, 'h');
      return insertCustomLevel(db, s, level, 'h');
    });
    expect(slugs).toHaveLength(2);
    expect(slug).toBe(slugs[1]);
  });

  it('levelResults: anonymous runs grouped under null, most common failure with alphabetical ties, playlist scope', async () => {
    const db = await getDb();
    const base = { levelId: 'c/resultsxx1', levelSource: 'custom' as const, levelJson: {}, levelHash: 'h', settings: DEFAULT_SETTINGS, seeds: [{ seed: 1, outcome: 'stalled' as const, goalStep: null, score: 0 }], outcome: 'stalled' as const, successRate: 0, ipHash: null };
    let n = 0;
    const add = (nickname: string | null, score: number, stars: number, failureKind: string | null, playlistSlug: string | null = null) =>
      insertRunRow(db, { ...base, id: `res${++n}_${Math.random().toString(36).slice(2, 8)}`, nickname, score, stars, failureKind, playlistSlug });
    await add('Ann', 100, 0, 'plateau');
    await add('Ann', 200, 1, 'divergence');
    await add('Ann', 900, 3, null);
    await add('Ann', 150, 0, 'divergence');
    await add('Ben', 50, 0, 'oscillation');
    await add('Ben', 60, 0, 'noise');
    await add(null, 10, 0, 'plateau');
    await add(null, 20, 0, 'plateau', 'listlistl1');
    const all = await levelResults(db, 'c/resultsxx1');
    expect(all.map((r) => [r.nickname, r.attempts, r.bestStars, r.bestScore, r.commonFailure])).toEqual([
      ['Ann', 4, 3, 900, 'divergence'],
      ['Ben', 2, 0, 60, 'noise'],
      [null, 2, 0, 20, 'plateau'],
    ]);
    const scoped = await levelResults(db, 'c/resultsxx1', 'listlistl1');
    expect(scoped.map((r) => [r.nickname, r.attempts])).toEqual([[null, 1]]);
    expect(toCsv(['nickname'], [resultCells(all[2]).slice(0, 1)])).toBe('nickname\r\n(no nickname)\r\n');
  });

  it('ad-hoc level documents stay off the built-in leaderboards', async () => {
    const doc = { ...getLevel('saddle-escape')!, goal: { kind: 'region', center: [0, 0], radius: 100 } };
    const res = await run({ level: doc, settings: {}, nickname: 'Cheater' });
    expect(res.status).toBe(201);
    const rows = await (await getDb()).query('SELECT * FROM leaderboard_best WHERE nickname = $1', ['Cheater']);
    expect(rows).toHaveLength(0);
  });
});

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('any string survives a round trip through a minimal CSV parser, and never starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const cell = csvCell(s);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(unquoted === s || unquoted === `'${s}`).toBe(true);
        expect(unquoted).not.toMatch(/^[=+\-@\t\r]/);
        if (!cell.startsWith('"')) expect(cell).not.toMatch(/[",\r\n]/);
      }),
    );
  });

  it('every built-in level is within the simulation cost bound (a fork of any of them can be published)', () => {
    // A quarter of the bound leaves a fork room to grow; a real network's example costs ≈ 10×
    // a built-in family's, so its levels keep half of it.
    for (const id of LEVELS.keys()) {
      const level = getLevel(id)!;
      expect(simulationCost(level, 'page'), id).toBeLessThanOrEqual(MAX_SIMULATION_COST / (level.landscape.family === 'network' ? 2 : 4));
    }
  });

  it('jsonDepth is iterative and stops early', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep, 20)).toBe(21);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(jsonDepth('x')).toBe(0);
  });
});
