/**
 * Loads a stored run for the run page through the storage layer. An id that cannot be a run id,
 * or one that is not stored, gives null (the page answers 404). A storage failure is not "not
 * found": it throws StorageUnavailableError, and ./error.tsx tells the visitor to try again.
 */
import { getDb } from '@/app/_server/db/db';
import { StorageUnavailableError } from '@/app/_server/db/outage';
import { getRun, type StoredRun } from '@/app/_server/db/runs';

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
