/**
 * Lighthouse (pinned 12.2.3; 13 needs Node 22) on two lesson pages in headless Chromium with the
 * desktop settings: performance, accessibility, best practices and SEO, each against the ≥ 90
 * target. Baseline in the same run: the home page, which has no MDX, math or challenges.
 * Needs a built app (`.next/BUILD_ID`). Run alone: `npx tsx scripts/bench/lighthouse.ts`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { freePort, startNext, stopNext } from './next-process';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [...(process.env.LIGHTHOUSE_PAGE ? [process.env.LIGHTHOUSE_PAGE] : ['/learn/mini-batches', '/learn/saddle-points', '/zh/learn/saddle-points']), '/'];

function chromePath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`no Chromium at ${p} (set CHROMIUM_PATH)`);
  return p;
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start`);
}

export async function benchLighthouse(): Promise<void> {
  const appDir = process.env.BENCH_APP_DIR ?? process.cwd();
  if (!existsSync(path.join(appDir, '.next', 'BUILD_ID'))) throw new Error('no build (run `npm run build` first)');
  const port = await freePort(3400);
  const server = startNext(appDir, port);
  const chrome = await launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(base);
    console.log('\nLighthouse 12.2.3, desktop settings, headless Chromium (targets ≥ 90 each)');
    for (const page of PAGES) {
      await fetch(base + page); // warm the server's cache so the first request is not measured cold
      const res = await lighthouse(base + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, desktopConfig);
      if (!res) throw new Error('lighthouse returned nothing');
      const cats = res.lhr.categories;
      const scores = CATEGORIES.map((c) => `${c} ${Math.round((cats[c]?.score ?? 0) * 100)}`);
      const audits = res.lhr.audits;
      const lcp = audits['largest-contentful-paint']?.displayValue ?? '?';
      const tbt = audits['total-blocking-time']?.displayValue ?? '?';
      console.log(`  ${page === '/' ? 'baseline /' : page}: ${scores.join(' · ')} (LCP ${lcp}, TBT ${tbt})`);
      const failing = CATEGORIES.filter((c) => (cats[c]?.score ?? 0) < 0.9);
      for (const c of failing) {
        const refs = cats[c]?.auditRefs ?? [];
        const worst = refs
          .map((r) => audits[r.id])
          .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
          .slice(0, 4)
          .map((a) => a.title);
        console.log(`    below target in ${c}: ${worst.join('; ')}`);
      }
    }
  } finally {
    chrome.kill();
    await stopNext(server);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLighthouse();
