/**
 * Turning a verified submission into a stored run (ids, IP hash, the transaction) and a stored
 * run into the API's JSON.
 */
import type { Db } from '../db/db';
import { storeRun, type StoredRun } from '../db/runs';
import { getIpSalt } from '../db/secrets';
import { hashIp, newRunId } from '../http/client';
import { runSim } from '../sim/pool';
import { costProblem } from '@/components/explain/sim-cost';
import type { Verification } from './verify-run';
import { announceRun } from '../live/hub';

const salts = new WeakMap<Db, Promise<string>>();

function ipSalt(db: Db): Promise<string> {
  let salt = salts.get(db);
  if (!salt) {
    salt = getIpSalt(db);
    salts.set(db, salt);
    salt.catch(() => salts.delete(db));
  }
  return salt;
}

/**
 * Stores a verified run for the client at `ip`. Runs on a published custom level or from a
 * playlist — the runs teachers see — also store why they fell short (services/failure.ts) for the
 * results and their path on seed 1 (components/explain/path-points.ts) for the live class view,
 * computed in the simulation pool (never refused for a full queue: the run was accepted), and
 * only within the cost bound of an explanation (a level published before it may be over). Such a
 * run is announced to the live pages once stored (../live/hub.ts); a failed announcement is
 * logged, never a failed submission (the pages read it on their next snapshot).
 */
export async function storeVerifiedRun(db: Db, v: Extract<Verification, { ok: true }>, ip: string): Promise<StoredRun> {
  const forTeachers = (v.customSlug !== null || v.playlist !== null) && !costProblem(v.level, 'explain');
  const [failureKind, path] = await Promise.all([
    forTeachers && v.result.stars < 3 ? runSim({ kind: 'failure', level: v.level, settings: v.settings, result: v.result }, { alwaysQueue: true }) : null,
    forTeachers ? runSim({ kind: 'path', level: v.level, settings: v.settings, seed: 1 }, { alwaysQueue: true }) : null,
  ]);
  const stored = await storeRun(db, {
    id: newRunId(),
    levelId: v.runLevelId,
    levelSource: v.custom ? 'custom' : 'builtin',
    levelJson: v.custom ? v.level : null,
    levelHash: v.levelHash,
    settings: v.settings,
    seeds: v.result.seeds,
    score: v.result.score,
    stars: v.result.stars,
    outcome: v.result.outcome,
    successRate: v.result.successRate,
    nickname: v.nickname,
    publicName: v.publicName,
    ipHash: hashIp(ip, await ipSalt(db)),
    failureKind,
    playlistSlug: v.playlist,
    assisted: v.assisted,
    path,
  }, { leaderboard: v.leaderboard });
  if (path !== null) {
    await announceRun(db, { id: stored.id, levelId: stored.levelId, playlist: stored.playlistSlug ?? null }).catch((err: unknown) =>
      console.warn(`[live] run ${stored.id} not announced: ${err instanceof Error ? err.message : String(err)}`),
    );
  }
  return stored;
}

/** Where a run's page lives. */
export function runUrl(id: string): string {
  return `/runs/${id}`;
}

/** The JSON of POST /api/runs (201). */
export function submittedRunJson(run: StoredRun) {
  return {
    id: run.id,
    levelId: run.levelId,
    score: run.score,
    stars: run.stars,
    outcome: run.outcome,
    successRate: run.successRate,
    assisted: run.assisted ?? false,
    seeds: run.seeds.map(({ seed, outcome, goalStep, score }) => ({ seed, outcome, goalStep, score })),
    createdAt: run.createdAt.toISOString(),
    url: runUrl(run.id),
  };
}

/** The JSON of GET /api/runs/[id]. */
export function storedRunJson(run: StoredRun) {
  return {
    ...submittedRunJson(run),
    levelSource: run.levelSource,
    levelHash: run.levelHash,
    settings: run.settings,
    // Whoever has the run's link reads it: the nickname only when its player made it public.
    nickname: run.publicName ? run.nickname : null,
  };
}
