/**
 * The database contract the data-access modules are written against. Two drivers implement it
 * (./drivers.ts): embedded PGlite and a Postgres server through `pg`. Both speak the same SQL, so
 * there is one schema and one migration set (./migrations.ts).
 *
 * Conventions for SQL written against it, so that both drivers return the same JavaScript values:
 * - cast counts and sums to `::int` (pg returns int8 as a string, PGlite as a number);
 * - pass JSON as text and cast it: `$1::text::jsonb` (pg turns JS arrays into Postgres arrays);
 * - timestamptz comes back as a Date from both.
 */

import type { Pool as PgPool } from 'pg';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterized statement and returns its rows. */
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Which driver a database runs on. */
export type DriverName = 'pglite' | 'postgres';

/** An open database. */
export interface Db extends Queryable {
  readonly driver: DriverName;
  /**
   * Runs `fn` inside BEGIN … COMMIT; any error rolls everything back and is rethrown.
   * Statements must go through the `tx` handed to `fn`, never through the Db itself.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the database (PGlite flushes its data folder; pg ends its pool). */
  close(): Promise<void>;
  /**
   * The `pg` pool (Postgres driver only), for a library that takes one: the rate limiter's
   * Postgres store (../http/rate-limit-store.ts). Data-access code uses query()/transaction().
   */
  readonly pool?: PgPool;
}

/** How to open a database. */
export type DbConfig =
  | {
      readonly driver: 'pglite';
      /** Data folder (created when missing); undefined keeps everything in memory. */
      readonly dataDir?: string;
    }
  | {
      readonly driver: 'postgres';
      /** postgresql://user:password@host:port/database */
      readonly url: string;
      /** Schema to use as search_path (tests use a fresh random schema per run). */
      readonly schema?: string;
      /** Connection pool size (default 10). */
      readonly poolMax?: number;
      /** Give up opening a connection after this many ms (`DESCENT_PG_CONNECT_TIMEOUT_MS`; unset: wait forever). */
      readonly connectTimeoutMs?: number;
      /** Postgres cancels any statement running longer (`statement_timeout`, `DESCENT_PG_STATEMENT_TIMEOUT_MS`; unset: none). */
      readonly statementTimeoutMs?: number;
    };
