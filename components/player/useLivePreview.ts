'use client';
/**
 * The live preview: while a setting moves, the engine re-simulates the shown seed (a few ms) and
 * the view draws the path — in a challenge only its first tenth, once the player has launched,
 * so it shows a zig-zag, a stall or a blow-up but not whether the goal is reached.
 * Nothing is recomputed but the path: the landscape object and the grid stay as they are.
 */
import { useMemo } from 'react';
import { simulate, type Landscape, type Level, type Settings } from '@/engine';
import { partialPreviewSteps, type PreviewMode } from './player-state';
import type { PathView } from '@/components/scene/types';

export function useLivePreview(level: Level, landscape: Landscape, settings: Settings, seed: number, mode: PreviewMode, active: boolean): PathView | null {
  return useMemo(() => {
    if (!active || mode === 'hidden') return null;
    // The partial preview simulates only the steps it shows (same seed, same batches: the
    // first steps of a run do not depend on its budget).
    const shown = mode === 'full' ? level : { ...level, budget: partialPreviewSteps(level.budget) };
    const trace = simulate(shown, settings, seed, { landscape, record: 'path' });
    return { x: trace.x, y: trace.y, steps: trace.steps };
  }, [level, landscape, settings, seed, mode, active]);
}
