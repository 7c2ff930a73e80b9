/**
 * The results split by level version (issue 14), as the teacher reads them: one labelled group
 * per version the server reports (current first, then newest first), e.g.
 * "Version 3 — published 2 Dec 14:05 (current)" · "12 runs by 5 players", or
 * "Version 2 — earlier version, played 1 Dec 09:10 – 2 Dec 13:58". Pure: tested in node.
 */
import type { ResultRow, ResultVersion } from '@/content/contracts/api';

/** A group of results rows under a heading. */
export interface VersionGroup {
  readonly key: string;
  readonly heading: string;
  readonly counts: string;
  readonly current: boolean;
  readonly rows: readonly ResultRow[];
}

/** "2 Dec 14:05" in the browser's time zone (or the one given: tests). */
export function shortDate(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(d);
  const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The heading of one version. */
export function versionHeading(v: ResultVersion, timeZone?: string): string {
  const head = `Version ${v.version}`;
  if (v.current) return v.publishedAt ? `${head} — published ${shortDate(v.publishedAt, timeZone)} (current)` : `${head} (current)`;
  const span = v.firstAt && v.lastAt ? (v.firstAt === v.lastAt || shortDate(v.firstAt, timeZone) === shortDate(v.lastAt, timeZone) ? `, played ${shortDate(v.firstAt, timeZone)}` : `, played ${shortDate(v.firstAt, timeZone)} – ${shortDate(v.lastAt, timeZone)}`) : '';
  return `${head} — earlier version${span}`;
}

/** "12 runs by 5 players" (nickname-less runs count as one player), or that nobody played it yet. */
export function versionCounts(v: ResultVersion): string {
  if (v.attempts === 0) return v.current ? 'No runs on this version yet.' : 'No runs.';
  return `${plural(v.attempts, 'run', 'runs')} by ${plural(v.players, 'player', 'players')}`;
}

/**
 * The groups to draw: the server's versions, or — from a server without them — one group of all
 * the rows. Null when there is no run at all (the caller says nobody has played yet).
 */
export function versionGroups(results: readonly ResultRow[], versions: readonly ResultVersion[] | undefined, timeZone?: string): VersionGroup[] | null {
  if (!versions) return results.length ? [{ key: 'all', heading: 'All runs', counts: '', current: true, rows: results }] : null;
  if (!versions.some((v) => v.attempts > 0)) return null;
  return versions.map((v) => ({ key: v.levelHash, heading: versionHeading(v, timeZone), counts: versionCounts(v), current: v.current, rows: v.results }));
}
