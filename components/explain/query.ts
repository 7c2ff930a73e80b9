/**
 * Runs in URLs: Next's searchParams record as URLSearchParams, and the player link that
 * replays a run (the player's own URL format, components/player/url-state.ts).
 */
import type { Level, Settings } from '@/engine';
import { writeRunToUrl } from '@/components/player/url-state';

/** Next's searchParams record as URLSearchParams (the first value of a repeated key). */
export function toSearchParams(record: Readonly<Record<string, string | string[] | undefined>>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(record)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out.set(k, first);
  }
  return out;
}

/** Query string (without '?') describing a run: settings that differ from the level's defaults, and the seed. */
export function runQuery(level: Level, settings: Settings, seed: number): string {
  return writeRunToUrl(level, settings, seed).toString();
}

/** `base` plus the run's query string, if any. */
export function withRunQuery(base: string, level: Level, settings: Settings, seed: number): string {
  const q = runQuery(level, settings, seed);
  return q ? `${base}?${q}` : base;
}
