/**
 * One auto-calibration run, start to end: the sweep's combinations scored in slices with a
 * progress callback between slices (the worker posts it; the bench ignores it), then the
 * findings — best score, solvability, proposed stars and the solution. Pure: runs in a Web
 * Worker, in Node (bench, tests) and would run on the server.
 *
 * With a stated intent (./intent.ts) the intended fix is scored too, and the solution is the
 * best combination that uses the idea (`usesIdea`): stars are proposed from it, and `warning`
 * says when a combination that does not use the idea scores higher (a shortcut: "Adam, lr 0.5"
 * on a level meant to teach momentum) — the proof then tells whether it earns three stars.
 */
import { definedSettings } from '@/engine/level/schema';
import { describeChange, levelDefaults, type Landscape, type Level, type Settings } from '@/engine';
import { usesIdea } from './intent';
import type { Message } from './i18n';
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
  /** With an intent: the best combination overall when it does not use the idea (else null). */
  readonly shortcut: { readonly settings: Settings; readonly score: number } | null;
  /** With an intent: a plain warning when the best solution found does not use the idea (a `teacher` message). */
  readonly warning: Message | null;
}

/** Combinations per slice between progress reports. */
export const SLICE = 4;

/** Runs the whole sweep (synchronously), reporting after each slice. */
export function runCalibration(level: Level, opts: CalibrationOptions, onProgress?: (p: SweepProgress) => void): SweepFindings {
  const t0 = performance.now();
  const intent = level.intent;
  const swept = sweepCombos(level, opts.mode, opts.max, opts.seed ?? 1);
  const combos = intent ? [{ ...levelDefaults(level), ...definedSettings(intent.fix) }, ...swept] : swept;
  const lands = new Map<string, Landscape>();
  let best: SweepBest | null = null;
  let idea: SweepBest | null = null;
  for (let i = 0; i < combos.length; i += SLICE) {
    for (let j = i; j < Math.min(combos.length, i + SLICE); j++) {
      const one = scoreSlice(level, combos, j, j + 1, null, lands)!;
      if (!best || one.result.score > best.result.score) best = one;
      if (intent && usesIdea(level, one.settings) && (!idea || one.result.score > idea.result.score)) idea = one;
    }
    onProgress?.({ done: Math.min(combos.length, i + SLICE), total: combos.length, bestScore: (idea ?? best)?.result.score ?? null });
  }
  const overall = best!;
  const b = idea ?? overall;
  const shortcut = intent && !usesIdea(level, overall.settings) && overall.result.score > b.result.score ? overall : null;
  const controls = intent ? intent.controls.join(', ') : '';
  const warning: Message | null = !intent
    ? null
    : !idea
      ? { key: 'calibrate.warning.noIdea', values: { controls, best: describeChange(level, overall.settings), score: String(overall.result.score) } }
      : shortcut
        ? {
            key: 'calibrate.warning.shortcut',
            values: { controls, best: describeChange(level, shortcut.settings), score: String(shortcut.result.score), proposed: describeChange(level, b.settings), proposedScore: String(b.result.score) },
          }
        : null;
  return {
    shortcut: shortcut ? { settings: shortcut.settings, score: shortcut.result.score } : null,
    warning,
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
