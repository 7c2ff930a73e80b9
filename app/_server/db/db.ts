/**
 * The process's database: picked from the environment, opened once, migrated at start-up.
 *
 * - `DATABASE_URL` set   → a Postgres server through a `pg` pool (`DESCENT_PG_POOL_MAX`, default 10)
 * - otherwise            → embedded PGlite in `DESCENT_DATA_DIR` (default `./data/pglite`,
 *                          created on first start)
 *
 * The open database is cached on globalThis, so Next.js dev-mode module reloads reuse it instead
 * of opening a second PGlite on the same folder (PGlite allows one instance per data folder).
 */
import 'server-only'; // a client import fails the build (scripts: scripts/server-only-off.ts)
import path from 'node:path';
import { restrictDataDir } from './data-dir';
import { openDriver } from './drivers';
import { runMigrations } from './migrations';
import { StorageUnavailableError } from './outage';
import type { Db, DbConfig, Queryable } from './types';

export type { Db, DbConfig, Queryable, DriverName } from './types';

/** Default PGlite data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './data/pglite';

/** `DESCENT_PG_CONNECT_TIMEOUT_MS` default: give up on a new Postgres connection after 5 s. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** `DESCENT_PG_STATEMENT_TIMEOUT_MS` default: Postgres cancels a statement after 15 s. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

function positiveInt(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The database configuration the environment asks for. */
export function configFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): DbConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    return {
      driver: 'postgres',
      url,
      poolMax: positiveInt(env.DESCENT_PG_POOL_MAX),
      connectTimeoutMs: positiveInt(env.DESCENT_PG_CONNECT_TIMEOUT_MS) ?? DEFAULT_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: positiveInt(env.DESCENT_PG_STATEMENT_TIMEOUT_MS) ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    };
  }
  return { driver: 'pglite', dataDir: env.DESCENT_DATA_DIR?.trim() || DEFAULT_DATA_DIR };
}

/** Opens a database and brings its schema up to date. */
export async function openDb(config: DbConfig): Promise<Db> {
  const db = await openDriver(config);
  try {
    await runMigrations(db);
    // Files the migrations created start 0666 too (./data-dir.ts).
    if (config.driver === 'pglite' && config.dataDir !== undefined) await restrictDataDir(path.resolve(config.dataDir));
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}

const CACHE_KEY = Symbol.for('descent.db');
type Cache = { [CACHE_KEY]?: Promise<Db> };
const cache = globalThis as unknown as Cache;

/**
 * The process-wide database (opened and migrated on first use). A failed open is not cached:
 * the next call tries again; it rejects with StorageUnavailableError (API: 503).
 */
export function getDb(): Promise<Db> {
  let pending = cache[CACHE_KEY];
  if (!pending) {
    pending = openDb(configFromEnv()).catch((err: unknown) => {
      throw new StorageUnavailableError(err);
    });
    cache[CACHE_KEY] = pending;
    pending.catch(() => {
      if (cache[CACHE_KEY] === pending) delete cache[CACHE_KEY];
    });
  }
  return pending;
}

/**
 * Replaces the process-wide database with one the caller opened (tests run the route handlers
 * against a Postgres test schema this way). The caller keeps ownership: closeDb() closes it.
 */
export function setDb(db: Db): void {
  cache[CACHE_KEY] = Promise.resolve(db);
}

/** Closes the process-wide database; the next getDb() opens it again (a "restart"). */
export async function closeDb(): Promise<void> {
  const pending = cache[CACHE_KEY];
  delete cache[CACHE_KEY];
  if (pending) await (await pending.catch(() => null))?.close();
}

/** Runs `fn` in a transaction on the process-wide database. */
export async function transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return (await getDb()).transaction(fn);
}

/** Runs one statement on the process-wide database. */
export async function query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]> {
  return (await getDb()).query<T>(sql, params);
}
