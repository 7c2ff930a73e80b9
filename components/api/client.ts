/**
 * The browser's client for the custom-levels and playlists APIs (app/api/custom-levels,
 * app/api/playlists): the teacher pages publish, load, update, unpublish and read results; the
 * player loads a playlist it is playing. The edit token travels only
 * in the Authorization header, never in a URL. Every answer is checked with zod before the UI
 * trusts it (with the schemas the server uses, content/contracts/api.ts); errors come back as text.
 */
import { z } from '@/engine/zod';
import { LevelProofSchema, type LevelProof } from '@/engine/proof';
import {
  LevelResultsSchema,
  PlaylistDocSchema,
  PlaylistResultsSchema,
  PublishedSchema,
  type LevelResultsDoc,
  type PlaylistDoc,
  type PlaylistResultsDoc,
  type Published,
} from '@/content/contracts/api';

/**
 * An API answer: the value, or the error to show (with the HTTP status; 0 = network). `problem`
 * marks the client's own failures (the server unreachable, an answer that does not check), so a
 * page can say them in its reader's language (components/editor/i18n.ts `apiErrorText`);
 * `detail` is the browser's reason when the server could not be reached.
 */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; error: string; problem?: 'network' | 'answer'; detail?: string };

const BASE = '/api/custom-levels';

/** One API call: the parsed answer, or the server's error message (status 0: unreachable). */
export async function call<T>(url: string, init: RequestInit, parse: (body: unknown) => T | null): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, status: 0, error: `could not reach the server (${detail})`, problem: 'network', detail };
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : res.statusText;
    return { ok: false, status: res.status, error: msg || `HTTP ${res.status}` };
  }
  const value = parse(body);
  return value === null ? { ok: false, status: res.status, error: 'unexpected answer from the server', problem: 'answer' } : { ok: true, value };
}

const json = (method: string, body: unknown, token?: string): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});
const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

/** The request with the `x-desk-key` header when a desk key is given (the item goes on that desk). */
const onDesk = (init: RequestInit, deskKey?: string | null): RequestInit =>
  deskKey ? { ...init, headers: { ...(init.headers as Record<string, string>), 'x-desk-key': deskKey } } : init;

/** POST /api/custom-levels { level } → 201 with the links (with a desk key: put on that desk). */
export function publishLevel(level: unknown, deskKey?: string | null): Promise<ApiResult<Published>> {
  return call(BASE, onDesk(json('POST', { level }), deskKey), (b) => PublishedSchema.safeParse(b).data ?? null);
}

/**
 * GET /api/custom-levels/<slug> → the stored level document (not yet validated). With the edit
 * token the server also answers for an unpublished level (the editor reopening it).
 */
export function fetchLevel(slug: string, token?: string): Promise<ApiResult<unknown>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, token ? bearer(token) : {}, (b) => (b && typeof b === 'object' && 'level' in b ? (b as { level: unknown }).level : b));
}

/** Like fetchLevel, with whether the level is published (the edit page says so when it is not). */
export function fetchLevelState(slug: string, token: string): Promise<ApiResult<{ level: unknown; published: boolean; proof: LevelProof | null }>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, bearer(token), (b) =>
    b && typeof b === 'object' && 'level' in b
      ? { level: (b as { level: unknown }).level, published: (b as { published?: unknown }).published !== false, proof: proofOfAnswer(b) }
      : null,
  );
}

/** The server's proof in a custom-level answer (issue 14), or null (none, or published before proofs). */
export function proofOfAnswer(body: unknown): LevelProof | null {
  return LevelProofSchema.safeParse((body as { proof?: unknown } | null)?.proof).data ?? null;
}

/** GET /api/custom-levels/<slug> → its title, when the level is published (a playlist may list it). */
export function fetchLevelTitle(slug: string): Promise<ApiResult<{ slug: string; title: string }>> {
  const Schema = z.object({ slug: z.string(), level: z.object({ title: z.string() }) });
  return call(`${BASE}/${encodeURIComponent(slug)}`, {}, (b) => {
    const p = Schema.safeParse(b);
    return p.success ? { slug: p.data.slug, title: p.data.level.title } : null;
  });
}

