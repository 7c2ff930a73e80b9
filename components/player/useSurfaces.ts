'use client';
/**
 * Keeps the surfaces the view draws up to date: the training objective (recomputed when λ or
 * BatchNorm reshape it), and on demand the test-loss surface and the current batch's own
 * surface. Computation is asynchronous (GPU); the previous grid stays on screen meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { BatchSampler, createRng, type Landscape, type Level, type Settings, type Trace } from '@/engine';
import { createSurfaceSource, type SurfaceSource } from './surface-source';
import type { Layers } from './LayerToggles';
import type { SurfaceGrid } from './types';

/** Grid resolution requested from the GPU source. */
export const GPU_RES = 256;

/** The row indices of the mini-batch used at step t (≥ 1), replayed from the run's seed. */
export function batchAt(n: number, settings: Settings, seed: number, t: number): Int32Array {
  const sampler = new BatchSampler(n, settings.batchSize, settings.shuffle, createRng(seed));
  const idx = new Int32Array(settings.batchSize);
  let count = 0;
  for (let k = 0; k < t; k++) count = sampler.next(idx);
  return idx.slice(0, count);
}

let shared: Promise<SurfaceSource> | null = null;
/** One surface source per page (TF.js backends are global). */
function source(): Promise<SurfaceSource> {
  if (!shared) {
    const order = new URLSearchParams(window.location.search).get('backend')?.split(',');
    shared = createSurfaceSource(order);
  }
  return shared;
}

export function useSurfaces(args: { level: Level; landscape: Landscape; settings: Settings; seed: number; layers: Layers; step: number; trace: Trace | null }) {
  const { level, landscape, settings, seed, layers, step, trace } = args;
  const [backend, setBackend] = useState<string | null>(null);
  const [main, setMain] = useState<SurfaceGrid | null>(null);
  const [test, setTest] = useState<SurfaceGrid | null>(null);
  const [batch, setBatch] = useState<SurfaceGrid | null>(null);
  const [ms, setMs] = useState<number | null>(null);
  const generation = useRef(0);
  const { l1, l2 } = settings;

  useEffect(() => {
    const gen = ++generation.current;
    let cancelled = false;
    (async () => {
      const src = await source();
      const t0 = performance.now();
      const grid = await src.compute({ spec: level.landscape, land: landscape, split: 'train', rows: null, l1, l2, res: GPU_RES });
      if (cancelled || gen !== generation.current) return;
      setMs(performance.now() - t0);
      setBackend(src.name);
      setMain(grid);
    })().catch((e) => console.error('surface failed', e));
    return () => {
      cancelled = true;
    };
  }, [level, landscape, l1, l2]);

  useEffect(() => {
    if (!layers.test) return;
    let cancelled = false;
    source()
      .then((src) => src.compute({ spec: level.landscape, land: landscape, split: 'test', rows: null, l1, l2, res: GPU_RES }))
      .then((g) => !cancelled && setTest(g))
      .catch((e) => console.error('test surface failed', e));
    return () => {
      cancelled = true;
    };
  }, [layers.test, level, landscape, l1, l2]);

  // The batch surface follows the shown step; throttled by the caller's ~10 Hz step updates.
  const batchStep = layers.batch && trace ? Math.max(1, Math.min(step, trace.steps)) : 0;
  useEffect(() => {
    if (!batchStep) return;
    let cancelled = false;
    const rows = batchAt(landscape.train.n, settings, seed, batchStep);
    source()
      .then((src) => src.compute({ spec: level.landscape, land: landscape, split: 'train', rows, l1, l2, res: 128 }))
      .then((g) => !cancelled && setBatch(g))
      .catch((e) => console.error('batch surface failed', e));
    return () => {
      cancelled = true;
    };
  }, [batchStep, level, landscape, settings, seed, l1, l2]);

  return { backend, main, test: layers.test ? test : null, batch: layers.batch ? batch : null, ms };
}
