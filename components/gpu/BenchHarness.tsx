'use client';
/**
 * Development benchmark (/dev/bench, read by `npm run bench`): the landscape recompute on a
 * 256×256 grid with N = 256 training examples, on every TF.js backend that starts in this
 * browser, against the plain-JS float64 engine (jsSurface) on the same landscape and grid.
 *
 * Per backend and family: `firstMs` is the first compute on a freshly started backend (shader
 * compilation, uploads); then each timed recompute builds a fresh SurfaceProgram, as the player
 * does when a settings change gives a new landscape (the program's own cache would otherwise
 * answer a repeat without running a kernel): upload examples and grid, run, read back.
 * Query: ?backends=wasm,webgl (default all four), ?families=sharp-flat,network, ?reps=5.
 * `network` (issue 15, only when named) is the penguins network's slice over every training row
 * (./network-bench.ts); `npm run bench` asks for it on wasm alone.
 * Results go to `window.__bench` and into the table.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, defineLevel, landscapeFor, type Landscape, type Level } from '@/engine';
import { jsSurface } from './js-surface';
import type { BackendName } from './backend';
import { BACKEND_ORDER, initBackend, isSoftwareBackend, parseBackendOrder } from './backend';
import { createSurfaceProgram } from './surface';
import { prepareNetworkBench, timeNetworkBackend, timeNetworkJs, type NetworkBench } from './network-bench';

const RES = 256;
const N = 256;
/** Timed recomputes stop after this many ms (at least one runs): tfjs-cpu takes seconds each. */
const REP_BUDGET_MS = 6000;

export interface BenchRow {
  readonly family: string;
  readonly backend: BackendName | 'js';
  readonly ok: boolean;
  readonly error?: string;
  readonly software?: boolean;
  readonly renderer?: string;
  readonly firstMs?: number;
  readonly medianMs?: number;
  readonly times?: number[];
}

export interface BenchResult {
  done: boolean;
  res: number;
  n: number;
  userAgent: string;
  rows: BenchRow[];
  error?: string;
}

declare global {
  interface Window {
    __bench?: BenchResult;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const FAMILIES: Record<string, () => Level> = {
  'sharp-flat': () =>
    defineLevel({
      landscape: { family: 'sharp-flat', params: {}, variation: { n: N, nTest: 16 } },
      start: [-1.1, 0.7],
      goal: { kind: 'region', center: [9, 9], radius: 0.01 },
      budget: 100,
    }),
  regression: () =>
    defineLevel({
      landscape: { family: 'regression', params: {}, variation: { n: N, nTest: 16 } },
      start: [0, 0],
      goal: { kind: 'loss', split: 'test', below: 0 },
      budget: 100,
    }),
};

/** What renders the backend, where the browser says (WebGL renderer string, WebGPU adapter info). */
async function rendererOf(name: BackendName): Promise<string | undefined> {
  try {
    if (name === 'webgl') {
      const tf = await import('@tensorflow/tfjs');
      const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
      if (!gl) return undefined;
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    }
    if (name === 'webgpu') {
      type Info = { vendor?: string; architecture?: string; description?: string };
      const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ info?: Info; isFallbackAdapter?: boolean } | null> } }).gpu;
      const a = await gpu?.requestAdapter();
      const i = a?.info;
      return i ? [i.vendor, i.architecture, i.description].filter(Boolean).join(' / ') + (a?.isFallbackAdapter ? ' (fallback adapter)' : '') : undefined;
    }
  } catch {
    /* renderer unknown */
  }
  return undefined;
}

async function timeBackend(name: BackendName, family: string, level: Level, land: Landscape, reps: number): Promise<BenchRow> {
  const opts = { split: 'train' as const, rows: null, l1: 0, l2: 0, res: RES };
  const once = async (): Promise<number> => {
    const program = createSurfaceProgram(level.landscape, land);
    try {
      const t0 = performance.now();
      await program.compute(opts);
      return performance.now() - t0;
    } finally {
      program.dispose();
    }
  };
  const firstMs = await once();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < reps && (times.length === 0 || performance.now() - start < REP_BUDGET_MS)) times.push(await once());
  return { family, backend: name, ok: true, firstMs, medianMs: median(times), times };
}

function timeJs(family: string, land: Landscape, reps: number): BenchRow {
  const once = () => {
    const t0 = performance.now();
    jsSurface(land, { split: 'train', l1: 0, l2: 0, res: RES });
    return performance.now() - t0;
  };
  const firstMs = once();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < reps && (times.length === 0 || performance.now() - start < REP_BUDGET_MS)) times.push(once());
  return { family, backend: 'js', ok: true, firstMs, medianMs: median(times), times };
}

