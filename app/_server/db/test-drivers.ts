/**
 * Test support (imported by *.test.ts only): the databases the storage suites run against.
 * PGlite always (in memory, or in a given folder); a real Postgres server too when
 * TEST_DATABASE_URL is set, each opening in a fresh random schema that cleanup() drops.
 */
import { randomBytes } from 'node:crypto';
import { openDriver } from './drivers';
import { runMigrations } from './migrations';
import type { Db, DriverName } from './types';

/** An open test database and how to dispose of it. */
export interface TestDb {
  readonly db: Db;
  /** Closes the database (and drops its Postgres schema). */
  cleanup(): Promise<void>;
}

/** A driver the suites are parameterized over. */
export interface TestDriver {
  readonly name: DriverName;
  /** Opens a fresh, empty database (migrated unless `migrate` is false). */
  open(options?: { migrate?: boolean }): Promise<TestDb>;
}

/** The Postgres server of the storage tests, or undefined to run on PGlite only. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

async function withAdminClient(url: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const pglite: TestDriver = {
  name: 'pglite',
  async open({ migrate = true } = {}) {
    const db = await openDriver({ driver: 'pglite' });
    if (migrate) await runMigrations(db);
    return { db, cleanup: () => db.close() };
  },
};

/** A Postgres test database: a new schema `descent_test_<random>` on TEST_DATABASE_URL. */
export async function openPostgresSchema(url: string, { migrate = true } = {}): Promise<TestDb & { schema: string }> {
  const schema = `descent_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(url, `CREATE SCHEMA ${schema}`);
  const db = await openDriver({ driver: 'postgres', url, schema, poolMax: 8 });
  if (migrate) await runMigrations(db);
  return {
    db,
    schema,
    async cleanup() {
      await db.close();
      await withAdminClient(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

const postgres = (url: string): TestDriver => ({ name: 'postgres', open: (options) => openPostgresSchema(url, options) });

/** PGlite, plus Postgres when TEST_DATABASE_URL is set. */
export const TEST_DRIVERS: readonly TestDriver[] = TEST_DATABASE_URL ? [pglite, postgres(TEST_DATABASE_URL)] : [pglite];
