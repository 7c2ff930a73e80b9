/**
 * Results by level version and republishing (issue 14): an edit of a published level (PUT) keeps
 * its slug and share link, stores no second level, and starts a new version; the results (JSON
 * and CSV, of the level and of a playlist) split the runs by version, the current one first.
 * Route handlers on PGlite in a temp data folder and, with TEST_DATABASE_URL, on Postgres.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { POST as postRun } from '@/app/api/runs/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import { GET as getLevelRoute, PUT as putLevel } from '@/app/api/custom-levels/[slug]/route';
import { GET as levelResultsRoute } from '@/app/api/custom-levels/[slug]/results/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import { GET as playlistResultsRoute } from '@/app/api/playlists/[slug]/results/route';
import { getDb } from './db/db';
import { bearer, params, requestMaker, routeDrivers } from './route-test-kit';
import { countCustomLevels } from './db/custom-levels';
import type { VersionNicknameResult } from './db/results';
import { groupVersions } from './services/result-versions';

const req = requestMaker(14);
const doc = (over: Record<string, unknown> = {}) => ({ ...getLevel('saddle-escape')!, id: 'class-saddle', title: 'Our saddle', ...over });
const run = (body: unknown) => postRun(req('/api/runs', 'POST', body));
const WIN = { optimizer: 'adam', lr: 0.05 };

const DRIVERS = routeDrivers('versions');

describe.each(DRIVERS)('results by version on $name', (driver) => {
  beforeAll(() => driver.setup());
  afterAll(() => driver.teardown());
  beforeEach(() => {
    process.env.DESCENT_RATE_LIMIT = 'off';
  });

  it('republishing keeps the slug and share link, stores no duplicate, and splits the results by version', async () => {
    const pub = await (await publish(req('/api/custom-levels', 'POST', { level: doc() }))).json();
    const levels = await countCustomLevels(await getDb());
    expect((await run({ customSlug: pub.slug, settings: WIN, nickname: 'Ada' })).status).toBe(201);
    expect((await run({ customSlug: pub.slug, settings: {}, nickname: 'Bo' })).status).toBe(201);

    // Republish: PUT to the same slug (a second POST would be a new level with a new link).
    const put = await putLevel(req(`/api/custom-levels/${pub.slug}`, 'PUT', { level: doc({ title: 'Our saddle, take 2' }) }, bearer(pub.editToken)), params({ slug: pub.slug }));
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ slug: pub.slug, shareUrl: pub.shareUrl });
    expect(await countCustomLevels(await getDb())).toBe(levels);
    const read = await (await getLevelRoute(req(`/api/custom-levels/${pub.slug}`, 'GET'), params({ slug: pub.slug }))).json();
    expect(read.level.title).toBe('Our saddle, take 2');
    // POST always creates: that is why the editor's second press is a PUT ("Republish").
    const copy = await (await publish(req('/api/custom-levels', 'POST', { level: doc() }))).json();
    expect(copy.slug).not.toBe(pub.slug);
    expect(await countCustomLevels(await getDb())).toBe(levels + 1);

    const results = async (query = '') => levelResultsRoute(req(`/api/custom-levels/${pub.slug}/results${query}`, 'GET', undefined, bearer(pub.editToken)), params({ slug: pub.slug }));
    // Right after the edit: the new version is listed first, with no runs yet.
    let body = await (await results()).json();
    expect(body.versions.map((v: { version: number; current: boolean; attempts: number }) => [v.version, v.current, v.attempts])).toEqual([
      [2, true, 0],
      [1, false, 2],
    ]);
    expect(body.versions[0].publishedAt).toBe(read.updatedAt);
    expect(body.versions[1].publishedAt).toBeNull();

    expect((await run({ customSlug: pub.slug, settings: WIN, nickname: 'Ada' })).status).toBe(201);
    body = await (await results()).json();
    const [v2, v1] = body.versions;
    expect(v2).toMatchObject({ version: 2, current: true, attempts: 1, players: 1 });
    expect(v2.results).toMatchObject([{ nickname: 'Ada', attempts: 1, bestStars: 3 }]);
    expect(v1).toMatchObject({ version: 1, current: false, attempts: 2, players: 2 });
    expect(v1.results.map((r: { nickname: string }) => r.nickname)).toEqual(['Ada', 'Bo']);
    expect(v1.levelHash).not.toBe(v2.levelHash);
    expect(new Date(v2.firstAt).getTime()).toBeGreaterThanOrEqual(new Date(v1.lastAt).getTime());
    // All versions together, as before.
    expect(body.results.find((r: { nickname: string }) => r.nickname === 'Ada')).toMatchObject({ attempts: 2 });

    const lines = (await (await results('?format=csv')).text()).trim().split('\r\n');
    expect(lines[0]).toBe('version,version_status,nickname,attempts,best_stars,best_score,common_failure,common_failure_label');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['2,current,Ada', '1,earlier,Ada', '1,earlier,Bo']);

    // A playlist's per-level results split the same way.
    const pl = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'Versions', items: [{ kind: 'custom', slug: pub.slug }, { kind: 'builtin', id: 'saddle-escape' }] }))).json();
    const plRes = await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }));
    const plBody = await plRes.json();
    expect(plBody.levels[0].versions.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    // A built-in level without runs from this playlist lists no version.
    expect(plBody.levels[1].versions).toEqual([]);
    const plCsv = await (await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results?format=csv`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }))).text();
    const plLines = plCsv.trim().split('\r\n');
    expect(plLines[0]).toBe('position,level,title,version,version_status,nickname,attempts,best_stars,best_score,common_failure,common_failure_label');
    expect(plLines.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
      `1,c/${pub.slug},"Our saddle, take 2",2,current,Ada`,
      `1,c/${pub.slug},"Our saddle, take 2",1,earlier,Ada`,
      `1,c/${pub.slug},"Our saddle, take 2",1,earlier,Bo`,
    ]);
  });
});

describe('groupVersions', () => {
  const at = (m: number) => new Date(Date.UTC(2026, 11, 2, 14, m));
  const line = (levelHash: string, nickname: string | null, bestScore: number, first: number, last = first): VersionNicknameResult => ({
    levelHash,
    nickname,
    attempts: 1,
    bestStars: 0,
    bestScore,
    commonFailure: null,
    firstAt: at(first),
    lastAt: at(last),
  });

  it('numbers versions by first run, lists the current one first, then newest first', () => {
    const lines = [line('b', 'Ann', 10, 20), line('a', 'Ann', 5, 1, 30), line('c', null, 1, 40), line('a', 'Ben', 7, 2)];
    const v = groupVersions(lines, { levelHash: 'b', publishedAt: at(15), listEmpty: true });
    expect(v.map((x) => [x.version, x.levelHash, x.current, x.attempts, x.players])).toEqual([
      [2, 'b', true, 1, 1],
      [3, 'c', false, 1, 1],
      [1, 'a', false, 2, 2],
    ]);
    expect(v[0].publishedAt).toEqual(at(15));
    expect(v[2].results.map((r) => r.nickname)).toEqual(['Ben', 'Ann']);
    expect(v[2].firstAt).toEqual(at(1));
    expect(v[2].lastAt).toEqual(at(30));
  });

  it('lists a current version without runs only when asked (custom levels)', () => {
    const lines = [line('a', 'Ann', 5, 1)];
    expect(groupVersions(lines, { levelHash: 'new', publishedAt: at(9), listEmpty: true }).map((x) => [x.version, x.current, x.attempts])).toEqual([
      [2, true, 0],
      [1, false, 1],
    ]);
    expect(groupVersions(lines, { levelHash: 'new', publishedAt: null, listEmpty: false }).map((x) => [x.version, x.current])).toEqual([[1, false]]);
    expect(groupVersions([], null)).toEqual([]);
  });
});