async function runBench(publish: (r: BenchResult) => void): Promise<void> {
  const q = new URLSearchParams(window.location.search);
  const backends = parseBackendOrder(q.get('backends'), BACKEND_ORDER);
  // `network` only when asked: on SwiftShader its WebGL/WebGPU grids run for minutes and can take the page down.
  const asked = q.get('families')?.split(',') ?? Object.keys(FAMILIES);
  const families = asked.filter((f) => f in FAMILIES);
  const net: NetworkBench | null = asked.includes('network') ? await prepareNetworkBench(RES) : null;
  const ok = (t: { family: string; backend: BackendName | 'js'; firstMs: number; times: number[] }): BenchRow => ({ ...t, ok: true, medianMs: median(t.times) });
  const reps = Math.max(1, Math.min(20, Number(q.get('reps')) || 5));
  const result: BenchResult = { done: false, res: RES, n: N, userAgent: navigator.userAgent, rows: [] };
  const push = (row: BenchRow) => {
    result.rows.push(row);
    publish({ ...result, rows: [...result.rows] });
  };
  const lands = families.map((f) => {
    const level = FAMILIES[f]();
    return { family: f, level, land: landscapeFor(level, DEFAULT_SETTINGS) };
  });
  for (const { family, land } of lands) push(timeJs(family, land, reps));
  if (net) push(ok(await timeNetworkJs(net, reps, REP_BUDGET_MS)));
  for (const name of backends) {
    try {
      await initBackend([name]);
    } catch (e) {
      for (const family of [...lands.map((l) => l.family), ...(net ? [net.family] : [])]) push({ family, backend: name, ok: false, error: `did not start (${String(e instanceof Error ? e.message : e)})` });
      continue;
    }
    const software = isSoftwareBackend(name);
    const renderer = await rendererOf(name);
    for (const { family, level, land } of lands) {
      try {
        push({ ...(await timeBackend(name, family, level, land, reps)), software, renderer });
      } catch (e) {
        push({ family, backend: name, ok: false, software, renderer, error: String(e instanceof Error ? e.message : e) });
      }
    }
    if (net) {
      try {
        push({ ...ok(await timeNetworkBackend(net, name, reps, REP_BUDGET_MS)), software, renderer });
      } catch (e) {
        push({ family: net.family, backend: name, ok: false, software, renderer, error: String(e instanceof Error ? e.message : e) });
      }
    }
  }
  result.done = true;
  publish({ ...result, rows: [...result.rows] });
}

const fmt = (ms?: number) => (ms === undefined ? '—' : ms.toFixed(ms < 100 ? 1 : 0));

export default function BenchHarness() {
  const [bench, setBench] = useState<BenchResult | null>(null);
  useEffect(() => {
    const publish = (r: BenchResult) => {
      window.__bench = r;
      setBench(r);
    };
    runBench(publish).catch((e) => {
      const r: BenchResult = { done: true, res: RES, n: N, userAgent: navigator.userAgent, rows: window.__bench?.rows ?? [], error: String(e) };
      publish(r);
    });
  }, []);
  return (
    <main className="mx-auto max-w-4xl p-6 text-sm">
      <h1 className="mb-2 text-xl font-bold">Landscape recompute benchmark</h1>
      <p className="mb-4 text-slate-600">
        {RES}×{RES} grid × N = {N} training examples; fresh program per recompute; median of the timed runs.{' '}
        <span data-testid="bench.status">{bench?.done ? 'Done.' : 'Running…'}</span>
        {bench?.error ? <span className="text-red-700"> {bench.error}</span> : null}
      </p>
      <table className="w-full border-collapse text-left" data-testid="bench.table">
        <thead>
          <tr className="border-b">
            <th className="py-1">family</th>
            <th>backend</th>
            <th>first (ms)</th>
            <th>median (ms)</th>
            <th>runs</th>
            <th>renderer</th>
          </tr>
        </thead>
        <tbody>
          {(bench?.rows ?? []).map((r) => (
            <tr key={`${r.family}-${r.backend}`} className="border-b border-slate-200">
              <td className="py-1">{r.family}</td>
              <td>{r.backend === 'js' ? 'plain-JS engine' : r.backend}</td>
              <td>{r.ok ? fmt(r.firstMs) : '—'}</td>
              <td>{r.ok ? fmt(r.medianMs) : r.error}</td>
              <td>{r.times?.length ?? 0}</td>
              <td>{r.renderer ?? ''}{r.software ? ' (software)' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
