/**
 * How the routes answer when a simulation cannot run now: the pool's queue is full (503 with
 * Retry-After), and the one response shape for every refusal of simulating work.
 */
import { jsonError } from '../http/responses';
import { SimBusyError } from './pool';

/** Seconds a client waits before retrying when the simulation queue is full. */
export const BUSY_RETRY_AFTER_S = 10;

/** A refusal of simulating work: its status, message, and how long to wait (429, 503). */
export interface SimProblem {
  readonly ok: false;
  readonly status: number;
  readonly error: string;
  readonly field?: string;
  readonly retryAfter?: number;
}

/** The simulation queue is full. */
export const BUSY: SimProblem & { status: 503 } = {
  ok: false,
  status: 503,
  error: 'the server is busy simulating other runs: try again shortly',
  retryAfter: BUSY_RETRY_AFTER_S,
};

/** The result of `work`, or BUSY when the pool refused it (any other failure is rethrown). */
export async function orBusy<T>(work: Promise<T>): Promise<{ ok: true; value: T } | typeof BUSY> {
  try {
    return { ok: true, value: await work };
  } catch (err) {
    if (err instanceof SimBusyError) return BUSY;
    throw err;
  }
}

/** The JSON error response of a problem (with Retry-After when it has one). */
export function problemResponse(p: Omit<SimProblem, 'ok'>): Response {
  const headers: Record<string, string> = p.retryAfter === undefined ? {} : { 'retry-after': String(p.retryAfter) };
  return jsonError(p.status, p.error, p.field, headers);
}

/** A problem from a limiter's 429 response (pages show its message instead of answering it). */
export async function problemOf(response: Response): Promise<SimProblem> {
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  const retry = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    error: typeof body.error === 'string' ? body.error : 'too many requests',
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
}
