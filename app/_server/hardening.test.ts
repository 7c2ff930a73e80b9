/**
 * Issue 11 (server side): hostile input refused at the boundary, on PGlite and, with
 * TEST_DATABASE_URL, on Postgres. Ad-hoc level documents are drafts (never a built-in's or a
 * playlist's result); one text rule for every user string (400 naming the field, nothing stored);
 * JSON routes answer 415 to other content types; state-changing routes refuse a foreign Origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getRunRoute } from '@/app/api/runs/[id]/route';
import { GET as getBoard } from '@/app/api/levels/[levelId]/leaderboard/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import { DELETE as deleteLevel, PUT as putLevel } from '@/app/api/custom-levels/[slug]/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import { DELETE as deletePlaylist, PUT as putPlaylist } from '@/app/api/playlists/[slug]/route';
import { GET as playlistResultsRoute } from '@/app/api/playlists/[slug]/results/route';
import { GET as getProgressRoute, PUT as putProgressRoute } from '@/app/api/progress/route';
import { closeDb, setDb } from './db/db';
import { countCustomLevels } from './db/custom-levels';
import { countPlaylists } from './db/playlists';
import { countRuns } from './db/runs';
import { TEST_DRIVERS, type TestDb } from './db/test-drivers';
import type { Db } from './db/types';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';

let ipCounter = 0;
const nextIp = () => `10.11.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

function req(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${url}`, {
    method,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: { host: 'localhost', 'content-type': 'application/json', [CLIENT_IP_HEADER]: nextIp(), ...headers },
  });
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A level document a teacher could publish (saddle-escape under another id). */
const levelDoc = (over: Record<string, unknown> = {}) => ({ ...getLevel('saddle-escape')!, id: 'class-saddle', title: 'Our saddle', ...over });

/** Strings no route may store (each refused with 400 naming the field). */
const HOSTILE: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\uD800b'],
  ['lone low surrogate', '\uDFFFz'],
  ['escape (C0)', 'red\u001b[31m'],
  ['carriage return', 'one\rtwo'],
  ['DEL', 'a\u007fb'],
  ['C1 NEL', 'a\u0085b'],
  ['C1 CSI', 'a\u009bb'],
];

