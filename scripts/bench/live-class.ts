/**
 * The live class view under a class's load (issue 14), with its baseline from the same run:
 *   figure:   100 distinct students (each with their own player cookie) submit one run each from
 *             one address, spread over a minute, with the default rate limits on, to a playlist
 *             whose live page is open (GET /api/playlists/<slug>/live, read as a browser does,
 *             components/live/sse.ts) → refused submissions, lost events, and the delivery time
 *             from the server's answer to the submission until its `run` event reaches the page
 *             (p50, p99, max).
 *   baseline: the submissions' own round trips (each re-runs the engine over the level's seeds).
 * Target: no refused submission, no lost event, p99 delivery ≤ 2 s.
 *
 * Needs a built app. Starts the real server (scripts/serve.mjs, which records the socket
 * address the rate limits count) on a free loopback port with a temp PGlite folder
 * (BENCH_DATABASE_URL benches a Postgres server instead), and stops it in `finally`. Run alone:
 * `npx tsx scripts/bench/live-class.ts` (BENCH_LIVE_SECONDS shortens the minute).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sseParser } from '@/components/live/sse';
import { freePort, stopNext } from './next-process';

const STUDENTS = 100;
const LEVELS = [
  { levelId: 'ravine-momentum', settings: { optimizer: 'momentum', lr: 0.02, momentum: 0.9 } },
  { levelId: 'saddle-escape', settings: { optimizer: 'adam', lr: 0.05 } },
  { levelId: 'saddle-escape', settings: {} }, // the defaults: a run that falls short
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function startServer(port: number, dataDir: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DESCENT_DATA_DIR: dataDir, PORT: String(port) };
  // The default rate limits: none of their settings from this shell.
  for (const k of Object.keys(env)) if (/^DESCENT_(RATE|PUBLISH|SIMULATE)_LIMIT/.test(k)) delete env[k];
  delete env.DATABASE_URL;
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--hostname', '127.0.0.1'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
  child.stderr?.on('data', (d: Buffer) => void (process.env.BENCH_VERBOSE && process.stderr.write(d)));
  return child;
}

async function waitUp(base: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not answer within 90 s');
}

/** The figures benchLiveClass() measured. */
export interface LiveBenchResult {
  readonly submitted: number;
  readonly refused: number;
  readonly lost: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meetsTarget: boolean;
}

/** Runs the benchmark (see file note) and prints its figures. */
export async function benchLiveClass(appDir = process.cwd()): Promise<LiveBenchResult> {
  if (!existsSync(path.join(appDir, '.next', 'BUILD_ID'))) throw new Error('no build: run `npm run build` first');
  const seconds = Number(process.env.BENCH_LIVE_SECONDS ?? 60);
  const port = await freePort(3400);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'descent-bench-live-'));
  const base = `http://127.0.0.1:${port}`;
  const child = startServer(port, dataDir);
  const stop = new AbortController();
  try {
    await waitUp(base, child);
    const created = await fetch(`${base}/api/playlists`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ title: 'Bench class', items: [{ kind: 'builtin', id: 'ravine-momentum' }, { kind: 'builtin', id: 'saddle-escape' }] }),
    });
    if (created.status !== 201) throw new Error(`playlist not created: HTTP ${created.status}`);
    const list = (await created.json()) as { slug: string; editToken: string };

    // The teacher's live page.
    const arrivedAt = new Map<string, number>();
    let snapshot = false;
    const live = await fetch(`${base}/api/playlists/${list.slug}/live`, { headers: { authorization: `Bearer ${list.editToken}` }, signal: stop.signal });
    if (live.status !== 200 || !live.body) throw new Error(`live stream refused: HTTP ${live.status}`);
    const push = sseParser((e) => {
      if (e.event === 'snapshot') snapshot = true;
      if (e.event === 'run') arrivedAt.set((JSON.parse(e.data) as { id: string }).id, performance.now());
    });
    const reading = (async () => {
      const reader = live.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        push(decoder.decode(value, { stream: true }));
      }
    })().catch(() => undefined);
    while (!snapshot) await new Promise((r) => setTimeout(r, 20));

    // 100 students, one address (127.0.0.1), each their own cookie, spread over the minute.
    const answered = new Map<string, number>();
    const roundTrips: number[] = [];
    const refusals: string[] = [];
    const submit = async (i: number) => {
      await new Promise((r) => setTimeout(r, (i * seconds * 1000) / STUDENTS));
      const { levelId, settings } = LEVELS[i % LEVELS.length];
      const t0 = performance.now();
      const res = await fetch(`${base}/api/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, cookie: `descent_pid=${randomBytes(16).toString('base64url')}` },
        body: JSON.stringify({ levelId, settings, playlist: list.slug, nickname: `student-${String(i + 1).padStart(3, '0')}` }),
      });
      const t1 = performance.now();
      if (res.status !== 201) {
        refusals.push(`HTTP ${res.status} ${await res.text()}`);
        return;
      }
      roundTrips.push(t1 - t0);
      answered.set(((await res.json()) as { id: string }).id, t1);
    };
    await Promise.all(Array.from({ length: STUDENTS }, (_, i) => submit(i)));
    const until = performance.now() + 5000;
    while (arrivedAt.size < answered.size && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
    stop.abort();
    await reading;

    // An event can arrive before the answer (it is announced once stored): that counts as 0 ms.
    const delays = [...answered].flatMap(([id, t]) => (arrivedAt.has(id) ? [Math.max(0, arrivedAt.get(id)! - t)] : [])).sort((a, b) => a - b);
    const lost = answered.size - delays.length;
    const trips = roundTrips.sort((a, b) => a - b);
    const result: LiveBenchResult = {
      submitted: STUDENTS,
      refused: refusals.length,
      lost,
      p50Ms: delays.length ? pct(delays, 50) : NaN,
      p99Ms: delays.length ? pct(delays, 99) : NaN,
      meetsTarget: refusals.length === 0 && lost === 0 && delays.length > 0 && pct(delays, 99) <= 2000,
    };
    console.log(`\nLive class view — ${STUDENTS} students, one address, own cookies, over ${seconds} s, default rate limits, ${process.env.BENCH_DATABASE_URL ? 'Postgres' : 'PGlite'}`);
    console.log(`  submissions: ${STUDENTS - refusals.length}/${STUDENTS} stored, ${refusals.length} refused${refusals.length ? ` (${refusals[0]})` : ''}`);
    console.log(`  events on the live page: ${delays.length}/${answered.size}, ${lost} lost`);
    console.log(`  delivery after the answer: p50 ${result.p50Ms.toFixed(0)} ms, p99 ${result.p99Ms.toFixed(0)} ms, max ${(delays.at(-1) ?? NaN).toFixed(0)} ms   target p99 ≤ 2000 ms`);
    console.log(`  baseline, the submission's own round trip: p50 ${pct(trips, 50)?.toFixed(0)} ms, p99 ${pct(trips, 99)?.toFixed(0)} ms`);
    console.log(`  ${result.meetsTarget ? 'meets' : 'MISSES'} the target`);
    return result;
  } finally {
    stop.abort();
    await stopNext(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchLiveClass();
