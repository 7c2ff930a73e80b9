'use client';
/**
 * The live class stream in the browser: fetch GET /api/playlists/<slug>/live with the key in the
 * Authorization header, read its events (./sse.ts), check each with the shared schemas and fold
 * it into the view's state (./live-state.ts). When the stream ends (a server restart, a network
 * drop, a `resync`) it reconnects — after the server's `retry` (2 s), then longer up to 15 s —
 * and the fresh snapshot replaces the state, so nothing is lost or counted twice. Refusals
 * (401/403/404) stop it; 429/503 wait for their Retry-After.
 */
import { useEffect, useState } from 'react';
import { LiveRunSchema, LiveSnapshotSchema } from '@/content/contracts/live';
import { readSse } from './sse';
import { fromSnapshot, withRun, type LiveState } from './live-state';

/** Where the connection stands. */
export type LiveStatus =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'reconnecting'; inMs: number }
  | { kind: 'refused'; status: Refusal };

const MAX_WAIT_MS = 15_000;

/** The answers that stop the stream (the page says why in its reader's language: `live.refused.<status>`). */
export type Refusal = 401 | 403 | 404;
const isRefusal = (status: number): status is Refusal => status === 401 || status === 403 || status === 404;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/** The live state of a playlist's class and the connection's status (`token` undefined: not read yet). */
export function useLiveClass(slug: string, token: string | null | undefined): { state: LiveState | null; status: LiveStatus } {
  const [state, setState] = useState<LiveState | null>(null);
  const [status, setStatus] = useState<LiveStatus>({ kind: 'connecting' });

  useEffect(() => {
    if (token === undefined) return;
    if (!token) {
      setStatus({ kind: 'refused', status: 401 });
      return;
    }
    setStatus({ kind: 'connecting' });
    const stop = new AbortController();
    const { signal } = stop;
    (async () => {
      let retryMs = 2000;
      let failures = 0;
      while (!signal.aborted) {
        let wait = retryMs * 2 ** Math.min(failures, 3);
        try {
          const res = await fetch(`/api/playlists/${encodeURIComponent(slug)}/live`, {
            headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
            cache: 'no-store',
            signal,
          });
          if (isRefusal(res.status)) {
            setStatus({ kind: 'refused', status: res.status });
            return;
          }
          if (!res.ok || !res.body) {
            const after = Number(res.headers.get('retry-after'));
            if (after > 0) wait = after * 1000;
            failures++;
          } else {
            await readSse(
              res.body,
              (e) => {
                if (e.event === 'snapshot') {
                  const snap = LiveSnapshotSchema.safeParse(JSON.parse(e.data));
                  if (!snap.success) return;
                  setState(fromSnapshot(snap.data));
                  setStatus({ kind: 'live' });
                  failures = 0;
                } else if (e.event === 'run') {
                  const run = LiveRunSchema.safeParse(JSON.parse(e.data));
                  if (run.success) setState((s) => (s ? withRun(s, run.data) : s));
                }
              },
              (ms) => (retryMs = ms),
            );
            wait = retryMs;
          }
        } catch {
          if (signal.aborted) return;
          failures++;
        }
        if (signal.aborted) return;
        wait = Math.min(wait, MAX_WAIT_MS);
        setStatus({ kind: 'reconnecting', inMs: wait });
        await sleep(wait, signal);
      }
    })();
    return () => stop.abort();
  }, [slug, token]);

  return { state, status };
}