describe.each(TEST_DRIVERS)('hardening on $name', (driver) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => {
    process.env.DESCENT_RATE_LIMIT = 'off';
    process.env.DESCENT_PUBLISH_LIMIT = 'off';
    t = await driver.open();
    db = t.db;
    setDb(db);
  });
  afterAll(async () => {
    await closeDb();
    delete process.env.DESCENT_PUBLISH_LIMIT;
  });

  const counts = async () => ({ runs: await countRuns(db), levels: await countCustomLevels(db), playlists: await countPlaylists(db) });

  it('the forgery of issue 11: a document with a built-in id, an easy goal and a playlist is a draft, counted nowhere', async () => {
    const pl = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'Week 3', items: [{ kind: 'builtin', id: 'saddle-escape' }] }))).json();
    const forged = levelDoc({ id: 'saddle-escape', title: getLevel('saddle-escape')!.title, goal: { kind: 'region', center: [0.3, 1e-6], radius: 5 } });
    const res = await postRun(req('/api/runs', 'POST', { level: forged, settings: { optimizer: 'adam', lr: 0.05 }, nickname: 'Mallory', playlist: pl.slug }));
    expect(res.status).toBe(201);
    const run = await res.json();
    expect(run.stars).toBe(3); // the easy goal is reached: it must count nowhere
    expect(run.levelId).toBe('draft/saddle-escape');
    const stored = await (await getRunRoute(req(`/api/runs/${run.id}`, 'GET'), params({ id: run.id }))).json();
    expect(stored).toMatchObject({ levelId: 'draft/saddle-escape', levelSource: 'custom' });
    expect(await countRuns(db, 'saddle-escape')).toBe(0);

    const results = await (await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }))).json();
    expect(results.levels[0].results).toEqual([]);
    const board = await (await getBoard(req('/api/levels/saddle-escape/leaderboard', 'GET'), params({ levelId: 'saddle-escape' }))).json();
    expect(board.entries.map((e: { nickname: string }) => e.nickname)).not.toContain('Mallory');

    // A row stored before the draft namespace (document id = a built-in id) is not counted either.
    await db.query(`UPDATE runs SET level_id = 'saddle-escape', playlist_slug = $2 WHERE id = $1`, [run.id, pl.slug]);
    const legacy = await (await playlistResultsRoute(req(`/api/playlists/${pl.slug}/results`, 'GET', undefined, bearer(pl.editToken)), params({ slug: pl.slug }))).json();
    expect(legacy.levels[0].results).toEqual([]);
  });

  it('one text rule: every route that takes text answers 400 naming the field, and stores nothing', async () => {
    const pub = await (await publish(req('/api/custom-levels', 'POST', { level: levelDoc() }))).json();
    const pl = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'Mine', items: [{ kind: 'builtin', id: 'saddle-escape' }] }))).json();
    const before = await counts();
    const pid = 'descent_pid=AAAAAAAAAAAAAAAAAAAAAA';
    for (const [name, s] of HOSTILE) {
      const cases: [string, () => Promise<Response>, string][] = [
        ['run nickname', () => postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {}, nickname: s })), 'nickname'],
        ['run document title', () => postRun(req('/api/runs', 'POST', { level: levelDoc({ title: s }), settings: {} })), 'level.title'],
        ['run document hint', () => postRun(req('/api/runs', 'POST', { level: levelDoc({ hints: ['ok', s] }), settings: {} })), 'level.hints.1'],
        ['publish goal text', () => publish(req('/api/custom-levels', 'POST', { level: levelDoc({ goalText: s }) })), 'level.goalText'],
        ['publish solution text', () => publish(req('/api/custom-levels', 'POST', { level: levelDoc({ solutionText: s }) })), 'level.solutionText'],
        ['edit title', () => putLevel(req(`/api/custom-levels/${pub.slug}`, 'PUT', { level: levelDoc({ title: s }) }, bearer(pub.editToken)), params({ slug: pub.slug })), 'level.title'],
        ['playlist title', () => postPlaylist(req('/api/playlists', 'POST', { title: s, items: [{ kind: 'builtin', id: 'saddle-escape' }] })), 'title'],
        ['playlist edit title', () => putPlaylist(req(`/api/playlists/${pl.slug}`, 'PUT', { title: s, items: [{ kind: 'builtin', id: 'saddle-escape' }] }, bearer(pl.editToken)), params({ slug: pl.slug })), 'title'],
        ['progress query', () => putProgressRoute(req('/api/progress', 'PUT', { version: 1, bests: { 'saddle-escape': { score: 1, stars: 1, query: s, at: 'x' } } }, { cookie: pid })), 'bests.saddle-escape.query'],
        ['progress visited', () => putProgressRoute(req('/api/progress', 'PUT', { version: 1, bests: {}, visited: { intro: s } }, { cookie: pid })), 'visited.intro'],
        ['a key', () => putProgressRoute(req('/api/progress', 'PUT', { version: 1, bests: {}, visited: { [s]: 'x' } }, { cookie: pid })), `visited.${s}`],
      ];
      for (const [what, call, field] of cases) {
        const res = await call();
        const label = `${name} in ${what}`;
        expect(res.status, label).toBe(400);
        const body = await res.json();
        expect(body.field, label).toBe(field);
        expect(body.error, label).toMatch(/well-formed|control character/);
      }
    }
    expect(await counts()).toEqual(before);
    const progress = await (await getProgressRoute(req('/api/progress', 'GET', undefined, { cookie: pid }))).json();
    expect(progress.progress).toBeNull();
  });

  it('length limits name the field; NFC applied; an RTL override is text in a level but not in a nickname', async () => {
    const long = await postPlaylist(req('/api/playlists', 'POST', { title: 'x'.repeat(121), items: [{ kind: 'builtin', id: 'saddle-escape' }] }));
    expect(long.status).toBe(400);
    expect((await long.json()).field).toBe('title');
    const longHint = await publish(req('/api/custom-levels', 'POST', { level: levelDoc({ hints: ['h'.repeat(1001)] }) }));
    expect(longHint.status).toBe(400);
    expect((await longHint.json()).field).toBe('level.hints.0');
    const rtl = await publish(req('/api/custom-levels', 'POST', { level: levelDoc({ title: 'Cafe\u0301 \u202Eright-to-left' }) }));
    expect(rtl.status).toBe(201);
    const slug = (await rtl.json()).slug;
    const [row] = await db.query<{ title: string }>(`SELECT level_json->>'title' AS title FROM custom_levels WHERE slug = $1`, [slug]);
    expect(row.title).toBe('Caf\u00e9 \u202Eright-to-left'); // NFC: e + combining acute → é
    const nick = await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {}, nickname: 'ab\u202Ecd' }));
    expect(nick.status).toBe(400);
    expect((await nick.json()).field).toBe('nickname');
  });

  it('415 for any body that is not application/json; nothing stored', async () => {
    const before = await counts();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', '']) {
      const headers = { 'content-type': type };
      const calls = [
        postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {} }, headers)),
        publish(req('/api/custom-levels', 'POST', { level: levelDoc() }, headers)),
        postPlaylist(req('/api/playlists', 'POST', { title: 'T', items: [{ kind: 'builtin', id: 'saddle-escape' }] }, headers)),
        putProgressRoute(req('/api/progress', 'PUT', { version: 1, bests: {} }, headers)),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status, type).toBe(415);
        expect((await res.json()).field).toBe('content-type');
      }
    }
    expect(await counts()).toEqual(before);
    const charset = await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {} }, { 'content-type': 'application/json; charset=utf-8' }));
    expect(charset.status).toBe(201);
  });

  it('403 for a foreign Origin on every state-changing route; same-origin and absent Origin pass', async () => {
    const pub = await (await publish(req('/api/custom-levels', 'POST', { level: levelDoc() }))).json();
    const pl = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'T', items: [{ kind: 'builtin', id: 'saddle-escape' }] }))).json();
    const before = await counts();
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null', 'http://localhost:4000']) {
      const o = { origin };
      const calls = [
        postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {} }, o)),
        publish(req('/api/custom-levels', 'POST', { level: levelDoc() }, o)),
        putLevel(req(`/api/custom-levels/${pub.slug}`, 'PUT', { level: levelDoc() }, { ...o, ...bearer(pub.editToken) }), params({ slug: pub.slug })),
        deleteLevel(req(`/api/custom-levels/${pub.slug}`, 'DELETE', undefined, { ...o, ...bearer(pub.editToken) }), params({ slug: pub.slug })),
        postPlaylist(req('/api/playlists', 'POST', { title: 'T', items: [{ kind: 'builtin', id: 'saddle-escape' }] }, o)),
        putPlaylist(req(`/api/playlists/${pl.slug}`, 'PUT', { title: 'T2', items: [{ kind: 'builtin', id: 'saddle-escape' }] }, { ...o, ...bearer(pl.editToken) }), params({ slug: pl.slug })),
        deletePlaylist(req(`/api/playlists/${pl.slug}`, 'DELETE', undefined, { ...o, ...bearer(pl.editToken) }), params({ slug: pl.slug })),
        putProgressRoute(req('/api/progress', 'PUT', { version: 1, bests: {} }, o)),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status, origin).toBe(403);
        expect((await res.json()).field).toBe('origin');
      }
    }
    expect(await counts()).toEqual(before);
    const [published] = await db.query<{ published: boolean }>('SELECT published FROM custom_levels WHERE slug = $1', [pub.slug]);
    expect(published.published).toBe(true);
    expect((await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {} }, { origin: 'http://localhost' }))).status).toBe(201);
    expect((await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {} }, { origin: 'https://descent.example', host: 'proxy:3000', 'x-forwarded-host': 'descent.example' }))).status).toBe(201);
    expect((await postRun(req('/api/runs', 'POST', { levelId: 'saddle-escape', settings: {} }))).status).toBe(201);
  });
});
