/**
 * A small window API for end-to-end tests, the bench and curious players (tldraw style): specs
 * read the engine's state here instead of reading pixels. `window.__descent` describes the
 * player that was mounted last.
 */
import type { Outcome, Settings } from '@/engine';

/** What the page exposes. */
export interface DescentTestApi {
  readonly levelId: string;
  /** The TF.js backend (or "js") that computed the full grid; null until it has. */
  readonly backend: string | null;
  /** The backend runs on a software rasterizer. */
  readonly software: boolean;
  /** The main (or only) view; in the split layout the 2-D map is always shown beside it. */
  readonly view: '3d' | '2d';
  readonly layout: 'split' | 'single';
  readonly status: string;
  readonly settings: Settings;
  readonly seed: number;
  readonly surfaceRes: number | null;
  /** The training grid on screen: its cache key, whether it is the coarse first grid, when (performance.now()). */
  readonly surface: { readonly key: string; readonly coarse: boolean; readonly at: number } | null;
  /** The key the current settings ask for (equal to surface.key once it is on screen). */
  readonly wantedSurfaceKey: string;
  /** Page-wide counts of training grids computed: full GPU grids and coarse engine grids. */
  readonly gridComputations: { readonly full: number; readonly coarse: number };
  /** The live preview path: how much of it shows, its steps, and when it was last drawn (performance.now()). */
  readonly preview: { readonly mode: 'hidden' | 'partial' | 'full'; readonly steps: number | null; readonly last: readonly [number, number] | null; readonly drawnAt: number | null };
  readonly launches: number;
  /** The current run used a solution's settings unchanged (no stars). */
  readonly assisted: boolean;
  /** After a launch: the run as the engine computed it. */
  readonly result: {
    readonly outcome: Outcome;
    readonly score: number;
    readonly stars: number;
    readonly successRate: number;
    readonly steps: number;
    readonly goalStep: number | null;
    readonly x: number[];
    readonly y: number[];
  } | null;
  /** A prediction is still asked before the first launch (launch() does nothing until predict()). */
  readonly mustPredict: boolean;
  /** Commits to choice i of the level's prediction, as a click on it would. */
  predict(i: number): void;
  launch(): void;
  /** Jump to the end of the current run. */
  finish(): void;
}

declare global {
  interface Window {
    __descent?: DescentTestApi;
  }
}

/** Publishes the API (client only). */
export function publishTestApi(api: DescentTestApi): void {
  if (typeof window !== 'undefined') window.__descent = api;
}
