/**
 * One auto-calibration run, start to end: the sweep's combinations scored in slices with a
 * progress callback between slices (the worker posts it; the bench ignores it), then the
 * findings — best score, solvability, proposed stars and the solution. Pure: runs in a Web
 * Worker, in Node (bench, tests) and would run on the server.
 */
import type { Landscape, Level, Settings } from '@/engine';
import { isSolvable, proposeStars, scoreSlice, solutionOf, sweepCombos, type SweepBest, type SweepMode } from './sweep';

/** What to sweep. */
export interface CalibrationOptions {
  readonly mode: SweepMode;
  /** Most combinations to score (each over the level's K seeds). */
  readonly max: number;
  readonly seed?: number;
}

/** Progress after a slice. */
export interface SweepProgress {
  readonly done: number;
  readonly total: number;
  readonly bestScore: number | null;
}

/** The findings of a finished sweep. */
export interface SweepFindings {
  readonly tried: number;
  readonly bestScore: number;
  readonly bestSettings: Settings;
  readonly successRate: number;
  readonly solvable: boolean;
  readonly proposedStars: [number, number, number];
  readonly solution: Partial<Settings>;
  readonly ms: number;
}

/** Combinations per slice between progress reports. */
export const SLICE = 4;

/** Runs the whole sweep (synchronously), reporting after each slice. */
export function runCalibration(level: Level, opts: CalibrationOptions, onProgress?: (p: SweepProgress) => void): SweepFindings {
  const t0 = performance.now();
  const combos = sweepCombos(level, opts.mode, opts.max, opts.seed ?? 1);
  const lands = new Map<boolean, Landscape>();
  let best: SweepBest | null = null;
  for (let i = 0; i < combos.length; i += SLICE) {
    best = scoreSlice(level, combos, i, i + SLICE, best, lands);
    onProgress?.({ done: Math.min(combos.length, i + SLICE), total: combos.length, bestScore: best?.result.score ?? null });
  }
  const b = best!;
  return {
    tried: combos.length,
    bestScore: b.result.score,
    bestSettings: b.settings,
    successRate: b.result.successRate,
    solvable: isSolvable(b),
    proposedStars: proposeStars(b.result.score),
    solution: solutionOf(level, b.settings),
    ms: performance.now() - t0,
  };
}
