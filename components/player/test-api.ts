/**
 * A small window API for end-to-end tests and curious players (tldraw style): specs read the
 * engine's state here instead of reading pixels. `window.__descent` describes the player that
 * was mounted last.
 */
import type { Outcome, Settings } from '@/engine';

/** What the page exposes. */
export interface DescentTestApi {
  readonly levelId: string;
  readonly backend: string | null;
  readonly view: '3d' | '2d';
  readonly status: string;
  readonly settings: Settings;
  readonly seed: number;
  readonly surfaceRes: number | null;
  /** After a launch: the run as the engine computed it. */
  readonly result: {
    readonly outcome: Outcome;
    readonly score: number;
    readonly stars: number;
    readonly steps: number;
    readonly goalStep: number | null;
    readonly x: number[];
    readonly y: number[];
  } | null;
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
