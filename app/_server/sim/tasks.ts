/**
 * The simulations the server runs, as plain-data tasks: what goes into the worker pool
 * (./pool.ts) and what comes back are structured-clonable (levels, settings, scores, traces of
 * typed arrays, explanations), never a Landscape (it holds functions; the caller rebuilds it).
 * The same functions run in the pool's workers (./worker.ts, bundled to JavaScript) and in the
 * request thread, so both give bit-identical results. No React, Next or database here.
 */
import { explainRun, landscapeFor, levelDefaults, scoreLevel, simulate, sweepShortcut, type Landmark, type Level, type LevelScore, type Settings, type Shortcut, type ShortcutFinding } from '@/engine';
import type { Explanation, FindingKind } from '@/engine/explain';
import { contourMapOver, prepareRunView, type ContourMap, type RunView } from '@/components/explain/prepare';
import { failureKindOf } from '../services/failure';
import { pathPoints } from '@/components/explain/path-points';

/** A run page's view without its Landscape (rebuilt by the caller with landscapeFor). */
export type RunViewData = Omit<RunView, 'land'>;

/** A level's contour map over its domain, with its axes' names and landmarks. */
export interface LevelMap {
  readonly map: ContourMap;
  readonly axes: readonly [string, string];
  readonly landmarks: readonly Landmark[];
}

/** Each task kind: its input and its result. */
export interface SimTasks {
  /** Verified scoring over the level's K seeds (POST /api/runs, publishing). */
  score: { input: { level: Level; settings: Settings }; output: LevelScore };
  /** One seed recorded at every step, the K seeds scored, and the explanation (GET /api/explain). */
  explain: { input: { level: Level; settings: Settings; seed: number }; output: Explanation };
  /** Everything a run page shows (the /runs/<id> and /explain pages). */
  view: { input: { level: Level; settings: Settings; seed: number }; output: RunViewData };
  /** Why a stored run fell short (../services/failure.ts). */
  failure: { input: { level: Level; settings: Settings; result: LevelScore }; output: FindingKind | null };
  /** A run's path on one seed, thinned (components/explain/path-points.ts; the live class view). */
  path: { input: { level: Level; settings: Settings; seed: number }; output: number[] };
  /** A level's map under its default settings, over its domain (the live class view's swarm). */
  map: { input: { level: Level }; output: LevelMap };
  /** One shortcut of a level's intent swept (engine/shortcuts.ts; publishing's proof, ../services/level-proof.ts). */
  shortcut: { input: { level: Level; shortcut: Shortcut; shortcutKind: ShortcutFinding['kind']; positions: number }; output: ShortcutFinding };
}

export type SimKind = keyof SimTasks;
/** A task of kind K: `{ kind, ...input }`. */
export type SimTaskOf<K extends SimKind> = { kind: K } & SimTasks[K]['input'];
/** Any task. */
export type SimTask = { [K in SimKind]: SimTaskOf<K> }[SimKind];
export type SimResult<K extends SimKind> = SimTasks[K]['output'];

const HANDLERS: { [K in SimKind]: (task: SimTaskOf<K>) => SimResult<K> } = {
  score: ({ level, settings }) => scoreLevel(level, settings),
  explain: ({ level, settings, seed }) => {
    const land = landscapeFor(level, settings);
    const trace = simulate(level, settings, seed, { record: 'every-step', landscape: land });
    const score = scoreLevel(level, settings, land);
    return explainRun(level, settings, trace, land, { score });
  },
  view: ({ level, settings, seed }) => {
    const { land: _land, ...data } = prepareRunView(level, settings, seed);
    return data;
  },
  failure: ({ level, settings, result }) => failureKindOf(level, settings, result),
  path: ({ level, settings, seed }) => {
    const land = landscapeFor(level, settings);
    return pathPoints(simulate(level, settings, seed, { record: 'path', landscape: land }), land);
  },
  map: ({ level }) => {
    const settings = levelDefaults(level);
    const land = landscapeFor(level, settings);
    return { map: contourMapOver(level, settings, land, land.domain), axes: land.axes, landmarks: land.landmarks };
  },
  shortcut: ({ level, shortcut, shortcutKind, positions }) => sweepShortcut(level, shortcut, shortcutKind, { positions }),
};

/** Runs one task in this thread. */
export function runSimTask<K extends SimKind>(task: SimTaskOf<K>): SimResult<K> {
  return (HANDLERS[task.kind] as (t: SimTaskOf<K>) => SimResult<K>)(task);
}
