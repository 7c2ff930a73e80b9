/**
 * Telling a storage outage from a bug: a database that cannot be opened, refuses or drops
 * connections, times out, or is shutting down is "unavailable" — the API answers 503 with
 * Retry-After (../http/responses.ts) and the run page shows an error page, never "not found".
 */

/** Seconds a client is told to wait before trying again after a storage outage. */
export const OUTAGE_RETRY_AFTER_S = 10;

/** The database could not be reached (opening it failed, or the connection did). */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`storage unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** Node socket errors of a server that is down or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/**
 * Postgres SQLSTATEs of an unavailable server: class 08 (connection exception), 53300 (too many
 * connections), 57P01–57P03 (shutting down, crashed, not accepting connections yet), 57014
 * (statement timeout / cancelled).
 */
const SQLSTATE = /^(08...|53300|57P0[123]|57014)$/;
/** `pg` pool and client messages for lost or timed-out connections. */
const MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection timeout|not queryable|cannot use a pool after calling end|query read timeout|PGlite is closed/i;

/** Whether `err` (or an error it wraps) means the storage is unavailable rather than a bug. */
export function isStorageOutage(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof StorageUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (MESSAGES.test(e.message)) return true;
  }
  return false;
}
