/**
 * Browser benchmarks (issue: the player's speed figures), each with a baseline from the same run:
 * 1. landscape recompute, 256×256 grid × N = 256, per TF.js backend that starts in headless
 *    Chromium (app/dev/bench), against the plain-JS float64 engine on the same grid;
 * 2. frame times while the ball rolls (10 s of requestAnimationFrame), 3-D and 2-D views,
 *    against an empty page's rAF cadence (the headless compositor's own);
 * 3. first-load JavaScript of /play/[id] (browser-js.ts), against the home page's;
 * 0. first of all, the play loop (play-loop.ts): first landscape, slider → path, rapid changes.
 *
 * Needs a built app (`npm run build`; BENCH_APP_DIR points at another checkout's build). Starts
 * `next start` on a free port and headless Chromium, both stopped in `finally`.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, WEBGL_ARGS, chromiumPath } from '../../e2e/browsers';
import { median } from './engine';
import { benchFirstLoadJs } from './browser-js';
import { benchPlayLoop } from './play-loop';
import { benchWanted } from './only';
import { freePort, startNext as startServer, stopNext as stopServer } from './next-process';

/** Chromium with WebGL and WebGPU, both on SwiftShader here (no GPU). */
export const BENCH_ARGS = [...WEBGL_ARGS, '--enable-unsafe-webgpu'];
const RECOMPUTE_TIMEOUT_MS = 240_000;
const FRAME_WINDOW_MS = 10_000;
const IDLE_WINDOW_MS = 5_000;

async function waitForServer(base: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(base + '/', { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start did not answer on ${base} within ${timeoutMs / 1000} s`);
}

interface BenchRow {
  family: string;
  backend: string;
  ok: boolean;
  error?: string;
  software?: boolean;
  renderer?: string;
  firstMs?: number;
  medianMs?: number;
  times?: number[];
}

const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;

function rendererLabel(r: BenchRow): string {
  const name = r.renderer ?? '';
  const short = /swiftshader/i.test(name) ? 'SwiftShader' : /llvmpipe/i.test(name) ? 'llvmpipe' : name.slice(0, 40);
  if (r.software) return `software: ${short || 'yes'}`;
  return short ? `hardware: ${short}` : r.backend === 'wasm' || r.backend === 'cpu' ? 'CPU' : 'renderer unknown';
}

async function benchRecompute(browser: Browser, base: string): Promise<void> {
  await recomputePage(browser, base, '/dev/bench');
  // The real network (issue 15) on wasm only: its WebGL/WebGPU grids on SwiftShader ran for
  // minutes and took the headless browser down (2026-12-03).
  await recomputePage(browser, base, '/dev/bench?families=network&backends=wasm&reps=2');
}

async function recomputePage(browser: Browser, base: string, url: string): Promise<void> {
  const page = await browser.newPage();
  try {
    const resp = await page.goto(base + url, { timeout: 60_000 });
    if (!resp?.ok()) throw new Error(`/dev/bench answered ${resp?.status()}: this build predates the bench page — rebuild (npm run build)`);
    await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: RECOMPUTE_TIMEOUT_MS, polling: 500 });
    const res = (await page.evaluate(() => window.__bench)) as { rows: BenchRow[]; res: number; n: number; error?: string };
    if (res.error) console.log(`  (the bench page reported: ${res.error})`);
    const families = [...new Set(res.rows.map((r) => r.family))];
    for (const family of families) {
      const rows = res.rows.filter((r) => r.family === family);
      const js = rows.find((r) => r.backend === 'js');
      const parts = rows
        .filter((r) => r.backend !== 'js')
        .map((r) =>
          r.ok
            ? `${r.backend} ${ms(r.medianMs!)} (first ${ms(r.firstMs!)}, ${r.times!.length} runs; ${rendererLabel(r)})`
            : `${r.backend} unavailable (${r.error})`,
        );
      // A family that names its own row count (the real network) is not N = res.n.
      console.log(`landscape recompute ${res.res}×${res.res}${family.includes('N=') ? '' : ` × N=${res.n}`} (${family}): ${parts.join(' · ')}`);
      console.log(`  | plain-JS engine ${js?.ok ? ms(js.medianMs!) : 'n/a'}   target ≤ 16 ms on a real GPU`);
    }
  } finally {
    await page.close();
  }
}

/** rAF timestamps for exactly `windowMs`, then median/p95 of the frame intervals. */
async function frameTimes(page: Page, windowMs = FRAME_WINDOW_MS) {
  // A string, not a function: tsx's transform would wrap named inner functions in a helper
  // (__name) that does not exist in the page.
  const recorder = `new Promise((resolve) => {
    const ts = [];
    function tick(t) { ts.push(t); if (t - ts[0] < ${windowMs}) requestAnimationFrame(tick); else resolve(ts); }
    requestAnimationFrame(tick);
  })`;
  const stamps = (await page.evaluate(recorder)) as number[];
  const dt = stamps.slice(1).map((t, i) => t - stamps[i]);
  const sorted = [...dt].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { frames: dt.length, median: median(dt), p95, max: sorted[sorted.length - 1] };
}

const frameLine = (f: { frames: number; median: number; p95: number; max: number }) =>
  `median ${f.median.toFixed(1)} ms (${(1000 / f.median).toFixed(0)} fps), p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(0)} ms, ${f.frames} frames`;

/** One view of the rolling ball: 5 s at rest, then 10 s rolling at 0.25× (a 500-step run lasts ~32 s). */
async function rollingView(browser: Browser, base: string, view: '3d' | '2d', label: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/play/saddle-escape${view === '2d' ? '?view=2d' : ''}`, { timeout: 60_000 });
    await page.waitForFunction(() => !!window.__descent?.backend, null, { timeout: 90_000, polling: 250 });
    // The view is drawn once its code has loaded: a canvas inside the view panel.
    await page.waitForSelector('[data-testid="player.view"] canvas', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    // Second baseline: the same view with the ball at rest (what drawing the view itself costs).
    const idle = await frameTimes(page, IDLE_WINDOW_MS);
    await page.selectOption('[data-testid="player.speed"]', '0.25');
    // A challenge asks for a prediction before its first launch.
    await page.evaluate(() => window.__descent!.mustPredict && window.__descent!.predict(0));
    await page.waitForFunction(() => !window.__descent!.mustPredict, null, { timeout: 10_000 });
    await page.evaluate(() => window.__descent!.launch());
    await page.waitForFunction(() => window.__descent?.status === 'playing', null, { timeout: 30_000 });
    const f = await frameTimes(page);
    const after = await page.evaluate(() => ({
      status: window.__descent?.status,
      backend: window.__descent?.backend,
      view: document.querySelector('[data-testid="player.view"]')?.getAttribute('data-view'),
      step: document.querySelector('[data-testid="player.stepcount"]')?.textContent?.trim(),
    }));
    console.log(`frame time, ball rolling, ${label}, speed 0.25×: ${frameLine(f)}`);
    console.log(`  same view, ball at rest (${IDLE_WINDOW_MS / 1000} s before launch): ${frameLine(idle)}`);
    const ended = after.status === 'playing' ? '' : '  (the run ended inside the window: less than 10 s of rolling)';
    console.log(`  drawn as ${after.view}; surface by ${after.backend}; after 10 s: ${after.status} at step ${after.step}${ended}`);
  } finally {
    await page.close();
  }
}

