/**
 * Loads a stored run for the run page through the storage layer. An id that cannot be a run id,
 * or one that is not stored, gives null (the page answers 404). A storage failure is not "not
 * found": it throws StorageUnavailableError, and ./error.tsx tells the visitor to try again.
 * loadRunView adds the run re-simulated for the page (cost bound, cache, rate limit, worker
 * pool: app/_server/sim/views.ts), or why it is not.
 */
import { loadLevel, resolveSettings, type Level, type Settings } from '@/engine';
import { getLevel } from '@/content/levels';
import type { RunView } from '@/components/explain/prepare';
import { seedToShow } from '@/components/explain/stored-run';
import { getDb } from '@/app/_server/db/db';
import { StorageUnavailableError } from '@/app/_server/db/outage';
import { getRun, type StoredRun } from '@/app/_server/db/runs';
import type { HasHeaders } from '@/app/_server/http/client';
import { isDraftRun } from '@/app/_server/services/custom-level';
import type { SimProblem } from '@/app/_server/sim/http';
import { runViewFor } from '@/app/_server/sim/views';

export type { StoredRun } from '@/app/_server/db/runs';

/** The stored run with this id, or null (unknown id); throws StorageUnavailableError on a storage failure. */
export async function loadRun(id: string): Promise<StoredRun | null> {
  if (!/^[\w-]{1,128}$/.test(id)) return null;
  try {
    return await getRun(await getDb(), id);
  } catch (err) {
    console.error(`loadRun(${id}) failed:`, err instanceof Error ? err.message : err);
    throw err instanceof StorageUnavailableError ? err : new StorageUnavailableError(err);
  }
}

/** The level a stored run was played on (a draft's title says so), or null. */
export function levelOfRun(run: StoredRun): Level | null {
  if (run.levelSource === 'builtin') return getLevel(run.levelId) ?? null;
  const loaded = loadLevel(run.levelJson);
  if (!loaded.ok) return null;
  return isDraftRun(run) ? { ...loaded.level, title: `Draft level: ${loaded.level.title}` } : loaded.level;
}

/** A stored run with its page's view, or the reason it is not re-simulated. */
export interface LoadedRunView {
  readonly run: StoredRun;
  readonly level: Level;
  readonly settings: Settings;
  readonly seed: number;
  readonly shown: { ok: true; value: RunView } | SimProblem;
}

/**
 * The stored run `id` and its view for the page (null: no such run, or its level or settings no
 * longer load). `request` carries the headers the rate limit reads (`{ headers: await headers() }`).
 */
export async function loadRunView(id: string, request: HasHeaders): Promise<LoadedRunView | null> {
  const run = await loadRun(id);
  if (!run) return null;
  const level = levelOfRun(run);
  if (!level) return null;
  const resolved = resolveSettings(level, run.settings);
  if (!resolved.ok) return null;
  const seed = seedToShow(run);
  const shown = await runViewFor({ level, settings: resolved.settings, seed }, request);
  return { run, level, settings: resolved.settings, seed, shown };
}
