'use client';
/** Keeps `window.__descent` (test-api.ts) in step with the player. */
import { useEffect, useRef, useState } from 'react';
import type { Level } from '@/engine';
import { publishTestApi } from './test-api';
import { gridCounters, type useSurfaces } from './useSurfaces';
import type { PlayerState, PreviewMode } from './player-state';
import type { PathView } from '@/components/scene/types';

export interface PlayerTestApiArgs {
  readonly level: Level;
  readonly state: PlayerState;
  readonly surfaces: ReturnType<typeof useSurfaces>;
  readonly view: '3d' | '2d';
  readonly split: boolean;
  readonly status: string;
  readonly preview: PathView | null;
  readonly mode: PreviewMode;
  readonly launch: () => void;
  readonly finish: () => void;
  readonly mustPredict: boolean;
  readonly predict: (i: number) => void;
}

export function usePlayerTestApi({ level, state, surfaces, view, split, status, preview, mode, launch, finish, mustPredict, predict }: PlayerTestApiArgs): void {
  // When a new preview reaches the screen: the frame after React commits it (the 2-D map
  // redraws its path in that same animation frame).
  const [drawnAt, setDrawnAt] = useState<number | null>(null);
  const latest = useRef(preview);
  latest.current = preview;
  useEffect(() => {
    if (!preview) return;
    const id = requestAnimationFrame(() => latest.current === preview && setDrawnAt(performance.now()));
    return () => cancelAnimationFrame(id);
  }, [preview]);

  const { run, settings, seed, launches, assisted } = state;
  const { shown, backend, wantedKey } = surfaces;
  useEffect(() => {
    publishTestApi({
      levelId: level.id,
      backend: backend?.name ?? null,
      software: backend?.software ?? false,
      view,
      layout: split ? 'split' : 'single',
      status,
      settings,
      seed,
      surfaceRes: shown && !shown.coarse ? shown.grid.nx : null,
      surface: shown ? { key: shown.key, coarse: shown.coarse, at: shown.at } : null,
      wantedSurfaceKey: wantedKey,
      // Getters: read when asked, so the per-render publish stays cheap and never stale.
      get gridComputations() {
        return { ...gridCounters };
      },
      preview: { mode, steps: preview?.steps ?? null, last: preview ? [preview.x[preview.steps], preview.y[preview.steps]] : null, drawnAt },
      launches,
      assisted,
      get result() {
        return run
          ? { outcome: run.trace.outcome, score: run.score, stars: assisted ? 0 : run.stars, successRate: run.successRate, steps: run.trace.steps, goalStep: run.trace.goalStep, x: Array.from(run.trace.x.subarray(0, run.trace.steps + 1)), y: Array.from(run.trace.y.subarray(0, run.trace.steps + 1)) }
          : null;
      },
      mustPredict,
      predict,
      launch,
      finish,
    });
  }, [level.id, shown, backend, wantedKey, view, split, status, settings, seed, run, launches, assisted, preview, mode, drawnAt, launch, finish, mustPredict, predict]);
}