/** PUT /api/custom-levels/<slug> { level } with the edit token. */
export function updateLevel(slug: string, token: string, level: unknown): Promise<ApiResult<unknown>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, json('PUT', { level }, token), (b) => b ?? {});
}

/** DELETE /api/custom-levels/<slug> with the edit token (unpublish). */
export function unpublishLevel(slug: string, token: string): Promise<ApiResult<unknown>> {
  return call(`${BASE}/${encodeURIComponent(slug)}`, { method: 'DELETE', ...bearer(token) }, (b) => b ?? {});
}

/** GET /api/custom-levels/<slug>/results with the edit token: all runs and the runs per level version. */
export function fetchResults(slug: string, token: string): Promise<ApiResult<LevelResultsDoc>> {
  return call(`${BASE}/${encodeURIComponent(slug)}/results`, bearer(token), (b) => LevelResultsSchema.safeParse(b).data ?? null);
}

/** A text answer (CSV) fetched with the edit token. */
async function fetchText(url: string, token: string): Promise<ApiResult<string>> {
  try {
    const res = await fetch(url, bearer(token));
    if (!res.ok) return { ok: false, status: res.status, error: `HTTP ${res.status}` };
    return { ok: true, value: await res.text() };
  } catch (e) {
    return { ok: false, status: 0, error: String(e) };
  }
}

/** GET …/results?format=csv with the edit token, as text (the caller saves it as a file). */
export function fetchResultsCsv(slug: string, token: string): Promise<ApiResult<string>> {
  return fetchText(`${BASE}/${encodeURIComponent(slug)}/results?format=csv`, token);
}

// ---- playlists ----

const PLAYLISTS = '/api/playlists';
const playlistUrl = (slug: string) => `${PLAYLISTS}/${encodeURIComponent(slug)}`;

/** POST /api/playlists { title, items } → 201 with the share and edit links (with a desk key: on that desk). */
export function createPlaylist(body: unknown, deskKey?: string | null): Promise<ApiResult<Published>> {
  return call(PLAYLISTS, onDesk(json('POST', body), deskKey), (b) => PublishedSchema.safeParse(b).data ?? null);
}

/** GET /api/playlists/<slug> (with the edit token, an unpublished playlist answers too). */
export function fetchPlaylist(slug: string, token?: string, init: RequestInit = {}): Promise<ApiResult<PlaylistDoc>> {
  const headers = token ? bearer(token).headers : undefined;
  return call(playlistUrl(slug), { ...init, headers }, (b) => PlaylistDocSchema.safeParse(b).data ?? null);
}

/** PUT /api/playlists/<slug> { title, items } with the edit token. */
export function updatePlaylist(slug: string, token: string, body: unknown): Promise<ApiResult<unknown>> {
  return call(playlistUrl(slug), json('PUT', body, token), (b) => b ?? {});
}

/** DELETE /api/playlists/<slug> with the edit token (unpublish). */
export function unpublishPlaylist(slug: string, token: string): Promise<ApiResult<unknown>> {
  return call(playlistUrl(slug), { method: 'DELETE', ...bearer(token) }, (b) => b ?? {});
}

/** GET /api/playlists/<slug>/results with the edit token. */
export function fetchPlaylistResults(slug: string, token: string): Promise<ApiResult<PlaylistResultsDoc>> {
  return call(`${playlistUrl(slug)}/results`, bearer(token), (b) => PlaylistResultsSchema.safeParse(b).data ?? null);
}

/** GET /api/playlists/<slug>/results?format=csv with the edit token, as text. */
export function fetchPlaylistResultsCsv(slug: string, token: string): Promise<ApiResult<string>> {
  return fetchText(`${playlistUrl(slug)}/results?format=csv`, token);
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
