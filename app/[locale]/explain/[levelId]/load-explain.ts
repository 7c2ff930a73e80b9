/**
 * The /explain page's data: the level behind `levelId` (built-in or `c-<slug>`), the run its
 * query string describes, and that run re-simulated for the page (cost bound, cache, rate limit,
 * worker pool: app/_server/sim/views.ts), or why it is not.
 */
import type { Level, Settings } from '@/engine';
import type { RunView } from '@/components/explain/prepare';
import { readRunFromUrl } from '@/components/player/url-state';
import { getDb } from '@/app/_server/db/db';
import type { HasHeaders } from '@/app/_server/http/client';
import { levelForPlayId } from '@/app/_server/services/play-level';
import type { SimProblem } from '@/app/_server/sim/http';
import { runViewFor } from '@/app/_server/sim/views';

/** A described run with its page's view, or the reason it is not simulated. */
export interface LoadedExplanation {
  readonly level: Level;
  readonly settings: Settings;
  readonly seed: number;
  /** A value of the query string that was ignored (the level's default was used), or null. */
  readonly error: string | null;
  readonly shown: { ok: true; value: RunView } | SimProblem;
}

/** The run `query` describes on `levelId` (null: no such level). */
export async function loadExplanation(levelId: string, query: string, request: HasHeaders): Promise<LoadedExplanation | null> {
  const found = await levelForPlayId(getDb, levelId);
  if (!found) return null;
  const { level } = found;
  const { settings, seed, error } = readRunFromUrl(level, new URLSearchParams(query));
  const shown = await runViewFor({ level, settings, seed }, request);
  return { level, settings, seed, error: error ?? null, shown };
}
