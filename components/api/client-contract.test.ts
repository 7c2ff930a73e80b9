/**
 * The teacher pages' API client against the real route handlers (fetch routed to them, PGlite
 * in a temp folder): what the playlist pages send is accepted, what the server answers passes
 * the client's zod schemas, and a student's run sent by the player (verify.ts, with nickname and
 * playlist) shows in the playlist's results. Tokens: header only, 401 / 403 passed through.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { levelDefaults } from '@/engine';
import { getLevel } from '@/content/levels';
import { POST as postRun } from '@/app/api/runs/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import * as levelRoute from '@/app/api/custom-levels/[slug]/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import * as playlistRoute from '@/app/api/playlists/[slug]/route';
import { GET as playlistResults } from '@/app/api/playlists/[slug]/results/route';
import { closeDb } from '@/app/_server/db/db';
import { submitRun } from '@/components/player/verify';
import { playlistPlace } from '@/components/player/playlist-nav';
import * as api from './client';
import { entriesFromItems, playlistRequestBody, type PlaylistEntry } from '@/components/editor/playlist-draft';
import { tEn } from '@/components/editor/test-intl';

type Handler = (r: Request, ctx: { params: Promise<{ slug: string }> }) => Promise<Response>;
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

/** fetch, answered by the route handlers. */
async function routed(url: string, init: RequestInit = {}): Promise<Response> {
  const u = new URL(url, 'http://localhost');
  const headers = new Headers(init.headers);
  headers.set('x-forwarded-for', '10.77.0.1');
  const request = new Request(u, { method: init.method ?? 'GET', headers, body: init.body ?? undefined });
  const method = request.method as 'GET' | 'PUT' | 'DELETE';
  let m: RegExpExecArray | null;
  if (u.pathname === '/api/runs') return postRun(request);
  if (u.pathname === '/api/custom-levels') return publish(request);
  if (u.pathname === '/api/playlists') return postPlaylist(request);
  if ((m = /^\/api\/custom-levels\/([^/]+)$/.exec(u.pathname))) return (levelRoute[method] as Handler)(request, ctx(m[1]));
  if ((m = /^\/api\/playlists\/([^/]+)\/results$/.exec(u.pathname))) return playlistResults(request, ctx(m[1]));
  if ((m = /^\/api\/playlists\/([^/]+)$/.exec(u.pathname))) return (playlistRoute[method] as Handler)(request, ctx(m[1]));
  return new Response('{"error":"no route"}', { status: 404 });
}

let dataDir = '';
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'descent-playlist-client-'));
  delete process.env.DATABASE_URL;
  process.env.DESCENT_DATA_DIR = path.join(dataDir, 'pglite');
  vi.stubGlobal('fetch', routed);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await closeDb();
  await rm(dataDir, { recursive: true, force: true });
});

