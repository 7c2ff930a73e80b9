/**
 * The editor's client for the custom-levels API (app/api/custom-levels): publish, load, update,
 * unpublish and results. The edit token travels only in the Authorization header, never in a
 * URL. Every answer is checked with zod before the UI trusts it; errors come back as text.
 */
import { z } from 'zod';

/** What publishing returns (201). */
export const PublishedSchema = z.object({
  slug: z.string().min(1),
  shareUrl: z.string().startsWith('/'),
  editUrl: z.string().startsWith('/'),
  editToken: z.string().min(1),
});
export type Published = z.infer<typeof PublishedSchema>;

/** A row of the results table: any flat record (the server names the columns). */
export const ResultsSchema = z
  .union([
    z.array(z.record(z.string(), z.unknown())),
    z.object({ results: z.array(z.record(z.string(), z.unknown())) }).transform((b) => b.results),
    z.object({ rows: z.array(z.record(z.string(), z.unknown())) }).transform((b) => b.rows),
  ]);
export type ResultRow = Record<string, unknown>;

/** An API answer: the value, or the error to show (with the HTTP status; 0 = network). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; error: string };

const BASE = '/api/custom-levels';

async function call<T>(url: string, init: RequestInit, parse: (body: unknown) => T | null): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    return { ok: false, status: 0, error: `could not reach the server (${e instanceof Error ? e.message : String(e)})` };
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : res.statusText;
    return { ok: false, status: res.status, error: msg || `HTTP ${res.status}` };
  }
  const value = parse(body);
  return value === null ? { ok: false, status: res.status, error: 'unexpected answer from the server' } : { ok: true, value };
}

const json = (method: string, body: unknown, token?: string): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});
const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

/** POST /api/custom-levels { level } → 201 with the links. */
export function publishLevel(level: unknown): Promise<ApiResult<Published>> {
  return call(BASE, json('POST', { level }), (b) => PublishedSchema.safeParse(b).data ?? null);
}

/** GET /api/custom-levels/<slug> → the stored level document (not yet validated). */
export function fetchLevel(slug: string): Promise<ApiResult<unknown>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, {}, (b) => (b && typeof b === 'object' && 'level' in b ? (b as { level: unknown }).level : b));
}

/** PUT /api/custom-levels/<slug> { level } with the edit token. */
export function updateLevel(slug: string, token: string, level: unknown): Promise<ApiResult<unknown>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, json('PUT', { level }, token), (b) => b ?? {});
}

/** DELETE /api/custom-levels/<slug> with the edit token (unpublish). */
export function unpublishLevel(slug: string, token: string): Promise<ApiResult<unknown>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, { method: 'DELETE', ...bearer(token) }, (b) => b ?? {});
}

/** GET /api/custom-levels/<slug>/results with the edit token. */
export function fetchResults(slug: string, token: string): Promise<ApiResult<ResultRow[]>> {
  return call(`${BASE}/${encodeURIComponent(slug)}/results`, bearer(token), (b) => ResultsSchema.safeParse(b).data ?? null);
}

/** GET …/results?format=csv with the edit token, as text (the caller saves it as a file). */
export async function fetchResultsCsv(slug: string, token: string): Promise<ApiResult<string>> {
  try {
    const res = await fetch(`${BASE}/${encodeURIComponent(slug)}/results?format=csv`, bearer(token));
    if (!res.ok) return { ok: false, status: res.status, error: `HTTP ${res.status}` };
    return { ok: true, value: await res.text() };
  } catch (e) {
    return { ok: false, status: 0, error: String(e) };
  }
}

/** The edit token from a URL fragment "#token=…" (never sent to the server with the URL). */
export function tokenFromHash(hash: string): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]{1,200})(?:&|$)/.exec(hash);
  return m ? m[1] : null;
}

/** An absolute link for copying (the API answers with paths). */
export function absolute(path: string, origin: string): string {
  return new URL(path, origin).toString();
}
