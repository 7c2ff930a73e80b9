/**
 * Auto-calibration in headless Chromium (issue 6 target: ≤ 10 s): loads /dev/bench/calibrate,
 * which runs the editor's sweep of the benchmark level (200 combinations × K = 8) in the real
 * Web Worker, three times; prints the median wall time next to the Node figure from the same
 * run (scripts/bench/calibrate.ts). Needs a built app. Run alone: `npx tsx scripts/bench/calibrate-browser.ts`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/browsers';
import { median } from './engine';
import { freePort, startNext, stopNext } from './next-process';

export async function benchCalibrateBrowser(nodeMs?: number): Promise<void> {
  const appDir = process.env.BENCH_APP_DIR ?? process.cwd();
  if (!existsSync(path.join(appDir, '.next', 'BUILD_ID'))) throw new Error('no build (run `npm run build` first)');
  const port = await freePort(3500);
  const server = startNext(appDir, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    const page = await browser.newPage();
    const times: number[] = [];
    let tried = 0;
    for (let i = 0; i < 3; i++) {
      await page.goto(`${base}/dev/bench/calibrate`);
      await page.waitForFunction(() => window.__calibrationBench !== undefined, null, { timeout: 120_000 });
      const r = await page.evaluate(() => window.__calibrationBench!);
      times.push(r.ms);
      tried = r.tried;
    }
    const ms = median(times);
    console.log(
      `  headless Chromium, Web Worker: ${tried} combinations × K=8 in median ${ms.toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')})   target ≤ 10 000 ms${nodeMs ? `   Node same run: ${nodeMs.toFixed(0)} ms` : ''}`,
    );
  } finally {
    await browser.close();
    await stopNext(server);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCalibrateBrowser();
