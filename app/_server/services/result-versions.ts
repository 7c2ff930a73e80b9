/**
 * Teachers' results split by level version (issue 14). Every run keeps the sha-256 of the level
 * it was scored on (runs.level_hash, services/verify-run.ts levelHash), so an edit of a level
 * (PUT /api/custom-levels/<slug>) or of a built-in level between deployments starts a new
 * version. Versions are numbered 1, 2, … in the order of their first run; the version the level
 * has now is `current` (with a custom level's last publish time) and always comes first, the
 * others follow newest first (by first run). A custom level's current version is listed even
 * before anyone played it, so the teacher sees that the runs below are from earlier versions.
 */
import type { Queryable } from '../db/types';
import { levelResultsByHash, type NicknameResult, type VersionNicknameResult } from '../db/results';
import { RESULT_COLUMNS, resultCells, resultJson } from './results';

/** The runs of one version of a level. */
export interface StoredResultVersion {
  /** 1 = the version that was played first. */
  readonly version: number;
  readonly levelHash: string;
  readonly current: boolean;
  /** When the current version of a custom level was published (null otherwise). */
  readonly publishedAt: Date | null;
  readonly firstAt: Date | null;
  readonly lastAt: Date | null;
  /** Runs on this version. */
  readonly attempts: number;
  /** Result lines (distinct nicknames, nickname-less runs counting as one line). */
  readonly players: number;
  readonly results: readonly NicknameResult[];
}

/** What the level is now: its hash, and for a custom level when it was last published. */
export interface CurrentVersion {
  readonly levelHash: string;
  readonly publishedAt: Date | null;
  /** List the current version even without runs (custom levels). */
  readonly listEmpty: boolean;
}

/** Groups per-version lines into numbered versions, current first, then newest first. */
export function groupVersions(lines: readonly VersionNicknameResult[], current: CurrentVersion | null): StoredResultVersion[] {
  const byHash = new Map<string, VersionNicknameResult[]>();
  for (const l of lines) {
    const list = byHash.get(l.levelHash);
    if (list) list.push(l);
    else byHash.set(l.levelHash, [l]);
  }
  const groups = [...byHash.entries()].map(([levelHash, rows]) => ({
    levelHash,
    rows: [...rows].sort((a, b) => b.bestScore - a.bestScore || compareNick(a.nickname, b.nickname)),
    firstAt: new Date(Math.min(...rows.map((r) => r.firstAt.getTime()))),
    lastAt: new Date(Math.max(...rows.map((r) => r.lastAt.getTime()))),
  }));
  // Numbered by first run (ties: hash, so the numbering never depends on the query's order).
  groups.sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime() || (a.levelHash < b.levelHash ? -1 : 1));
  const versions: StoredResultVersion[] = groups.map((g, i) => {
    const isCurrent = current !== null && g.levelHash === current.levelHash;
    return {
      version: i + 1,
      levelHash: g.levelHash,
      current: isCurrent,
      publishedAt: isCurrent ? current.publishedAt : null,
      firstAt: g.firstAt,
      lastAt: g.lastAt,
      attempts: g.rows.reduce((n, r) => n + r.attempts, 0),
      players: g.rows.length,
      results: g.rows.map(({ levelHash: _h, firstAt: _f, ...r }) => r),
    };
  });
  if (current !== null && current.listEmpty && !versions.some((v) => v.current)) {
    versions.push({ version: versions.length + 1, levelHash: current.levelHash, current: true, publishedAt: current.publishedAt, firstAt: null, lastAt: null, attempts: 0, players: 0, results: [] });
  }
  return versions.sort((a, b) => Number(b.current) - Number(a.current) || b.version - a.version);
}

function compareNick(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The versions of one level's results (see file note). */
export async function resultVersions(q: Queryable, levelId: string, playlistSlug: string | null, current: CurrentVersion | null): Promise<StoredResultVersion[]> {
  return groupVersions(await levelResultsByHash(q, levelId, playlistSlug), current);
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** One version as JSON. */
export function versionJson(v: StoredResultVersion) {
  return {
    version: v.version,
    levelHash: v.levelHash,
    current: v.current,
    publishedAt: iso(v.publishedAt),
    firstAt: iso(v.firstAt),
    lastAt: iso(v.lastAt),
    attempts: v.attempts,
    players: v.players,
    results: v.results.map(resultJson),
  };
}

/** The CSV columns of a version-split table: the version number and "current" / "earlier" before each line. */
export const VERSION_RESULT_COLUMNS = ['version', 'version_status', ...RESULT_COLUMNS] as const;

/** The CSV rows of versions, in their order (versions without runs give no row). */
export function versionRows(versions: readonly StoredResultVersion[]): (string | number | null)[][] {
  return versions.flatMap((v) => v.results.map((r) => [v.version, v.current ? 'current' : 'earlier', ...resultCells(r)]));
}
