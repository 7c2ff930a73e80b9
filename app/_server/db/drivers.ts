/**
 * The two database drivers behind the Db contract (./types.ts). Each library is imported only
 * when its driver is opened, so a Postgres deployment never loads PGlite's WASM and an embedded
 * one never needs `pg` to connect anywhere.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { restrictDataDir } from './data-dir';
import type { Db, DbConfig, Queryable } from './types';

/** Opens a database with the given driver (no migrations: see ./connection.ts). */
export async function openDriver(config: DbConfig): Promise<Db> {
  return config.driver === 'pglite' ? openPglite(config.dataDir) : openPostgres(config);
}

/**
 * Embedded Postgres (PGlite, WASM) in a data folder, or in memory when no folder is given.
 * PGlite is one connection: its own mutex queues a query behind a running transaction, and
 * a transaction behind another, so concurrent requests are safe and simply take turns.
 */
async function openPglite(dataDir: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  let dir: string | undefined;
  if (dataDir !== undefined) {
    dir = path.resolve(dataDir);
    await mkdir(dir, { recursive: true, mode: 0o700 });
  }
  const pg = dir === undefined ? await PGlite.create() : await PGlite.create(dir);
  if (dir !== undefined) await restrictDataDir(dir);
  const wrap = (q: Pick<typeof pg, 'query' | 'exec'>): Queryable => ({
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await q.query<T>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    driver: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: once(async () => {
      await pg.close();
      if (dir !== undefined) await restrictDataDir(dir).catch(() => undefined);
    }),
  };
}

/** A Postgres server through a `pg` connection pool. */
async function openPostgres(config: Extract<DbConfig, { driver: 'postgres' }>): Promise<Db> {
  const { url, schema, poolMax = 10, connectTimeoutMs, statementTimeoutMs } = config;
  const { default: pg } = await import('pg');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // A server that hangs rather than refuses must not hang requests: a bounded connect, and the
    // server cancels a statement past the limit (SQLSTATE 57014, answered 503 like an outage).
    ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + 5_000 } : {}),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next checkout simply opens a fresh connection.
  pool.on('error', (err) => console.error('[db] idle Postgres connection failed:', err.message));
  const wrap = (q: { query: typeof pool.query }): Queryable => ({
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  return {
    driver: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      // A checked-out client has no pool listener: if the server goes away between two
      // statements, its 'error' event would be an uncaught exception that ends the process.
      // Note it; the statement in progress (or the next one) fails and is answered as an outage.
      const onError = (err: Error) => {
        broken = true;
        console.error('[db] Postgres connection lost inside a transaction:', err.message);
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client as unknown as { query: typeof pool.query }));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection is unusable: destroy it instead of pooling it
        }
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: once(() => pool.end()),
    pool,
  };
}

/** A close() that may be called more than once (later calls wait for the first). */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
