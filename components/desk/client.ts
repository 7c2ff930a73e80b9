/**
 * The browser's client for the desk API (app/api/desk): make a desk, list it, attach an item.
 * The desk key travels only in the Authorization header; answers are checked with the shared
 * schemas (content/contracts/desk.ts) before the page trusts them. Errors come back as text.
 */
import type { z } from '@/engine/zod';
import { AttachedSchema, DeskDocSchema, NewDeskSchema, type AttachBody, type Attached, type DeskDoc, type NewDeskDoc } from '@/content/contracts/desk';
import { call as apiCall, type ApiResult } from '@/components/api/client';

/** A call whose answer must match `schema` (not cached: a desk changes as the teacher works). */
const call = <T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<ApiResult<T>> =>
  apiCall(url, { ...init, cache: 'no-store' }, (body) => schema.safeParse(body).data ?? null);

const JSON_TYPE = { 'content-type': 'application/json' };

/** POST /api/desk → the new desk's key, shown once. */
export function createDesk(): Promise<ApiResult<NewDeskDoc>> {
  return call('/api/desk', { method: 'POST', headers: JSON_TYPE, body: '{}' }, NewDeskSchema);
}

/** GET /api/desk with the desk key → its levels and playlists. */
export function fetchDesk(key: string): Promise<ApiResult<DeskDoc>> {
  return call('/api/desk', { headers: { authorization: `Bearer ${key}` } }, DeskDocSchema);
}

/** POST /api/desk/attach: puts a level or playlist on the desk, given its own edit token. */
export function attachToDesk(key: string, body: AttachBody): Promise<ApiResult<Attached>> {
  return call('/api/desk/attach', { method: 'POST', headers: { ...JSON_TYPE, authorization: `Bearer ${key}` }, body: JSON.stringify(body) }, AttachedSchema);
}
