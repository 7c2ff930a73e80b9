/**
 * The live class view of a playlist (issue 14): what its stream's first event holds, which
 * stored runs belong on it, and how a run looks there. A playlist counts, per level, the runs
 * played from it for a built-in level and every run of a custom level (the teacher owns it) —
 * the same scope as its results (app/api/playlists/[slug]/results).
 */
import type { Level } from '@/engine';
import { getLevel } from '@/content/levels';
import { LIVE_RUNS_PER_LEVEL, type LiveLevel, type LiveRun as LiveRunJson, type LiveSnapshot } from '@/content/contracts/live';
import type { PlaylistItem } from '@/content/contracts/api';
import { costProblem } from '@/components/explain/sim-cost';
import { getCustomLevel } from '../db/custom-levels';
import { latestLiveRuns, type LiveRunRow } from '../db/live';
import type { Playlist } from '../db/playlists';
import { levelResults } from '../db/results';
import type { Queryable } from '../db/types';
import { runSim } from '../sim/pool';
import type { LevelMap } from '../sim/tasks';
import { itemRunLevelId, itemViews } from './playlist';
import { levelHash } from './verify-run';

/** Which runs a playlist's live view shows: per runs.level_id, all of them or only those played from it. */
export interface LiveScope {
  readonly slug: string;
  /** level id → the playlist slug its runs must carry (built-in levels), or null (custom levels: all). */
  readonly levels: ReadonlyMap<string, string | null>;
}

/** The scope of a playlist's live view. */
export function liveScope(slug: string, items: readonly PlaylistItem[]): LiveScope {
  return { slug, levels: new Map(items.map((i) => [itemRunLevelId(i), i.kind === 'builtin' ? slug : null])) };
}

/** Whether a run (or a note about one) belongs on the view. */
export function inScope(scope: LiveScope, run: { levelId: string; playlist: string | null }): boolean {
  if (!scope.levels.has(run.levelId)) return false;
  const needs = scope.levels.get(run.levelId);
  return needs === null || run.playlist === needs;
}

/** A run as the stream sends it. */
export function liveRunJson(r: LiveRunRow): LiveRunJson {
  return {
    id: r.id,
    levelId: r.levelId,
    nickname: r.nickname,
    stars: r.stars,
    score: r.score,
    outcome: r.outcome,
    assisted: r.assisted,
    path: [...r.path],
    createdAt: r.createdAt.toISOString(),
  };
}

// Maps of levels by level hash: a level's map never changes, and a class opens the page often.
const MAPS = new Map<string, Promise<LevelMap | null>>();
const MAX_MAPS = 64;

/** The level's map under its defaults (null when mapping it is over the explanation's cost bound). */
function levelMap(level: Level): Promise<LevelMap | null> {
  const key = levelHash(level);
  let found = MAPS.get(key);
  if (!found) {
    found = costProblem(level, 'explain') ? Promise.resolve(null) : runSim({ kind: 'map', level }, { alwaysQueue: true });
    found.catch(() => MAPS.delete(key));
    if (MAPS.size >= MAX_MAPS) MAPS.delete(MAPS.keys().next().value as string);
    MAPS.set(key, found);
  }
  return found;
}

async function itemLevel(q: Queryable, item: PlaylistItem): Promise<Level | null> {
  if (item.kind === 'builtin') return getLevel(item.id) ?? null;
  return (await getCustomLevel(q, item.slug))?.level ?? null;
}

/** The stream's first event: the levels with their maps, each nickname's best, the latest paths. */
export async function liveSnapshot(q: Queryable, list: Playlist): Promise<LiveSnapshot> {
  const views = await itemViews(q, list.items);
  const levels: LiveLevel[] = [];
  const best: LiveSnapshot['best'] = [];
  const runs: LiveRunJson[] = [];
  for (const [i, item] of list.items.entries()) {
    const levelId = itemRunLevelId(item);
    const scope = item.kind === 'builtin' ? list.slug : null;
    const level = await itemLevel(q, item);
    const drawn = level ? await levelMap(level) : null;
    levels.push({
      position: i + 1,
      levelId,
      title: views[i].title ?? level?.title ?? null,
      map: (drawn?.map ?? null) as LiveLevel['map'], // readonly arrays, same shape
      axes: drawn ? [drawn.axes[0], drawn.axes[1]] : ['x', 'y'],
      landmarks: (drawn?.landmarks ?? []).map((m) => ({ name: m.name, at: [m.at[0], m.at[1]] as [number, number] })),
      start: level ? [level.start[0], level.start[1]] : null,
      goal: level?.goal ?? null,
    });
    for (const r of await levelResults(q, levelId, scope)) {
      best.push({ levelId, nickname: r.nickname, attempts: r.attempts, bestStars: r.bestStars, bestScore: r.bestScore });
    }
    for (const r of await latestLiveRuns(q, levelId, scope, LIVE_RUNS_PER_LEVEL)) runs.push(liveRunJson(r));
  }
  return { slug: list.slug, title: list.title, published: list.published, levels, best, runs, at: new Date().toISOString() };
}
