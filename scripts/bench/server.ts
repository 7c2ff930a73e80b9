/**
 * Server benchmark (issue: storage and verified scoring), with its baseline from the same run:
 *   figure:   POST /api/runs on saddle-escape with its solution settings — each request validates,
 *             re-runs the engine over the level's K seeds and stores the run in a transaction;
 *             32 connections for 20 s → verified runs/s, p50/p99 latency, errors and non-2xx.
 *   baseline: GET /api/runs/<id> (one indexed read, same server, same connections) for 5 s.
 * Target: ≥ 100 runs/s, p99 ≤ 250 ms, no errors.
 *
 * Needs a built app (`.next/BUILD_ID`; BENCH_APP_DIR points at another checkout's build). Starts
 * `next start` on a free loopback port with a temp DESCENT_DATA_DIR (PGlite; BENCH_DATABASE_URL
 * benches a Postgres server instead) and the rate limit off; loads 127.0.0.1 only; stops the
 * server and deletes the data in `finally`. Run alone: `npx tsx scripts/bench/server.ts`.
 */
import type { ChildProcess } from 'node:child_process';
import { freePort, startNext, stopNext } from './next-process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: AutocannonOptions) => Promise<AutocannonResult>;

/** The figures benchServer() measured. */
export interface ServerBenchResult {
  readonly runsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly readsPerSecond: number;
  readonly readP50Ms: number;
  readonly readP99Ms: number;
  /** Server CPU time per verified run (all its processes), ms; null where /proc is missing. */
  readonly serverCpuMsPerRun: number | null;
  readonly meetsTarget: boolean;
}

const LEVEL_ID = 'saddle-escape';
const SETTINGS = { optimizer: 'adam', lr: 0.05 }; // its published solution
const CONNECTIONS = 32;
const WRITE_SECONDS = 20;
const READ_SECONDS = 5;

function startServer(appDir: string, port: number, dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DESCENT_DATA_DIR: dataDir, DESCENT_RATE_LIMIT: 'off' };
  delete env.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  return startNext(appDir, port, env, (d: Buffer) => void (process.env.BENCH_VERBOSE && process.stderr.write(d)));
}

/** Posts one run (also the first request: it opens and migrates the database). */
async function submitOnce(base: string, child: ChildProcess, timeoutMs = 90_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ levelId: LEVEL_ID, settings: SETTINGS }), signal: AbortSignal.timeout(30_000) });
      if (res.status === 201) return ((await res.json()) as { id: string }).id;
      last = `HTTP ${res.status}: ${await res.text()}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`POST /api/runs never answered 201 on ${base} (last: ${last})`);
}

/**
 * CPU time (user + system, ms) used so far by every process in a process group, from /proc
 * (Linux); null elsewhere. Per-request CPU is a figure that other load on the machine barely moves.
 */
function groupCpuMs(pgid: number): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const tick = 100; // USER_HZ: 100 on every Linux this runs on
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // field 5: pgrp
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick; // fields 14, 15: utime, stime
    } catch {
      /* process ended meanwhile */
    }
  }
  return total;
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

/** Runs the server benchmark and prints its lines (see file note). */
export async function benchServer(): Promise<ServerBenchResult> {
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? '.');
  if (!existsSync(path.join(appDir, '.next', 'BUILD_ID'))) throw new Error(`no build in ${appDir}/.next: run \`npm run build\` first`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'descent-bench-db-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = startServer(appDir, port, dataDir);
  try {
    const runId = await submitOnce(base, child);
    const post = { url: `${base}/api/runs`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ levelId: LEVEL_ID, settings: SETTINGS, nickname: 'bench' }) };
    const read = { url: `${base}/api/runs/${runId}` };
    // Warm-up (JIT, PGlite's caches), not counted.
    await autocannon({ ...post, connections: CONNECTIONS, duration: 3 });
    await autocannon({ ...read, connections: CONNECTIONS, duration: 2 });

    const load = loadavg()[0];
    const reads = await autocannon({ ...read, connections: CONNECTIONS, duration: READ_SECONDS });
    const cpuBefore = groupCpuMs(child.pid!);
    const writes = await autocannon({ ...post, connections: CONNECTIONS, duration: WRITE_SECONDS });
    const cpuAfter = groupCpuMs(child.pid!);
    const cpuPerRun = cpuBefore !== null && cpuAfter !== null && writes['2xx'] > 0 ? (cpuAfter - cpuBefore) / writes['2xx'] : null;

    const runsPerSecond = writes['2xx'] / writes.duration;
    const errors = writes.errors + writes.timeouts;
    const meetsTarget = runsPerSecond >= 100 && writes.latency.p99 <= 250 && errors === 0 && writes.non2xx === 0;
    const db = process.env.BENCH_DATABASE_URL ? 'Postgres (BENCH_DATABASE_URL)' : 'embedded PGlite';
    console.log(
      `\nserver (next start, ${db}, ${cpus().length} CPUs shared with the load generator; load average ${load.toFixed(1)} before the run), ${CONNECTIONS} connections:`,
    );
    console.log(
      `POST /api/runs ${LEVEL_ID} (validate + K=4 seeds re-run + transactional store), ${WRITE_SECONDS} s: ` +
        `${runsPerSecond.toFixed(0)} verified runs/s, p50 ${ms(writes.latency.p50)}, p99 ${ms(writes.latency.p99)}, ` +
        `errors ${errors}, non-2xx ${writes.non2xx}${cpuPerRun === null ? '' : `, server CPU ${cpuPerRun.toFixed(1)} ms per run`}   target ≥ 100 runs/s, p99 ≤ 250 ms, no errors: ${meetsTarget ? 'met' : 'NOT met'}`,
    );
    console.log(
      `baseline GET /api/runs/<id> (one indexed read), ${READ_SECONDS} s: ${reads.requests.average.toFixed(0)} req/s, ` +
        `p50 ${ms(reads.latency.p50)}, p99 ${ms(reads.latency.p99)}, errors ${reads.errors + reads.timeouts}, non-2xx ${reads.non2xx}`,
    );
    return {
      runsPerSecond,
      p50Ms: writes.latency.p50,
      p99Ms: writes.latency.p99,
      errors,
      non2xx: writes.non2xx,
      readsPerSecond: reads.requests.average,
      readP50Ms: reads.latency.p50,
      readP99Ms: reads.latency.p99,
      serverCpuMsPerRun: cpuPerRun,
      meetsTarget,
    };
  } finally {
    await stopNext(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  benchServer().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
