'use client';
/**
 * Keeps the surfaces the view draws up to date, as cheaply as the settings allow:
 *  - the training objective's grid is cached per key (surface-key.ts): only the level,
 *    BatchNorm and L1/L2 λ reshape it, so a learning-rate or optimizer change never recomputes;
 *  - a new key first shows a coarse grid from the float64 engine (a few ms on the main thread:
 *    its size counts each example's cost, surface-key.ts), then the full GPU_RES² grid when the
 *    GPU source returns it — for a real network that is seconds on wasm, computed in slices that
 *    yield to the page (components/gpu/network-tf.ts), so the coarse grid stays on screen meanwhile;
 *  - a computation whose key is no longer wanted is dropped before it starts, or its result is
 *    cached without being shown; errors of abandoned computations are not reported.
 * The test-loss and mini-batch layers are computed on demand.
 */
import { useEffect, useRef, useState } from 'react';
import { BatchSampler, createRng, type Landscape, type Level, type Settings, type Trace } from '@/engine';
import { pageSurfaceSource } from '@/components/gpu/surface-source';
import { jsSurface } from '@/components/gpu/js-surface';
import { LruCache } from '@/engine/lru';
import { coarseRes, exampleCostWeight, levelKeyOf, trainGridKey } from './surface-key';
import type { Layers } from './LayerToggles';
import type { SurfaceGrid } from '@/components/scene/types';

/** Grid resolution requested from the GPU source. */
export const GPU_RES = 256;

/** The row indices of the mini-batch used at step t (≥ 1), replayed from the run's seed. */
export function batchAt(n: number, settings: Pick<Settings, 'batchSize' | 'shuffle'>, seed: number, t: number): Int32Array {
  const sampler = new BatchSampler(n, settings.batchSize, settings.shuffle, createRng(seed));
  const idx = new Int32Array(settings.batchSize);
  let count = 0;
  for (let k = 0; k < t; k++) count = sampler.next(idx);
  return idx.slice(0, count);
}

const source = pageSurfaceSource;

/**
 * Page-wide counts of training-grid computations (read by the window test API and the bench):
 * `full` counts GPU_RES² grids started, `coarse` the engine's quick first grids.
 */
export const gridCounters = { full: 0, coarse: 0 };

/** The training grid on screen and what it is. */
export interface ShownGrid {
  readonly key: string;
  readonly grid: SurfaceGrid;
  readonly coarse: boolean;
  /** performance.now() when it was computed. */
  readonly at: number;
}

/** What computed the full grid. */
export interface SurfaceBackend {
  readonly name: string;
  readonly software: boolean;
  /** Milliseconds the last full grid took. */
  readonly ms: number;
}

export function useSurfaces(args: { level: Level; landscape: Landscape; settings: Settings; seed: number; layers: Layers; step: number; trace: Trace | null }) {
  const { level, landscape, settings, seed, layers, step, trace } = args;
  const [backend, setBackend] = useState<SurfaceBackend | null>(null);
  const [shown, setShown] = useState<ShownGrid | null>(null);
  const [test, setTest] = useState<SurfaceGrid | null>(null);
  const [batch, setBatch] = useState<SurfaceGrid | null>(null);
  const cache = useRef(new LruCache<SurfaceGrid>(8));
  const { l1, l2, batchNorm, standardize } = settings;
  const key = trainGridKey(levelKeyOf(level), { l1, l2, batchNorm, standardize });

  useEffect(() => {
    const hit = cache.current.get(key);
    if (hit) {
      setShown({ key, grid: hit, coarse: false, at: performance.now() });
      return;
    }
    let cancelled = false;
    // Abandoned when the key changes: a slow grid (a real network on wasm) stops at its next chunk.
    const abort = new AbortController();
    gridCounters.coarse++;
    const res = coarseRes(landscape.train.n, exampleCostWeight(level.landscape));
    setShown({ key, grid: jsSurface(landscape, { split: 'train', l1, l2, res }), coarse: true, at: performance.now() });
    (async () => {
      const src = await source();
      if (cancelled) return;
      gridCounters.full++;
      const t0 = performance.now();
      const grid = await src.compute({ spec: level.landscape, land: landscape, split: 'train', rows: null, l1, l2, res: GPU_RES, signal: abort.signal });
      cache.current.set(key, grid);
      if (cancelled) return;
      setBackend({ name: src.name, software: src.software ?? false, ms: performance.now() - t0 });
      setShown({ key, grid, coarse: false, at: performance.now() });
    })().catch((e) => {
      if (!cancelled) console.error('surface failed', e);
    });
    return () => {
      cancelled = true;
      abort.abort();
    };
    // `key` names everything the grid depends on (the level, L1, L2, BatchNorm; `landscape`
    // follows the level and BatchNorm), so the effect runs once per grid, not per new object.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by `key` (see above)
  }, [key]);

  useEffect(() => {
    if (!layers.test) return;
    let cancelled = false;
    const abort = new AbortController();
    source()
      .then((src) => (cancelled ? null : src.compute({ spec: level.landscape, land: landscape, split: 'test', rows: null, l1, l2, res: GPU_RES, signal: abort.signal })))
      .then((g) => g && !cancelled && setTest(g))
      .catch((e) => !cancelled && console.error('test surface failed', e));
    return () => {
      cancelled = true;
      abort.abort();
    };
  }, [layers.test, level, landscape, l1, l2]);

  // The batch surface follows the shown step (batch size, shuffling and seed pick its rows);
  // throttled by the caller's ~10 Hz step updates.
  const batchStep = layers.batch && trace ? Math.max(1, Math.min(step, trace.steps)) : 0;
  const { batchSize, shuffle } = settings;
  useEffect(() => {
    if (!batchStep) return;
    let cancelled = false;
    const abort = new AbortController();
    const rows = batchAt(landscape.train.n, { batchSize, shuffle }, seed, batchStep);
    source()
      .then((src) => (cancelled ? null : src.compute({ spec: level.landscape, land: landscape, split: 'train', rows, l1, l2, res: 128, signal: abort.signal })))
      .then((g) => g && !cancelled && setBatch(g))
      .catch((e) => !cancelled && console.error('batch surface failed', e));
    return () => {
      cancelled = true;
      abort.abort();
    };
  }, [batchStep, level, landscape, batchSize, shuffle, seed, l1, l2]);

  return { backend, shown, wantedKey: key, test: layers.test ? test : null, batch: layers.batch ? batch : null };
}
