/**
 * The real custom server, twice, on one Postgres (issue 11): the write limit is shared by the two
 * instances, a forged X-Forwarded-For changes nothing, and SIGTERM exits 0. Needs a production
 * build of the current code, so it runs only when asked:
 *
 *   npm run build && DESCENT_TEST_BUILT_SERVER=1 TEST_DATABASE_URL=postgresql://… npx vitest run scripts/serve.test.ts
 *
 * (`DESCENT_TEST_PORT_BASE` picks the first port to try; default: any free port.) Each run uses a
 * database of its own on the TEST_DATABASE_URL server, dropped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = path.resolve(__dirname, '..');
const ADMIN_URL = process.env.TEST_DATABASE_URL?.trim();
const ENABLED = process.env.DESCENT_TEST_BUILT_SERVER === '1' && !!ADMIN_URL && existsSync(path.join(PROJECT, '.next', 'BUILD_ID'));

async function adminQuery(sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(from: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', () => (from ? freePort(from + 1).then(resolve, reject) : reject(new Error('no free port'))));
    srv.listen(from, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface Instance {
  readonly child: ChildProcess;
  readonly base: string;
  readonly exited: Promise<number | null>;
}

function start(port: number, databaseUrl: string): Instance {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, DESCENT_RATE_LIMIT: '4/60/4', DESCENT_RATE_LIMIT_PER_ADDRESS: '12/60/12', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.PORT;
  delete env.DESCENT_TRUSTED_PROXY_HOPS;
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: PROJECT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, base: `http://127.0.0.1:${port}`, exited };
}

async function healthy(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (instance.child.exitCode !== null) throw new Error(`serve.mjs exited with ${instance.child.exitCode}`);
    const ok = await fetch(`${instance.base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${instance.base} never became healthy`);
}

/** A cheap write: refused with 400 after the limiter counted it (or 429 when it refused). */
async function write(instance: Instance, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${instance.base}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: 'not json' });
  await res.arrayBuffer();
  return res.status;
}

describe.skipIf(!ENABLED)('the custom server, two instances on one Postgres', () => {
  const database = `descent_serve_${randomBytes(5).toString('hex')}`;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${database}`);
    const url = new URL(ADMIN_URL!);
    url.pathname = `/${database}`;
    const base = Number(process.env.DESCENT_TEST_PORT_BASE ?? 0);
    const portA = await freePort(base);
    const portB = await freePort(base ? portA + 1 : 0);
    a = start(portA, url.toString());
    await healthy(a); // the first instance migrates; the second then finds nothing to do
    b = start(portB, url.toString());
    await healthy(b);
  }, 180_000);

  afterAll(async () => {
    for (const instance of [a, b]) if (instance?.child.exitCode === null) instance.child.kill('SIGKILL');
    await Promise.all([a?.exited, b?.exited]);
    await adminQuery(`DROP DATABASE IF EXISTS ${database}`);
  });

  it("one player's burst of 4 is counted across both servers: the 5th is refused by the other", async () => {
    const player = { cookie: `descent_pid=${'s'.repeat(22)}` };
    const seen = [await write(a, player), await write(b, player), await write(a, player), await write(b, player)];
    expect(seen).toEqual([400, 400, 400, 400]);
    expect(await write(b, player)).toBe(429);
    expect(await write(a, player)).toBe(429);
    expect(await write(a, { cookie: `descent_pid=${'t'.repeat(22)}` })).toBe(400);
  });

  it('a forged X-Forwarded-For or x-descent-client-ip does not make a new client', async () => {
    // No cookie: only the per-address ceiling (12 a minute, shared, partly spent above) counts.
    // Were the forged headers believed, each request would be a new address and all 20 pass.
    const seen: number[] = [];
    for (let i = 0; i < 20; i++) {
      seen.push(await write(i % 2 ? b : a, { 'x-forwarded-for': `10.66.0.${i}`, 'x-descent-client-ip': `10.67.0.${i}` }));
    }
    const allowed = seen.filter((s) => s === 400).length;
    expect(allowed).toBeLessThan(12);
    expect(seen).toEqual([...Array(allowed).fill(400), ...Array(20 - allowed).fill(429)]);
  });

  it('SIGTERM: each server finishes and exits 0', async () => {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
  }, 30_000);
});
