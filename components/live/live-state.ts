/**
 * What the live class view shows, kept from its stream (content/contracts/live.ts): the
 * snapshot, then each run folded in — its path added to its level's swarm (newest first, at most
 * LIVE_RUNS_PER_LEVEL), its player's attempts and best stars and score updated. A run seen before
 * (a reconnect's snapshot, a repeated event) changes nothing. Pure, so it is unit-tested.
 *
 * Names: students are numbered in the order the view first meets them ("Student 3"), so that the
 * page can be projected without showing nicknames; the teacher chooses to show them.
 */
import { LIVE_RUNS_PER_LEVEL, type LiveBest, type LiveLevel, type LiveRun, type LiveSnapshot } from '@/content/contracts/live';
import type { Translate } from '@/components/editor/i18n';

/** The view's state. */
export interface LiveState {
  readonly title: string;
  readonly levels: readonly LiveLevel[];
  /** Per level id, the latest runs with a path, newest first. */
  readonly swarms: ReadonlyMap<string, readonly LiveRun[]>;
  /** Per level id, per nickname key (see nameKey), the best so far. */
  readonly best: ReadonlyMap<string, ReadonlyMap<string, LiveBest>>;
  /** Nickname keys in the order first met (numbers the students when names are hidden). */
  readonly students: readonly string[];
  /** Ids of every run folded in (snapshot and events). */
  readonly seen: ReadonlySet<string>;
  /** Runs received since the page opened (not counting the snapshot's). */
  readonly arrived: number;
  /** The id of the latest run received live, or null. */
  readonly latest: string | null;
}

/** Runs without a nickname are one "student" (as in the results: no name given). */
const NO_NAME = '\u0000';
/** A nickname as a map key. */
export const nameKey = (nickname: string | null) => nickname ?? NO_NAME;

/** How a student is named on the page (`t`: the `teacher` messages; a nickname as the student wrote it). */
export function studentLabel(state: LiveState, key: string, showNames: boolean, t: Translate): string {
  if (key === NO_NAME) return t('live.noName');
  if (showNames) return key;
  return t('live.student', { n: String(state.students.indexOf(key) + 1) });
}

const time = (r: LiveRun) => Date.parse(r.createdAt);

/** The state a snapshot gives. */
export function fromSnapshot(snap: LiveSnapshot): LiveState {
  const swarms = new Map<string, LiveRun[]>(snap.levels.map((l) => [l.levelId, []]));
  for (const r of snap.runs) swarms.get(r.levelId)?.push(r);
  for (const list of swarms.values()) list.sort((a, b) => time(b) - time(a));
  const best = new Map<string, Map<string, LiveBest>>(snap.levels.map((l) => [l.levelId, new Map()]));
  const students: string[] = [];
  for (const b of snap.best) {
    const key = nameKey(b.nickname);
    best.get(b.levelId)?.set(key, b);
    if (!students.includes(key)) students.push(key);
  }
  return { title: snap.title, levels: snap.levels, swarms, best, students, seen: new Set(snap.runs.map((r) => r.id)), arrived: 0, latest: null };
}

/** The state after one more run (unchanged when seen before or not on a level of the view). */
export function withRun(state: LiveState, run: LiveRun): LiveState {
  if (state.seen.has(run.id) || !state.swarms.has(run.levelId)) return state;
  const swarms = new Map(state.swarms);
  swarms.set(run.levelId, [run, ...(state.swarms.get(run.levelId) ?? [])].sort((a, b) => time(b) - time(a)).slice(0, LIVE_RUNS_PER_LEVEL));
  const key = nameKey(run.nickname);
  const levelBest = new Map(state.best.get(run.levelId));
  const before = levelBest.get(key);
  levelBest.set(key, {
    levelId: run.levelId,
    nickname: run.nickname,
    attempts: (before?.attempts ?? 0) + 1,
    bestStars: Math.max(before?.bestStars ?? 0, run.stars),
    // An assisted run (a solution's settings, unchanged) earns no best score, as in the results.
    bestScore: Math.max(before?.bestScore ?? 0, run.assisted ? 0 : run.score),
  });
  const best = new Map(state.best);
  best.set(run.levelId, levelBest);
  const seen = new Set(state.seen);
  seen.add(run.id);
  const students = state.students.includes(key) ? state.students : [...state.students, key];
  return { ...state, swarms, best, seen, students, arrived: state.arrived + 1, latest: run.id };
}

/** Students with their best stars per level (in the playlist's order), in the order first met. */
export function classRows(state: LiveState): { key: string; cells: (LiveBest | null)[] }[] {
  return state.students.map((key) => ({ key, cells: state.levels.map((l) => state.best.get(l.levelId)?.get(key) ?? null) }));
}
