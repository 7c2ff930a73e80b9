/**
 * A playlist's live class view as a Server-Sent Events response (issue 14): subscribe to stored
 * runs first (./hub.ts), then read the snapshot, so no run stored in between is lost; notes that
 * arrive meanwhile wait and are deduplicated against the snapshot. Then one `run` event per run
 * in scope, a keep-alive comment every 15 s, and on `resync` (the LISTEN connection broke) the
 * stream ends so that the page reconnects and reads everything again.
 */
import { LiveSnapshotSchema } from '@/content/contracts/live';
import type { Db } from '../db/types';
import { getLiveRun } from '../db/live';
import type { Playlist } from '../db/playlists';
import { jsonError } from '../http/responses';
import { inScope, liveRunJson, liveScope, liveSnapshot } from '../services/live-class';
import { subscribeRuns, type RunNote } from './hub';

/** Live streams one instance serves at once (each holds a listener and a socket). */
export const MAX_LIVE_STREAMS = 200;
/** A comment line this often keeps proxies from closing an idle stream. */
export const KEEP_ALIVE_MS = 15_000;

let open = 0;

/** One SSE frame. */
export function sseEvent(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Streams a playlist's live view to a teacher already checked by the route. */
export async function liveStream(db: Db, list: Playlist, signal: AbortSignal): Promise<Response> {
  if (open >= MAX_LIVE_STREAMS) return jsonError(503, 'too many live pages open on this server: try again shortly', undefined, { 'retry-after': '5' });
  const scope = liveScope(list.slug, list.items);
  const seen = new Set<string>();
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let closed = false;
  let waiting: RunNote[] | null = []; // notes heard before the snapshot went out
  let beat: ReturnType<typeof setInterval> | undefined;

  const send = (text: string) => {
    if (closed || !controller) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close();
    }
  };
  const deliver = async (note: RunNote) => {
    if (closed || !inScope(scope, note) || seen.has(note.id)) return;
    const run = await getLiveRun(db, note.id);
    if (!run || !inScope(scope, run) || seen.has(run.id)) return; // another schema's run, or a forged note
    seen.add(run.id);
    send(sseEvent('run', liveRunJson(run), run.id));
  };
  const heard = (note: RunNote) => {
    if (waiting) waiting.push(note);
    else deliver(note).catch((err: unknown) => console.warn(`[live] run ${note.id} not delivered: ${err instanceof Error ? err.message : String(err)}`));
  };
  const unsubscribe = await subscribeRuns(db, {
    onRun: heard,
    onResync: () => {
      send(sseEvent('resync', {}));
      close();
    },
  });
  function close() {
    if (closed) return;
    closed = true;
    open--;
    clearInterval(beat);
    unsubscribe();
    signal.removeEventListener('abort', close);
    try {
      controller?.close();
    } catch {
      // already closed by the client
    }
  }
  open++;
  let snapshot;
  try {
    snapshot = LiveSnapshotSchema.parse(await liveSnapshot(db, list));
  } catch (err) {
    close();
    throw err; // the route answers it (a storage outage: 503)
  }
  for (const r of snapshot.runs) seen.add(r.id);
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      send('retry: 2000\n\n');
      send(sseEvent('snapshot', snapshot));
      const early = waiting ?? [];
      waiting = null;
      for (const note of early) heard(note);
      beat = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS);
    },
    cancel: close,
  });
  if (signal.aborted) close();
  else signal.addEventListener('abort', close);
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: no compression layer may hold events back to fill a buffer.
      'cache-control': 'no-cache, no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}

/** Live streams open in this process (tests). */
export function openLiveStreams(): number {
  return open;
}
