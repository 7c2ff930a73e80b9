import { beforeEach, describe, expect, it } from 'vitest';
import { pullProgress, pushProgress } from './server-copy';
import { readBests, recordResult } from '@/components/course/progress';

const store = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  value: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) },
  configurable: true,
});

/** A fake /api/progress that keeps what was PUT. */
function fakeServer() {
  let saved: unknown = null;
  const fetcher = (async (_url: string, init?: RequestInit) => {
    if (init?.method === 'PUT') {
      saved = JSON.parse(String(init.body));
      return new Response('{"ok":true}', { status: 200 });
    }
    return new Response(JSON.stringify({ progress: saved }), { status: 200 });
  }) as typeof fetch;
  return { fetcher, saved: () => saved, set: (v: unknown) => (saved = v) };
}

describe('server copy of progress', () => {
  beforeEach(() => store.clear());

  it('pushes local progress and pulls it back into a cleared browser', async () => {
    const server = fakeServer();
    recordResult('noise-floor', { score: 987, stars: 3, query: 'B=16' });
    expect(await pushProgress(server.fetcher)).toBe(true);
    expect(server.saved()).toMatchObject({ version: 1, bests: { 'noise-floor': { score: 987 } } });
    store.clear();
    expect(await pullProgress(server.fetcher)).toBe(true);
    expect(readBests()['noise-floor'].score).toBe(987);
  });

  it('ignores a malformed server copy and a failing server', async () => {
    const server = fakeServer();
    server.set({ version: 1, bests: { x: { score: 'lots' } } });
    expect(await pullProgress(server.fetcher)).toBe(false);
    expect(readBests()).toEqual({});
    const down = (async () => { throw new Error('offline'); }) as typeof fetch;
    expect(await pushProgress(down)).toBe(false);
    expect(await pullProgress(down)).toBe(false);
  });
});