async function benchFrames(browser: Browser, base: string, executablePath: string | undefined): Promise<void> {
  const blank = await browser.newPage();
  const vp = blank.viewportSize();
  console.log(`(pages ${vp?.width}×${vp?.height} CSS px, device pixel ratio 1)`);
  try {
    await blank.goto('about:blank');
    console.log(`frame time, empty page (baseline: the headless compositor's own cadence): ${frameLine(await frameTimes(blank))}`);
  } finally {
    await blank.close();
  }
  await rollingView(browser, base, '3d', '3-D view (WebGL on SwiftShader)');
  await rollingView(browser, base, '2d', '2-D map (compositor on SwiftShader)');
  // The same 2-D map with Chromium's software compositor instead of an emulated GPU: shows how
  // much of the above is SwiftShader compositing rather than the page's own work.
  const noGpu = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--disable-gpu'], headless: true, timeout: 60_000 });
  try {
    await rollingView(noGpu, base, '2d', '2-D map (--disable-gpu: software compositor)');
  } finally {
    await noGpu.close().catch(() => undefined);
  }
}

/** Runs every browser benchmark against the built app in BENCH_APP_DIR (default: this checkout). */
export async function benchBrowser(): Promise<void> {
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
  const buildId = path.join(appDir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) {
    console.log(`\n## Browser\nbrowser benchmarks skipped: no build in ${appDir}/.next — run npm run build first`);
    return;
  }
  console.log(`\n## Browser (headless Chromium; the app as built in ${appDir} at ${statSync(buildId).mtime.toISOString()})`);
  const executablePath = chromiumPath();
  const port = await freePort(Number(process.env.BENCH_PORT ?? 3310));
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(appDir, port);
  const onExit = () => {
    try {
      process.kill(-server.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  // Interrupted (Ctrl-C, timeout): the server runs in its own process group, so stop it here;
  // Playwright kills its browsers on exit.
  const onSignal = () => process.exit(130);
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let browser: Browser | null = null;
  try {
    await waitForServer(base, server);
    browser = await chromium.launch({ executablePath, args: BENCH_ARGS, headless: true, timeout: 60_000 });
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`machine: ${os.cpus().length} cores, load average ${load} (other work on the machine slows every figure below)`);
    console.log(`Chromium ${browser.version()}${executablePath ? ` (${executablePath})` : ''}, flags: --use-angle=swiftshader --enable-unsafe-swiftshader --enable-unsafe-webgpu`);
    const sections: [string, () => Promise<void>][] = [
      ['play loop', () => benchPlayLoop(browser!, base)],
      ['landscape recompute', () => benchRecompute(browser!, base)],
      ['frame times', () => benchFrames(browser!, base, executablePath)],
      ['first-load JS', () => benchFirstLoadJs(browser!, base)],
    ];
    for (const [name, run] of sections) {
      if (!benchWanted(name === 'play loop' ? 'play-loop' : 'browser')) continue;
      try {
        await run();
      } catch (e) {
        console.log(`${name}: skipped (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stopServer(server);
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
