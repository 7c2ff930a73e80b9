/**
 * Loads a stored run for the run page through the storage layer (app/_server/db/runs.ts),
 * imported dynamically and called defensively: the storage is developed separately, so a
 * missing module, a missing getter, a database that cannot open or an unexpected row all
 * give null (the page answers 404) instead of an error page.
 */
import { normalizeStoredRun, type StoredRun } from '@/components/explain/stored-run';

export type { StoredRun } from '@/components/explain/stored-run';

type Getter = (...args: unknown[]) => unknown;

/** Names the storage's run getter may have, in order of preference. */
const GETTERS = ['getRun', 'loadRun', 'getRunById', 'findRun'] as const;

/** The stored run with this id, or null (unknown id, no storage, or storage failure). */
export async function loadRun(id: string): Promise<StoredRun | null> {
  if (!/^[\w-]{1,128}$/.test(id)) return null;
  try {
    const runs = (await import('@/app/_server/db/runs')) as unknown as Record<string, unknown>;
    const getter = GETTERS.map((name) => runs[name]).find((f): f is Getter => typeof f === 'function');
    if (!getter) return null;
    // getRun(q, id) takes a database handle first; a one-argument getter opens its own.
    let raw: unknown;
    if (getter.length >= 2) {
      const db = (await import('@/app/_server/db/db')) as unknown as Record<string, unknown>;
      if (typeof db.getDb !== 'function') return null;
      raw = await getter(await (db.getDb as Getter)(), id);
    } else {
      raw = await getter(id);
    }
    return normalizeStoredRun(raw);
  } catch (err) {
    console.error(`loadRun(${id}) failed:`, err instanceof Error ? err.message : err);
    return null;
  }
}
