/**
 * The teacher's desk (issue 14): the route handlers called with `new Request(...)` on PGlite in a
 * temp data folder (and, with TEST_DATABASE_URL, on Postgres). Desk key shown once and stored
 * hashed; levels and playlists made with it are listed with counts; wrong keys list nothing
 * (the same 401 as unknown ones); attach needs the item's own edit token; the desk key edits only
 * its own items; hostile input gets a clear 4xx.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { POST as postRun } from '@/app/api/runs/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import { GET as getLevelRoute, PUT as putLevel } from '@/app/api/custom-levels/[slug]/route';
import { GET as levelResultsRoute } from '@/app/api/custom-levels/[slug]/results/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import { DELETE as deletePlaylist, GET as getPlaylistRoute } from '@/app/api/playlists/[slug]/route';
import { GET as getDesk, POST as postDesk } from '@/app/api/desk/route';
import { POST as postAttach } from '@/app/api/desk/attach/route';
import { DeskDocSchema, NewDeskSchema } from '@/content/contracts/desk';
import { getDb } from './db/db';
import { countCustomLevels } from './db/custom-levels';
import { countPlaylists } from './db/playlists';
import { bearer, params, requestMaker, routeDrivers } from './route-test-kit';

const req = requestMaker(22);
const withDesk = (key: string) => ({ 'x-desk-key': key });
const solvableDoc = (title: string) => ({ ...getLevel('saddle-escape')!, id: 'class-saddle', title });

const makeDesk = async () => NewDeskSchema.parse(await (await postDesk(req('/api/desk', 'POST', {}))).json());
const listDesk = (headers: Record<string, string>) => getDesk(req('/api/desk', 'GET', undefined, headers));
const publishLevel = (title: string, headers: Record<string, string> = {}) => publish(req('/api/custom-levels', 'POST', { level: solvableDoc(title) }, headers));
const makePlaylist = (title: string, slugs: string[], headers: Record<string, string> = {}) =>
  postPlaylist(req('/api/playlists', 'POST', { title, items: [{ kind: 'builtin', id: 'saddle-escape' }, ...slugs.map((slug) => ({ kind: 'custom', slug }))] }, headers));
const attach = (key: string, body: unknown) => postAttach(req('/api/desk/attach', 'POST', body, bearer(key)));
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const DRIVERS = routeDrivers('desk');

describe.each(DRIVERS)('the teacher’s desk on $name', (driver) => {
  beforeAll(() => driver.setup());
  afterAll(() => driver.teardown());
  beforeEach(() => {
    process.env.DESCENT_RATE_LIMIT = 'off';
  });

  it('makes a desk whose key is shown once and stored only as its sha-256', async () => {
    const res = await postDesk(req('/api/desk', 'POST', {}));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const desk = NewDeskSchema.parse(await res.json());
    expect(desk.deskUrl).toBe(`/desk#key=${desk.key}`);
    const rows = await (await getDb()).query<{ id: string; key_hash: string }>('SELECT id, key_hash FROM desks WHERE id = $1', [desk.key.slice(0, 10)]);
    expect(rows).toHaveLength(1);
    expect(rows[0].key_hash).toBe(sha256(desk.key));
    const dump = JSON.stringify(await (await getDb()).query('SELECT * FROM desks'));
    expect(dump).not.toContain(desk.key.slice(10));
    // A new desk is empty.
    const list = await listDesk(bearer(desk.key));
    expect(list.status).toBe(200);
    expect(DeskDocSchema.parse(await list.json())).toEqual({ levels: [], playlists: [] });
  });

  it('lists the levels and playlists made with the key, with links, status and counts', async () => {
    const desk = await makeDesk();
    const a = await publishLevel('Level A', withDesk(desk.key));
    expect(a.status).toBe(201);
    const aBody = await a.json();
    expect(aBody.desk).toBe(true);
    const b = await (await publishLevel('Level B', withDesk(desk.key))).json();
    const other = await (await publishLevel('Not on the desk')).json();
    expect(other.desk).toBeUndefined();
    const pl = await (await makePlaylist('Week 1', [aBody.slug, b.slug], withDesk(desk.key))).json();
    expect(pl.desk).toBe(true);
    // Two runs on level A from the playlist, by two students.
    for (const nickname of ['Ada', 'Bo']) {
      const r = await postRun(req('/api/runs', 'POST', { customSlug: aBody.slug, playlist: pl.slug, settings: { optimizer: 'adam', lr: 0.05 }, nickname }));
      expect(r.status).toBe(201);
    }
    const doc = DeskDocSchema.parse(await (await listDesk(bearer(desk.key))).json());
    expect(doc.levels.map((l) => l.title)).toEqual(['Level B', 'Level A']);
    expect(doc.levels.map((l) => l.slug)).not.toContain(other.slug);
    const levelA = doc.levels.find((l) => l.slug === aBody.slug)!;
    expect(levelA).toMatchObject({ published: true, runs: 2, players: 2, shareUrl: `/play/c/${aBody.slug}`, editUrl: `/create/edit/${aBody.slug}#token=${desk.key}` });
    // The server's proof at publish, shown to the teacher on the desk (a playlist has none).
    expect(['proven', 'unproven', 'none']).toContain(aBody.proof.status);
    expect(levelA.proof).toBe(aBody.proof.status);
    expect(doc.playlists[0]).not.toHaveProperty('proof');
    expect(doc.playlists).toHaveLength(1);
    expect(doc.playlists[0]).toMatchObject({ slug: pl.slug, title: 'Week 1', published: true, runs: 2, players: 2, shareUrl: `/p/${pl.slug}`, editUrl: `/create/playlist/${pl.slug}#token=${desk.key}` });
    // The desk key also edits: it unpublishes the playlist.
    expect(await deletePlaylist(req(`/api/playlists/${pl.slug}`, 'DELETE', undefined, bearer(desk.key)), params({ slug: pl.slug }))).toHaveProperty('status', 204);
    const after = DeskDocSchema.parse(await (await listDesk(bearer(desk.key))).json());
    expect(after.playlists[0].published).toBe(false);
    // The unpublished playlist still opens with the desk key (as with its edit token).
    expect((await getPlaylistRoute(req(`/api/playlists/${pl.slug}`, 'GET', undefined, bearer(desk.key)), params({ slug: pl.slug }))).status).toBe(200);
    expect((await getPlaylistRoute(req(`/api/playlists/${pl.slug}`, 'GET'), params({ slug: pl.slug }))).status).toBe(404);
  });

  it('answers every wrong, unknown, malformed or missing key with the same 401', async () => {
    const desk = await makeDesk();
    await publishLevel('Mine', withDesk(desk.key));
    const wrongSecret = desk.key.slice(0, 10) + (desk.key[10] === 'A' ? 'B' : 'A') + desk.key.slice(11);
    const unknownDesk = 'zzzzzzzzzz' + desk.key.slice(10);
    const bodies = [];
    for (const headers of [bearer(wrongSecret), bearer(unknownDesk), bearer('short'), {}, { authorization: 'Basic abc' }]) {
      const res = await listDesk(headers);
      expect(res.status).toBe(401);
      bodies.push(await res.text());
    }
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toContain('Mine');
  });

  it('refuses to create on a desk the key does not open, storing nothing', async () => {
    const desk = await makeDesk();
    const levels = await countCustomLevels(await getDb());
    const lists = await countPlaylists(await getDb());
    const wrong = 'zzzzzzzzzz' + desk.key.slice(10);
    expect((await publishLevel('Lost', withDesk(wrong))).status).toBe(401);
    expect((await publishLevel('Lost', withDesk('not a key'))).status).toBe(400);
    expect((await makePlaylist('Lost', [], withDesk(wrong))).status).toBe(401);
    expect(await countCustomLevels(await getDb())).toBe(levels);
    expect(await countPlaylists(await getDb())).toBe(lists);
  });

  it('attaches a level or playlist made before with its edit token, never with a wrong one', async () => {
    const desk = await makeDesk();
    const old = await (await publishLevel('Made before')).json();
    const oldList = await (await makePlaylist('Old list', [old.slug])).json();
    const notFound = [
      await attach(desk.key, { kind: 'level', slug: old.slug, token: oldList.editToken }),
      await attach(desk.key, { kind: 'level', slug: 'zzzzzzzzzz', token: old.editToken }),
      await attach(desk.key, { kind: 'playlist', slug: old.slug, token: old.editToken }),
    ];
    const texts = await Promise.all(notFound.map((r) => r.text()));
    expect(notFound.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(new Set(texts).size).toBe(1);
    expect((await attach('zzzzzzzzzz' + desk.key.slice(10), { kind: 'level', slug: old.slug, token: old.editToken })).status).toBe(401);
    expect(DeskDocSchema.parse(await (await listDesk(bearer(desk.key))).json()).levels).toEqual([]);

    const ok = await attach(desk.key, { kind: 'level', slug: old.slug, token: old.editToken });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ kind: 'level', slug: old.slug, title: 'Made before' });
    expect((await attach(desk.key, { kind: 'playlist', slug: oldList.slug, token: oldList.editToken })).status).toBe(200);
    const doc = DeskDocSchema.parse(await (await listDesk(bearer(desk.key))).json());
    expect(doc.levels.map((l) => l.slug)).toEqual([old.slug]);
    expect(doc.playlists.map((l) => l.slug)).toEqual([oldList.slug]);
    // The old edit link keeps working.
    expect((await levelResultsRoute(req(`/api/custom-levels/${old.slug}/results`, 'GET', undefined, bearer(old.editToken)), params({ slug: old.slug }))).status).toBe(200);
  });

  it('lets a desk key edit only the items its own desk owns', async () => {
    const mine = await makeDesk();
    const theirs = await makeDesk();
    const level = await (await publishLevel('Theirs', withDesk(theirs.key))).json();
    const loose = await (await publishLevel('On no desk')).json();
    const put = (slug: string, key: string) => putLevel(req(`/api/custom-levels/${slug}`, 'PUT', { level: solvableDoc('Changed') }, bearer(key)), params({ slug }));
    expect((await put(level.slug, mine.key)).status).toBe(403);
    expect((await put(loose.slug, mine.key)).status).toBe(403);
    expect((await levelResultsRoute(req(`/api/custom-levels/${level.slug}/results`, 'GET', undefined, bearer(mine.key)), params({ slug: level.slug }))).status).toBe(403);
    // Attaching needs the item's edit token: another desk's key cannot take it.
    expect((await attach(mine.key, { kind: 'level', slug: level.slug, token: theirs.key })).status).toBe(404);
    // The owner's desk key edits, reads results, and sees the level's proof like the edit token.
    expect((await put(level.slug, theirs.key)).status).toBe(200);
    expect((await levelResultsRoute(req(`/api/custom-levels/${level.slug}/results`, 'GET', undefined, bearer(theirs.key)), params({ slug: level.slug }))).status).toBe(200);
    const read = await (await getLevelRoute(req(`/api/custom-levels/${level.slug}`, 'GET', undefined, bearer(theirs.key)), params({ slug: level.slug }))).json();
    expect(read.level.title).toBe('Changed');
    expect('proof' in read).toBe(true);
  });

  it('answers hostile input with a clear 4xx', async () => {
    const desk = await makeDesk();
    const big = await postDesk(req('/api/desk', 'POST', { pad: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    expect((await postDesk(req('/api/desk', 'POST', { extra: 1 }))).status).toBe(400);
    expect((await postDesk(req('/api/desk', 'POST', '{not json'))).status).toBe(400);
    expect((await postDesk(req('/api/desk', 'POST', {}, { 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await postDesk(req('/api/desk', 'POST', {}, { origin: 'https://evil.example' }))).status).toBe(403);
    const cases: [unknown, number][] = [
      [{ kind: 'level', slug: 'x'.repeat(2000), token: 'a' }, 413],
      [{ kind: 'level', slug: 'ABC', token: 'a' }, 400],
      [{ kind: 'song', slug: 'abcdefghij', token: 'a' }, 400],
      [{ kind: 'level', slug: 'abcdefghij', token: 'a b' }, 400],
      [{ kind: 'level', slug: 'abcdefghij' }, 400],
      [{ kind: 'level', slug: 'abcdefghij', token: 'a', more: 1 }, 400],
      [[1, 2], 400],
      ['"\\u0000"', 400],
    ];
    for (const [body, status] of cases) {
      const res = await attach(desk.key, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const text = await res.text();
      expect(text).not.toMatch(/\n\s+at |node_modules/);
      expect(typeof JSON.parse(text).error).toBe('string');
    }
    expect((await listDesk(bearer(`${desk.key}${'x'.repeat(300)}`))).status).toBe(401);
    expect((await listDesk({ authorization: `Bearer ${desk.key} extra` })).status).toBe(401);
  });
});
