/**
 * Test support (imported by *.test.ts only) for suites that call the route handlers directly:
 * the databases they run on — PGlite in a fresh temp data folder (as the embedded default
 * opens it), and a real Postgres schema when TEST_DATABASE_URL is set — and requests that
 * carry a client address, so per-address rate limits see distinct clients.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDb, getDb, setDb } from './db/db';
import { closeHub } from './live/hub';
import { TEST_DATABASE_URL, openPostgresSchema, type TestDb } from './db/test-drivers';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';

/** A database a route suite runs on: `setup` before the suite, `teardown` after. */
export interface RouteDriver {
  readonly name: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

/** PGlite in a temp folder named after `prefix`, plus Postgres when TEST_DATABASE_URL is set. */
export function routeDrivers(prefix: string, pgliteName = 'pglite'): RouteDriver[] {
  let dataDir = '';
  let pgTest: TestDb | undefined;
  const pglite: RouteDriver = {
    name: pgliteName,
    async setup() {
      dataDir = await mkdtemp(path.join(tmpdir(), `descent-${prefix}-`));
      delete process.env.DATABASE_URL;
      process.env.DESCENT_DATA_DIR = path.join(dataDir, 'pglite');
    },
    async teardown() {
      await closeHub(await getDb());
      await closeDb();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  const postgres: RouteDriver = {
    name: 'postgres',
    async setup() {
      pgTest = await openPostgresSchema(TEST_DATABASE_URL!);
      setDb(pgTest.db);
    },
    async teardown() {
      if (pgTest) await closeHub(pgTest.db); // the live view's LISTEN connection, if a test opened one
      await closeDb();
      await pgTest?.cleanup();
    },
  };
  return TEST_DATABASE_URL ? [pglite, postgres] : [pglite];
}

/** The second argument of a dynamic route handler. */
export const params = <T>(p: T) => ({ params: Promise.resolve(p) });

/** An Authorization header carrying an edit token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A JSON request maker (a string body is sent as it is) whose requests come from a new address in `10.<net>.x.y` each time. */
export function requestMaker(net: number) {
  let n = 0;
  return (url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Request => {
    n++;
    return new Request(`http://localhost${url}`, {
      method,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: `10.${net}.${Math.floor(n / 250)}.${n % 250}`, ...headers },
    });
  };
}
