/**
 * Loads a stored run for the run page through the storage layer. An id that cannot be a run id,
 * or a database that cannot open, gives null (the page answers 404) instead of an error page.
 */
import { getDb } from '@/app/_server/db/db';
import { getRun, type StoredRun } from '@/app/_server/db/runs';

export type { StoredRun } from '@/app/_server/db/runs';

/** The stored run with this id, or null (unknown id or storage failure). */
export async function loadRun(id: string): Promise<StoredRun | null> {
  if (!/^[\w-]{1,128}$/.test(id)) return null;
  try {
    return await getRun(await getDb(), id);
  } catch (err) {
    console.error(`loadRun(${id}) failed:`, err instanceof Error ? err.message : err);
    return null;
  }
}
