/**
 * Who hears about a stored run, for the live class view (issue 14). A run counted by a playlist
 * or a published custom level is announced once, after its transaction commits; every live page
 * of every app instance that shows it hears of it:
 * - with `DATABASE_URL` (Postgres), through `NOTIFY descent_runs` — each instance holds one
 *   connection that `LISTEN`s and hands each note to its own live pages, so a run submitted to
 *   one instance reaches a page served by another;
 * - on the embedded PGlite, one process serves everything: the note goes straight to this
 *   process's pages.
 * A note carries only ids (`RunNote`); a page reads the run itself from the database, so a
 * note meant for another schema or deployment on the same server is simply not found.
 * If the listening connection breaks, live pages are told to start over (`onResync`: they
 * reconnect and read a fresh snapshot), and listening resumes on the next subscription.
 */
import pg, { type ClientConfig } from 'pg';
import type { Db } from '../db/types';

/** What a note says about a stored run. */
export interface RunNote {
  readonly id: string;
  readonly levelId: string;
  readonly playlist: string | null;
}

/** A live page's ears. */
export interface RunListener {
  onRun(note: RunNote): void;
  /** Notes may have been missed (the listening connection broke): read everything again. */
  onResync(): void;
}

/** The Postgres channel (database-wide: notes name runs by id, read back from one's own schema). */
export const RUN_CHANNEL = 'descent_runs';

interface Hub {
  readonly listeners: Set<RunListener>;
  /** The LISTENing connection (Postgres only, a client of its own beside the pool), once asked for. */
  listening: Promise<pg.Client> | null;
}

const HUBS = Symbol.for('descent.liveHubs');
// On globalThis so that Next.js dev-mode module reloads keep one hub per database.
const holder = globalThis as unknown as { [HUBS]?: WeakMap<Db, Hub> };
const hubs = (holder[HUBS] ??= new WeakMap());

function hubOf(db: Db): Hub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = { listeners: new Set(), listening: null };
    hubs.set(db, hub);
  }
  return hub;
}

function dispatch(hub: Hub, note: RunNote): void {
  for (const l of [...hub.listeners]) {
    try {
      l.onRun(note);
    } catch (err) {
      console.warn(`[live] a listener failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Parses a NOTIFY payload; null for anything that is not a note. */
export function parseNote(payload: string | undefined): RunNote | null {
  try {
    const v = JSON.parse(payload ?? '') as Partial<RunNote>;
    if (typeof v.id !== 'string' || typeof v.levelId !== 'string') return null;
    return { id: v.id, levelId: v.levelId, playlist: typeof v.playlist === 'string' ? v.playlist : null };
  } catch {
    return null;
  }
}

function listen(db: Db, hub: Hub): Promise<pg.Client> {
  // The pool's own connection settings (URL, search_path, timeouts) for one more connection
  // that is never pooled: it stays in LISTEN for as long as the process lives.
  const client = new pg.Client((db.pool as unknown as { options: ClientConfig }).options);
  let broken = false;
  const drop = (err: unknown) => {
    if (broken) return;
    broken = true;
    if (hub.listening === started) hub.listening = null;
    console.warn(`[live] the LISTEN connection broke (${err instanceof Error ? err.message : String(err)}): live pages start over`);
    client.removeAllListeners('notification');
    client.end().catch(() => {});
    for (const l of [...hub.listeners]) l.onResync();
  };
  client.on('notification', (msg) => {
    if (msg.channel !== RUN_CHANNEL) return;
    const note = parseNote(msg.payload);
    if (note) dispatch(hub, note);
  });
  client.on('error', drop);
  client.on('end', () => drop(new Error('connection ended')));
  const started = (async () => {
    try {
      await client.connect();
      await client.query(`LISTEN ${RUN_CHANNEL}`);
    } catch (err) {
      drop(err);
      throw err;
    }
    return client;
  })();
  return started;
}

/**
 * Starts hearing runs on `db` (on Postgres, once the LISTEN is in place: a run stored after this
 * resolves is heard). Returns the function that stops.
 */
export async function subscribeRuns(db: Db, listener: RunListener): Promise<() => void> {
  const hub = hubOf(db);
  if (db.pool) await (hub.listening ??= listen(db, hub));
  hub.listeners.add(listener);
  return () => {
    hub.listeners.delete(listener);
  };
}

/** Announces a stored (committed) run to every live page, on every instance. */
export async function announceRun(db: Db, note: RunNote): Promise<void> {
  if (db.pool) {
    await db.query('SELECT pg_notify($1, $2)', [RUN_CHANNEL, JSON.stringify(note)]);
    return;
  }
  dispatch(hubOf(db), note);
}

/** Live pages listening on `db` in this process (tests, the health of the view). */
export function listenerCount(db: Db): number {
  return hubs.get(db)?.listeners.size ?? 0;
}

/** Stops listening on `db` (before closing it: the held connection would keep the pool open). */
export async function closeHub(db: Db): Promise<void> {
  const hub = hubs.get(db);
  if (!hub) return;
  hubs.delete(db);
  hub.listeners.clear();
  const client = await hub.listening?.catch(() => null);
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => {});
  }
}
