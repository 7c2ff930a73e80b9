/**
 * First-load JavaScript of /play/[id] (issue: the player's speed figures), gzip-sized here with
 * zlib (the server may or may not compress; what it sent is printed too). Chunks are recognized
 * by content, since their names are hashes:
 *   3-D      three.js / react-three-fiber ('WebGLRenderer', '@react-three');
 *   TF.js    the library and its backends, and the GPU adapter (components/gpu) that loads them;
 *   app      everything else (React, Next's runtime, the engine, the player).
 * Figures: (i) the scripts the initial HTML references (nomodule polyfills excluded: a modern
 * browser never fetches them); (ii) those plus the lazily loaded player chunks up to an
 * interactive player, 2-D view, minus 3-D and TF.js; (iii) the 3-D chunk and the TF.js chunks.
 * Baseline: the home page's first-load JS, same run.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export interface Script {
  readonly url: string;
  /** Bytes on the wire (compressed if the server compressed). */
  readonly encoded: number;
  readonly raw: number;
  readonly gzip: number;
  readonly kind: '3d' | 'tfjs' | 'app';
  readonly label: string;
  readonly body: string;
}

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (xs: readonly Script[], k: 'gzip' | 'raw' | 'encoded' = 'gzip') => xs.reduce((a, s) => a + s[k], 0);
const short = (url: string) => url.replace(/^.*\/_next\/static\/chunks\//, '');

/** What a chunk is, from its content. */
export function classify(body: string): { kind: Script['kind']; label: string } {
  if (/WebGLRenderer|@react-three/.test(body)) return { kind: '3d', label: 'three.js + react-three-fiber/drei' };
  if (body.includes('/tfjs-wasm/')) return { kind: 'tfjs', label: 'GPU adapter (components/gpu)' };
  if (/tfjs-backend-wasm/.test(body)) return { kind: 'tfjs', label: 'tfjs-backend-wasm' };
  if ((body.match(/GPUBufferUsage/g) ?? []).length > 3) return { kind: 'tfjs', label: 'tfjs-backend-webgpu' };
  if (/LayersModel/.test(body)) return { kind: 'tfjs', label: '@tensorflow/tfjs (layers, converter, data, webgl + cpu backends)' };
  if (/tfjs/.test(body)) return { kind: 'tfjs', label: 'tfjs-core' };
  // tfjs-backend-cpu's shared kernels (the wasm backend uses them): no 'tfjs' string, but dtypes and *Impl names.
  if (/complex64/.test(body) && /[a-zA-Z]Impl"/.test(body)) return { kind: 'tfjs', label: 'tfjs-backend-cpu shared kernels' };
  // TF.js kernel helpers split out by the bundler (shape utilities, the CPU backend's dtype checks).
  if (/complex64/.test(body) && /sizeFromShape|in the CPU backend/.test(body)) return { kind: 'tfjs', label: 'tfjs kernel helpers' };
  const tags: [string, RegExp][] = [
    ['react-dom', /react-dom/],
    ['Next app router', /next-router-state-tree/],
    ['React', /react\.dev\/errors/],
    ['zod', /ZodError/],
    ['engine', /sharp-flat|Rosenbrock/],
    ['player', /player\.transport/],
    ['level placeholder', /level\.placeholder/],
    ['turbopack runtime', /TURBOPACK_ASSET_SUFFIX/],
  ];
  const found = tags.filter(([, re]) => re.test(body)).map(([t]) => t);
  return { kind: 'app', label: found.join(', ') || '—' };
}

interface Capture {
  readonly html: string;
  readonly scripts: Script[];
  readonly wasm: { url: string; encoded: number }[];
}

/** Loads `url`, records every script response until `ready` holds and the network is quiet. */
async function capture(page: Page, url: string, ready: (() => boolean) | null): Promise<Capture> {
  const pending: Promise<Script | null>[] = [];
  const wasm: { url: string; encoded: number }[] = [];
  page.on('response', (res) => {
    const u = res.url();
    if (/\.wasm(\?|$)/.test(u)) {
      pending.push(res.request().sizes().then((s) => (wasm.push({ url: u, encoded: s.responseBodySize }), null), () => null));
      return;
    }
    if (res.request().resourceType() !== 'script' && !/\.m?js(\?|$)/.test(u)) return;
    pending.push(
      (async () => {
        const buf = await res.body();
        const sizes = await res.request().sizes();
        const body = buf.toString('utf8');
        return { url: u, encoded: sizes.responseBodySize, raw: buf.length, gzip: gzipSync(buf).length, body, ...classify(body) };
      })().catch(() => null),
    );
  });
  // Next's <Link> prefetches the routes the header links to (RSC requests, `?_rsc=`), which
  // pulls in those pages' client chunks. They are not this page's first load: block them.
  await page.route(/[?&]_rsc=/, (r) => r.abort());
  const resp = await page.goto(url, { timeout: 60_000, waitUntil: 'load' });
  const html = (await resp?.text()) ?? '';
  if (ready) await page.waitForFunction(ready, null, { timeout: 90_000, polling: 250 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  const seen = new Map<string, Script>();
  for (const s of await Promise.all(pending)) if (s) seen.set(s.url, s);
  return { html, scripts: [...seen.values()], wasm };
}

/** The chunk URLs the HTML references (script tags and the inline RSC payload), nomodule excluded. */
function initialUrls(html: string, base: string): { urls: Set<string>; nomodule: Set<string> } {
  const nomodule = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*src="([^"]+)"[^>]*>/g)) if (/nomodule/i.test(m[0])) nomodule.add(new URL(m[1], base).href);
  const urls = new Set<string>();
  for (const m of html.matchAll(/\/_next\/static\/chunks\/[\w.~-]+\.js/g)) {
    const u = new URL(m[0], base).href;
    if (!nomodule.has(u)) urls.add(u);
  }
  return { urls, nomodule };
}

/** Scripts for the given URLs: captured ones, else fetched here (a referenced chunk the page did not load). */
async function scriptsFor(urls: Iterable<string>, captured: Script[]): Promise<Script[]> {
  const out: Script[] = [];
  for (const u of urls) {
    let s = captured.find((c) => c.url === u);
    if (!s) {
      const buf = Buffer.from(await (await fetch(u, { signal: AbortSignal.timeout(10_000) })).arrayBuffer());
      const body = buf.toString('utf8');
      s = { url: u, encoded: buf.length, raw: buf.length, gzip: gzipSync(buf).length, body, ...classify(body) };
    }
    out.push(s);
  }
  return out;
}

async function withPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const ctx = await browser.newContext();
  try {
    return await run(await ctx.newPage());
  } finally {
    await ctx.close();
  }
}

export async function benchFirstLoadJs(browser: Browser, base: string): Promise<void> {
  // Baseline: the home page.
  const home = await withPage(browser, (p) => capture(p, base + '/', null));
  const homeInit = await scriptsFor(initialUrls(home.html, base).urls, home.scripts);

  // The play page, 2-D map, WASM surfaces: three.js should never load.
  const play2d = await withPage(browser, (p) => capture(p, `${base}/play/saddle-escape?view=2d&backend=wasm`, () => !!window.__descent?.backend));
  const { urls, nomodule } = initialUrls(play2d.html, base);
  const init = await scriptsFor(urls, play2d.scripts);
  const lazy = play2d.scripts.filter((s) => !urls.has(s.url) && !nomodule.has(s.url));
  const lazyApp = lazy.filter((s) => s.kind === 'app');
  const firstLoad = [...init, ...lazyApp];

  // The play page, 3-D view, default backend order: the 3-D chunk and the TF.js chunks it uses.
  const play3d = await withPage(browser, (p) =>
    capture(p, `${base}/play/saddle-escape`, () => !!window.__descent?.backend && !!document.querySelector('[data-testid="player.view"][data-view="3d"] canvas')),
  );
  const three = play3d.scripts.filter((s) => s.kind === '3d');
  // The default (3-D) path: everything the page loads except the 3-D chunk itself and TF.js.
  const init3d = await scriptsFor(initialUrls(play3d.html, base).urls, play3d.scripts);
  const app3d = play3d.scripts.filter((s) => s.kind === 'app' && !init3d.includes(s) && !nomodule.has(s.url));
  const firstLoad3d = [...init3d, ...app3d];
  const tfjs = new Map<string, Script>();
  for (const s of [...play2d.scripts, ...play3d.scripts]) if (s.kind === 'tfjs') tfjs.set(s.url, s);
  const nomod = await scriptsFor(nomodule, []);

  console.log(`first-load JS /play/[id] before the 3-D chunk (default 3-D view): ${KB(sum(firstLoad3d))} gzip   target ≤ 200 KB`);
  console.log(`  same page in the 2-D map (the 2-D chunk instead of the 3-D one): ${KB(sum(firstLoad))} gzip`);
  console.log(`  (i)  scripts in the initial HTML: ${KB(sum(init))} gzip, ${KB(sum(init, 'raw'))} raw, ${init.length} files`);
  console.log(`  (ii) + lazy player chunks until interactive (2-D map, wasm): +${KB(sum(lazyApp))} gzip, ${lazyApp.length} files (server sent ${KB(sum(firstLoad, 'encoded'))} in all)`);
  console.log(`       2-D map loaded three.js: ${lazy.some((s) => s.kind === '3d') ? 'YES (unexpected)' : 'no'}`);
  console.log(`  (iii) 3-D chunk(s), loaded by the 3-D view: ${three.length ? `${KB(sum(three))} gzip (${KB(sum(three, 'raw'))} raw), ${three.length} files` : 'none captured'}`);
  const tfList = [...tfjs.values()].sort((a, b) => b.gzip - a.gzip);
  console.log(`        TF.js chunks: ${KB(sum(tfList))} gzip in all — ${tfList.map((s) => `${s.label} ${KB(s.gzip)}`).join('; ')}`);
  if (play2d.wasm.length || play3d.wasm.length) {
    const w = new Map([...play2d.wasm, ...play3d.wasm].map((x) => [x.url, x]));
    console.log(`        .wasm binaries fetched: ${[...w.values()].map((x) => `${x.url.split('/').pop()} ${KB(x.encoded)} sent`).join('; ')}`);
  }
  if (nomod.length) console.log(`        not counted: nomodule polyfills ${KB(sum(nomod))} gzip (never fetched by a modern browser)`);
  console.log(`  baseline: home page '/' first-load JS: ${KB(sum(homeInit))} gzip, ${homeInit.length} files`);
  console.log('  largest chunks of (ii):');
  for (const s of [...firstLoad].sort((a, b) => b.gzip - a.gzip).slice(0, Number(process.env.BENCH_CHUNKS ?? 6))) {
    console.log(`    ${KB(s.gzip).padStart(9)} gzip  ${KB(s.raw).padStart(9)} raw  ${init.includes(s) ? 'initial' : 'lazy   '}  ${short(s.url)}  ${s.label}`);
  }
}
