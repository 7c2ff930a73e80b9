/**
 * The teacher API client with a stubbed fetch: the edit token goes only in the Authorization
 * header (never in a URL), answers are checked, errors come back as text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlaylist, fetchLevel, fetchLevelTitle, fetchPlaylist, fetchPlaylistResults, fetchPlaylistResultsCsv, unpublishPlaylist, updatePlaylist } from './client';

const TOKEN = 'Qm9fZWRpdF90b2tlbl8xMjM0NTY3ODkwYWJj';

function stub(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    return new Response(status === 204 ? null : typeof body === 'string' ? body : JSON.stringify(body), { status });
  });
  return calls;
}
const auth = (init: RequestInit) => new Headers(init.headers).get('authorization');

afterEach(() => vi.unstubAllGlobals());

describe('teacher API client', () => {
  it('fetchLevel sends the edit token as a Bearer header when it has one', async () => {
    const calls = stub(200, { slug: 'k3x9q0b7mz', level: { id: 'x' } });
    expect(await fetchLevel('k3x9q0b7mz', TOKEN)).toEqual({ ok: true, value: { id: 'x' } });
    expect(await fetchLevel('k3x9q0b7mz')).toEqual({ ok: true, value: { id: 'x' } });
    expect(auth(calls[0].init)).toBe(`Bearer ${TOKEN}`);
    expect(auth(calls[1].init)).toBeNull();
    for (const c of calls) expect(c.url).not.toContain(TOKEN);
  });

  it('fetchLevelTitle reads a published level’s title, and says 404 plainly', async () => {
    stub(200, { slug: 'k3x9q0b7mz', level: { title: 'Our saddle' } });
    expect(await fetchLevelTitle('k3x9q0b7mz')).toEqual({ ok: true, value: { slug: 'k3x9q0b7mz', title: 'Our saddle' } });
    stub(404, { error: 'level not found' });
    expect(await fetchLevelTitle('zzzzzzzzzz')).toEqual({ ok: false, status: 404, error: 'level not found' });
  });

  it('playlists: create, read, update, unpublish and results keep the token in the header', async () => {
    let calls = stub(201, { slug: 'p0q1r2s3t4', shareUrl: '/p/p0q1r2s3t4', editUrl: `/create/playlist/p0q1r2s3t4#token=${TOKEN}`, editToken: TOKEN });
    const body = { title: 'T', items: [{ kind: 'builtin', id: 'saddle-escape' }] };
    expect((await createPlaylist(body)).ok).toBe(true);
    expect(calls[0].url).toBe('/api/playlists');
    expect(calls[0].init.method).toBe('POST');
    expect(JSON.parse(String(calls[0].init.body))).toEqual(body);

    calls = stub(200, { slug: 'p0q1r2s3t4', title: 'T', published: true, items: [{ kind: 'builtin', id: 'saddle-escape', title: 'S', playUrl: '/play/saddle-escape', progressId: 'saddle-escape' }] });
    const read = await fetchPlaylist('p0q1r2s3t4', TOKEN);
    expect(read.ok && read.value.items[0]).toMatchObject({ kind: 'builtin', id: 'saddle-escape', progressId: 'saddle-escape' });
    expect(calls[0].url).toBe('/api/playlists/p0q1r2s3t4');
    expect(auth(calls[0].init)).toBe(`Bearer ${TOKEN}`);
    calls = stub(200, { slug: 'p0q1r2s3t4', shareUrl: '/p/p0q1r2s3t4', updatedAt: 'now' });
    expect((await updatePlaylist('p0q1r2s3t4', TOKEN, body)).ok).toBe(true);
    expect(calls[0].init.method).toBe('PUT');
    expect(auth(calls[0].init)).toBe(`Bearer ${TOKEN}`);
    calls = stub(204, null);
    expect((await unpublishPlaylist('p0q1r2s3t4', TOKEN)).ok).toBe(true);
    expect(calls[0].init.method).toBe('DELETE');
    expect(auth(calls[0].init)).toBe(`Bearer ${TOKEN}`);
    calls = stub(200, 'position,level\r\n');
    expect(await fetchPlaylistResultsCsv('p0q1r2s3t4', TOKEN)).toEqual({ ok: true, value: 'position,level\r\n' });
    expect(calls[0].url).toBe('/api/playlists/p0q1r2s3t4/results?format=csv');
    expect(auth(calls[0].init)).toBe(`Bearer ${TOKEN}`);
  });

  it('reads the results answer, and passes a refusal through with its status', async () => {
    stub(200, {
      slug: 'p0q1r2s3t4',
      title: 'T',
      published: true,
      levels: [{ position: 1, kind: 'custom', slug: 'k3x9q0b7mz', title: null, levelId: 'c/k3x9q0b7mz', results: [{ nickname: 'Ada', attempts: 1 }] }],
    });
    const ok = await fetchPlaylistResults('p0q1r2s3t4', TOKEN);
    expect(ok.ok && ok.value.levels[0].results).toEqual([{ nickname: 'Ada', attempts: 1 }]);
    stub(403, { error: 'this edit token does not match' });
    expect(await fetchPlaylistResults('p0q1r2s3t4', 'wrong')).toEqual({ ok: false, status: 403, error: 'this edit token does not match' });
    stub(200, { levels: 'nope' });
    expect(await fetchPlaylistResults('p0q1r2s3t4', TOKEN)).toMatchObject({ ok: false, error: 'unexpected answer from the server' });
  });
});
