/**
 * The player's state as one reducer: settings → run → (playback, in usePlayback). Every path
 * that changes the settings or the seed clears the run, so an old trace and result never stay
 * on screen under new settings; the run it cleared becomes the faint "previous attempt".
 * Settings loaded by a solution's "Use these settings" are remembered until anything changes:
 * a launch with them is marked assisted (no stars, progress or leaderboard place). Pure.
 */
import type { Level, Settings } from '@/engine';
import { levelDefaults } from '@/engine';
import { pathOf, type RunResult } from './run';
import type { PathView } from '@/components/scene/types';

export interface PlayerState {
  readonly settings: Settings;
  readonly seed: number;
  /** The first rejected value of a link or request, shown on screen. */
  readonly urlError: string | null;
  readonly run: RunResult | null;
  /** The current run was launched with a solution's settings, unchanged. */
  readonly assisted: boolean;
  /** The attempt before the current one (or the cleared run), drawn as a faint ghost. */
  readonly previous: PathView | null;
  /** Settings a solution button loaded, while nothing has changed since; else null. */
  readonly applied: Settings | null;
  /** Launches so far in this player (0: the live preview may stay hidden). */
  readonly launches: number;
}

export type PlayerAction =
  /** Validated settings from the controls. */
  | { readonly type: 'settings'; readonly settings: Settings }
  /** Settings and seed from the page URL (`applied: false`) or a solution button (`applied: true`). */
  | { readonly type: 'load'; readonly settings: Settings; readonly seed: number; readonly error: string | null; readonly applied: boolean }
  | { readonly type: 'seed'; readonly seed: number }
  | { readonly type: 'launch'; readonly run: RunResult };

export function initialPlayerState(level: Level): PlayerState {
  return { settings: levelDefaults(level), seed: 1, urlError: null, run: null, assisted: false, previous: null, applied: null, launches: 0 };
}

/** The run being cleared becomes the previous attempt. */
function cleared(s: PlayerState): Pick<PlayerState, 'run' | 'assisted' | 'previous'> {
  return { run: null, assisted: false, previous: s.run ? pathOf(s.run.trace) : s.previous };
}

export function playerReducer(s: PlayerState, a: PlayerAction): PlayerState {
  switch (a.type) {
    case 'settings':
      return { ...s, ...cleared(s), settings: a.settings, applied: null };
    case 'load':
      return { ...s, ...cleared(s), settings: a.settings, seed: a.seed, urlError: a.error, applied: a.applied ? a.settings : null };
    case 'seed':
      return { ...s, ...cleared(s), seed: a.seed, applied: null };
    case 'launch':
      return { ...s, previous: s.run ? pathOf(s.run.trace) : s.previous, run: a.run, assisted: s.applied !== null, launches: s.launches + 1 };
  }
}

/** How much of the live preview a player may see (see the README, "The player"). */
export type PreviewMode = 'hidden' | 'partial' | 'full';

/**
 * In a challenge the preview appears only once the player has launched (or committed a
 * prediction), and then only its first tenth (≥ 10 steps): enough to see a zig-zag, a stall or
 * a blow-up, not whether the goal is reached. Once the level is won, and in the editor's
 * test-play, the whole path follows the settings.
 */
export function previewMode(o: { practice: boolean; won: boolean; launches: number; predicted: boolean }): PreviewMode {
  if (o.practice || o.won) return 'full';
  return o.launches > 0 || o.predicted ? 'partial' : 'hidden';
}

/** Steps of the partial preview: a tenth of the budget, at least 10. */
export function partialPreviewSteps(budget: number): number {
  return Math.min(budget, Math.max(10, Math.ceil(budget / 10)));
}
