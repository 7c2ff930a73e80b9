/**
 * JSON responses and the one error shape of the API: `{ error: string, field?: string }`.
 * Handlers wrapped in `apiRoute` never leak a stack trace: a storage outage becomes a logged 503
 * with Retry-After (../db/outage.ts), anything else thrown a logged 500.
 */
import { OUTAGE_RETRY_AFTER_S, isStorageOutage } from '../db/outage';

/** The body of every error response. */
export interface ApiError {
  readonly error: string;
  /** The request field the error is about (dotted path), when there is one. */
  readonly field?: string;
}

const NO_STORE = { 'cache-control': 'no-store' };

/** A JSON response (never cached). */
export function json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...Object.fromEntries(new Headers(headers)) } });
}

/** An error response in the API's error shape. */
export function jsonError(status: number, error: string, field?: string, headers: HeadersInit = {}): Response {
  const body: ApiError = field === undefined ? { error } : { error, field };
  return json(status, body, headers);
}

/** 503 with Retry-After: the storage is unavailable, try again shortly. */
export function storageUnavailable(): Response {
  return jsonError(503, 'storage is unavailable: try again shortly', undefined, { 'retry-after': String(OUTAGE_RETRY_AFTER_S) });
}

/** Wraps a route handler: anything it throws is logged here and answered with a 503 (outage) or a bare 500. */
export function apiRoute<A extends unknown[]>(name: string, handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (isStorageOutage(err)) {
        console.error(`[api] ${name}: storage unavailable:`, err instanceof Error ? err.message : err);
        return storageUnavailable();
      }
      console.error(`[api] ${name} failed:`, err);
      return jsonError(500, 'internal error');
    }
  };
}