describe('playlist pages ↔ server', () => {
  it('builds, shares, plays, reads results, edits and unpublishes a playlist', async () => {
    // A teacher's published level, added by its share link.
    const level = await api.publishLevel({ ...getLevel('saddle-escape')!, id: 'class-saddle', title: 'Our saddle' });
    expect(level.ok).toBe(true);
    if (!level.ok) return;
    const titled = await api.fetchLevelTitle(level.value.slug);
    expect(titled).toEqual({ ok: true, value: { slug: level.value.slug, title: 'Our saddle' } });
    expect((await api.fetchLevelTitle('zzzzzzzzzz')).ok).toBe(false);

    const entries: PlaylistEntry[] = [
      { kind: 'builtin', id: 'ravine-momentum', title: 'Ravine' },
      { kind: 'custom', slug: level.value.slug, title: 'Our saddle' },
    ];
    const body = playlistRequestBody('  Week 3 ', entries, tEn);
    expect(body.ok).toBe(true);
    if (!body.ok) return;
    const created = await api.createPlaylist(body.body);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { slug, editToken } = created.value;
    expect(created.value.shareUrl).toBe(`/p/${slug}`);
    expect(created.value.editUrl).toBe(`/create/playlist/${slug}#token=${editToken}`);

    // A student: the bar's data, and a run sent as the player sends it.
    const list = await api.fetchPlaylist(slug);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.value.title).toBe('Week 3');
    const place = playlistPlace(list.value.items, 'ravine-momentum', slug);
    expect(place).toMatchObject({ index: 0, total: 2, prev: null, next: { href: `/play/c/${level.value.slug}?list=${slug}`, title: 'Our saddle' } });
    expect(playlistPlace(list.value.items, `c-${level.value.slug}`, slug)).toMatchObject({ index: 1, prev: { href: `/play/ravine-momentum?list=${slug}` } });
    const ravine = getLevel('ravine-momentum')!;
    const verified = await submitRun('ravine-momentum', { ...levelDefaults(ravine), ...ravine.solution }, ' Ada ', { playlist: slug });
    expect(verified?.stars).toBe(3);
    expect(await submitRun('ravine-momentum', levelDefaults(ravine), 'Bo', {})).not.toBeNull(); // not from the playlist: not counted

    // The teacher: results need the token; a wrong one is refused with its status.
    expect(await api.fetchPlaylistResults(slug, 'wrong-token-0123456789')).toMatchObject({ ok: false, status: 403 });
    const results = await api.fetchPlaylistResults(slug, editToken);
    expect(results.ok).toBe(true);
    if (!results.ok) return;
    expect(results.value.levels.map((l) => l.position)).toEqual([1, 2]);
    expect(results.value.levels[0].results).toEqual([expect.objectContaining({ nickname: 'Ada', attempts: 1, bestStars: 3 })]);
    const csv = await api.fetchPlaylistResultsCsv(slug, editToken);
    expect(csv.ok && csv.value).toContain('Ada');

    // Edit: reorder, save, read back; unpublish: gone for students, still there with the token.
    const loaded = await api.fetchPlaylist(slug, editToken);
    if (!loaded.ok) throw new Error(loaded.error);
    const reordered = playlistRequestBody('Week 3, again', entriesFromItems(loaded.value.items, tEn).reverse(), tEn);
    if (!reordered.ok) throw new Error(reordered.problems.join());
    expect(await api.updatePlaylist(slug, 'wrong-token-0123456789', reordered.body)).toMatchObject({ ok: false, status: 403 });
    expect((await api.updatePlaylist(slug, editToken, reordered.body)).ok).toBe(true);
    const again = await api.fetchPlaylist(slug);
    expect(again.ok && again.value.items.map((i) => i.progressId)).toEqual([`c-${level.value.slug}`, 'ravine-momentum']);
    expect((await api.unpublishPlaylist(slug, editToken)).ok).toBe(true);
    expect(await api.fetchPlaylist(slug)).toMatchObject({ ok: false, status: 404 });
    expect(await api.fetchPlaylist(slug, editToken)).toMatchObject({ ok: true, value: { published: false } });
  });

  it('the editor reopens an unpublished level with its token only', async () => {
    const level = await api.publishLevel({ ...getLevel('saddle-escape')!, id: 'class-saddle-2', title: 'Gone soon' });
    if (!level.ok) throw new Error(level.error);
    expect((await api.unpublishLevel(level.value.slug, level.value.editToken)).ok).toBe(true);
    expect(await api.fetchLevel(level.value.slug)).toMatchObject({ ok: false, status: 404 });
    expect(await api.fetchLevel(level.value.slug, level.value.editToken)).toMatchObject({ ok: true, value: { title: 'Gone soon' } });
    expect(await api.fetchLevelState(level.value.slug, level.value.editToken)).toMatchObject({ ok: true, value: { published: false, level: { title: 'Gone soon' } } });
    expect(await api.fetchLevelState(level.value.slug, 'wrong-token-0123456789')).toMatchObject({ ok: false, status: 404 });
  });
});
