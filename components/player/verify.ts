/**
 * Asks the server to verify a finished run: it receives only the settings, re-runs the engine
 * over the level's K seeds and returns its own score. Offline (or on any error) the player keeps
 * its local score and says so.
 */
import type { Settings } from '@/engine';

/** What the server answered. */
export interface Verified {
  readonly id: string;
  readonly score: number;
  readonly stars: number;
  readonly url: string;
}

/** Where a run was played: a teacher's published level (by slug) and the playlist it came from. */
export interface RunTarget {
  readonly customSlug?: string;
  readonly playlist?: string | null;
  /** Launched with a solution's settings, unchanged: stored as such, no stars or leaderboard place. */
  readonly assisted?: boolean;
  /** Show the nickname on the public leaderboard (the player opted in). */
  readonly publicName?: boolean;
}

/** The playlist slug of the page's `?list=` parameter (set by playlist links), or null. */
export function playlistFromUrl(): string | null {
  if (typeof window === 'undefined') return null;
  const list = new URLSearchParams(window.location.search).get('list');
  return list && /^[a-z0-9]{10}$/.test(list) ? list : null;
}

/** POST /api/runs with a 5 s timeout; null when the server cannot be reached or refuses. */
export async function submitRun(levelId: string, settings: Settings, nickname = '', target: RunTarget = {}): Promise<Verified | null> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 5000);
  try {
    const request: Record<string, unknown> = target.customSlug ? { customSlug: target.customSlug, settings } : { levelId, settings };
    if (nickname.trim()) request.nickname = nickname.trim();
    if (nickname.trim() && target.publicName) request.publicName = true;
    if (target.playlist) request.playlist = target.playlist;
    if (target.assisted) request.assisted = true;
    const res = await fetch('/api/runs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: ctl.signal,
    });
    if (!res.ok) return null;
    const body = (await res.json()) as Partial<Verified>;
    if (typeof body.id !== 'string' || typeof body.score !== 'number' || typeof body.stars !== 'number' || typeof body.url !== 'string') return null;
    return { id: body.id, score: body.score, stars: body.stars, url: body.url };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The server's explanation of a run, as the player shows it. */
export interface ServerExplanation {
  readonly headline: string;
  readonly findings: readonly { kind: string; title: string; text: string }[];
  readonly url: string;
}

/** GET /api/explain/<levelId>?<query>; null when offline or refused (the local summary stays). */
export async function fetchExplanation(levelId: string, query: string): Promise<ServerExplanation | null> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 8000);
  try {
    const res = await fetch(`/api/explain/${encodeURIComponent(levelId)}${query ? `?${query}` : ''}`, { signal: ctl.signal });
    if (!res.ok) return null;
    const body = (await res.json()) as Partial<ServerExplanation>;
    if (typeof body.headline !== 'string' || !Array.isArray(body.findings) || typeof body.url !== 'string') return null;
    return { headline: body.headline, findings: body.findings.slice(0, 8), url: body.url };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
